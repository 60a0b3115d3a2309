import { maskEmail, STEP_UP_LIMITS, type NextAction } from '@txassist/contract';
import type { Queryable } from '../db/database.js';
import type { FieldCipher } from '../security/field-cipher.js';
import { getBuyer } from '../store/buyers.js';
import { iso } from '../store/rows.js';

/** An email to send once the transaction has committed (never inside it: a rollback cannot unsend). */
export interface PendingCode {
  to: string;
  code: string;
  orderNumber: string;
}

interface ChallengeRow {
  code_hash: string;
  reason: 'card' | 'risk';
  expires_at: Date;
  failed_attempts: number;
  sends: number;
  last_sent_at: Date;
}

function newCode(): string {
  // Rejection sampling keeps the 6 digits uniform.
  const limit = 4_294_000_000;
  const buffer = new Uint32Array(1);
  do crypto.getRandomValues(buffer);
  while (buffer[0]! >= limit);
  return String(buffer[0]! % 1_000_000).padStart(STEP_UP_LIMITS.codeDigits, '0');
}

/** Codes are kept only as a keyed hash bound to the intent. */
const codeHash = (cipher: FieldCipher, intentId: string, code: string) =>
  cipher.blindIndex(code, `step-up:${intentId}`);

function action(row: ChallengeRow, destination: string): NextAction {
  return {
    type: 'verify_code',
    verify_code: {
      channel: 'email',
      destination,
      reason: row.reason,
      expires_at: iso(row.expires_at),
      attempts_remaining: Math.max(0, STEP_UP_LIMITS.maxAttempts - row.failed_attempts),
      resend_available_at: new Date(
        new Date(row.last_sent_at).getTime() + STEP_UP_LIMITS.resendCooldownSeconds * 1000,
      ).toISOString(),
    },
  };
}

async function buyerEmail(tx: Queryable, cipher: FieldCipher, buyerId: string): Promise<string | null> {
  return (await getBuyer(tx, cipher, buyerId))?.email ?? null;
}

/** Starts (or restarts) a challenge; the caller sends `pending` after commit. */
export async function startChallenge(
  tx: Queryable,
  cipher: FieldCipher,
  intent: { id: string; buyer_id: string; order_number: string },
  reason: 'card' | 'risk',
  now: Date,
): Promise<{ nextAction: NextAction; pending: PendingCode } | { noChannel: true }> {
  const email = await buyerEmail(tx, cipher, intent.buyer_id);
  if (!email) return { noChannel: true };
  const code = newCode();
  const row: ChallengeRow = {
    code_hash: await codeHash(cipher, intent.id, code),
    reason,
    expires_at: new Date(now.getTime() + STEP_UP_LIMITS.ttlSeconds * 1000),
    failed_attempts: 0,
    sends: 1,
    last_sent_at: now,
  };
  await tx.query(
    `insert into step_up_challenges (intent_id, code_hash, reason, expires_at, failed_attempts, sends, last_sent_at)
     values ($1, $2, $3, $4, 0, 1, $5)
     on conflict (intent_id) do update set code_hash = excluded.code_hash, reason = excluded.reason,
       expires_at = excluded.expires_at, failed_attempts = 0, sends = 1, last_sent_at = excluded.last_sent_at, verified_at = null`,
    [intent.id, row.code_hash, reason, row.expires_at.toISOString(), now.toISOString()],
  );
  return { nextAction: action(row, maskEmail(email)), pending: { to: email, code, orderNumber: intent.order_number } };
}

export type VerifyOutcome =
  | { kind: 'verified'; reason: 'card' | 'risk' }
  | { kind: 'wrong'; nextAction: NextAction; attemptsRemaining: number }
  | { kind: 'locked' }
  | { kind: 'expired' }
  | { kind: 'none' };

export async function verifyCode(
  tx: Queryable,
  cipher: FieldCipher,
  intent: { id: string; buyer_id: string },
  code: string,
  now: Date,
): Promise<VerifyOutcome> {
  const { rows } = await tx.query<ChallengeRow>(
    'select * from step_up_challenges where intent_id = $1 and verified_at is null for update',
    [intent.id],
  );
  const row = rows[0];
  if (!row) return { kind: 'none' };
  if (row.failed_attempts >= STEP_UP_LIMITS.maxAttempts) return { kind: 'locked' };
  if (new Date(row.expires_at).getTime() <= now.getTime()) return { kind: 'expired' };
  if ((await codeHash(cipher, intent.id, code)) === row.code_hash) {
    await tx.query('update step_up_challenges set verified_at = $2 where intent_id = $1', [
      intent.id,
      now.toISOString(),
    ]);
    return { kind: 'verified', reason: row.reason };
  }
  const failed = row.failed_attempts + 1;
  await tx.query('update step_up_challenges set failed_attempts = $2 where intent_id = $1', [intent.id, failed]);
  if (failed >= STEP_UP_LIMITS.maxAttempts) return { kind: 'locked' };
  const email = (await buyerEmail(tx, cipher, intent.buyer_id)) ?? '';
  return {
    kind: 'wrong',
    nextAction: action({ ...row, failed_attempts: failed }, maskEmail(email)),
    attemptsRemaining: STEP_UP_LIMITS.maxAttempts - failed,
  };
}

export type ResendOutcome =
  | { kind: 'sent'; nextAction: NextAction; pending: PendingCode }
  | { kind: 'too_soon'; retryAfterSeconds: number }
  | { kind: 'exhausted' }
  | { kind: 'locked' }
  | { kind: 'none' };

export async function resendCode(
  tx: Queryable,
  cipher: FieldCipher,
  intent: { id: string; buyer_id: string; order_number: string },
  now: Date,
): Promise<ResendOutcome> {
  const { rows } = await tx.query<ChallengeRow>(
    'select * from step_up_challenges where intent_id = $1 and verified_at is null for update',
    [intent.id],
  );
  const row = rows[0];
  if (!row) return { kind: 'none' };
  if (row.failed_attempts >= STEP_UP_LIMITS.maxAttempts) return { kind: 'locked' };
  const readyAt = new Date(row.last_sent_at).getTime() + STEP_UP_LIMITS.resendCooldownSeconds * 1000;
  if (now.getTime() < readyAt)
    return { kind: 'too_soon', retryAfterSeconds: Math.ceil((readyAt - now.getTime()) / 1000) };
  if (row.sends >= STEP_UP_LIMITS.maxSends) return { kind: 'exhausted' };
  const email = await buyerEmail(tx, cipher, intent.buyer_id);
  if (!email) return { kind: 'none' };
  const code = newCode();
  const next: ChallengeRow = {
    ...row,
    code_hash: await codeHash(cipher, intent.id, code),
    expires_at: new Date(now.getTime() + STEP_UP_LIMITS.ttlSeconds * 1000),
    sends: row.sends + 1,
    last_sent_at: now,
  };
  await tx.query(
    'update step_up_challenges set code_hash = $2, expires_at = $3, sends = $4, last_sent_at = $5 where intent_id = $1',
    [intent.id, next.code_hash, next.expires_at.toISOString(), next.sends, now.toISOString()],
  );
  return {
    kind: 'sent',
    nextAction: action(next, maskEmail(email)),
    pending: { to: email, code, orderNumber: intent.order_number },
  };
}

/** Plain-text email with the code (the code is in the body only; never logged). */
export function codeEmail(pending: PendingCode): { to: string; subject: string; text: string } {
  return {
    to: pending.to,
    subject: `Your verification code for order ${pending.orderNumber}`,
    text:
      `Your verification code is ${pending.code}\n\n` +
      `Enter it on the checkout page to finish paying for order ${pending.orderNumber}. ` +
      `It expires in ${STEP_UP_LIMITS.ttlSeconds / 60} minutes.\n\n` +
      `If you did not try to pay, ignore this email: nothing will be charged.`,
  };
}

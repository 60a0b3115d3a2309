import { ACCESS_CODE_LIMITS, type BuyerId, type SellerId } from '@txassist/contract';
import type { Queryable } from '../db/database.js';
import type { FieldCipher } from '../security/field-cipher.js';

/**
 * Email sign-in codes ("I can't sign in"): one live code per email and seller, stored as a keyed
 * hash bound to both, deleted when used; a new request replaces the old code.
 */

function newCode(): string {
  // Rejection sampling keeps the digits uniform.
  const limit = 4_294_000_000;
  const buffer = new Uint32Array(1);
  do crypto.getRandomValues(buffer);
  while (buffer[0]! >= limit);
  return String(buffer[0]! % 10 ** ACCESS_CODE_LIMITS.codeDigits).padStart(ACCESS_CODE_LIMITS.codeDigits, '0');
}

const codeHash = (cipher: FieldCipher, sellerId: SellerId, emailHash: string, code: string) =>
  cipher.blindIndex(code, `access-code:${sellerId}:${emailHash}`);

/** The buyer of this seller with this email who ordered most recently (none: no code is sent). */
async function buyerForEmail(db: Queryable, sellerId: SellerId, emailHash: string): Promise<BuyerId | undefined> {
  const { rows } = await db.query<{ id: BuyerId }>(
    `select b.id from buyers b join orders o on o.buyer_id = b.id
     where b.seller_id = $1 and b.email_hash = $2 and b.erased_at is null
     group by b.id order by max(o.placed_at) desc limit 1`,
    [sellerId, emailHash],
  );
  return rows[0]?.id;
}

/**
 * Issues a code when the email has orders at this seller; returns the code to email (after commit)
 * or undefined. The caller answers the same either way.
 */
export async function issueAccessCode(
  db: Queryable,
  cipher: FieldCipher,
  sellerId: SellerId,
  emailHash: string,
  now: Date,
): Promise<string | undefined> {
  const code = newCode();
  // Hashed for unknown emails too, so both answers take about the same work.
  const hash = await codeHash(cipher, sellerId, emailHash, code);
  const buyerId = await buyerForEmail(db, sellerId, emailHash);
  if (!buyerId) return undefined;
  await db.query(
    `insert into access_codes (seller_id, email_hash, buyer_id, code_hash, expires_at, failed_attempts, created_at)
     values ($1, $2, $3, $4, $5, 0, $6)
     on conflict (seller_id, email_hash) do update set buyer_id = excluded.buyer_id, code_hash = excluded.code_hash,
       expires_at = excluded.expires_at, failed_attempts = 0, created_at = excluded.created_at`,
    [
      sellerId,
      emailHash,
      buyerId,
      hash,
      new Date(now.getTime() + ACCESS_CODE_LIMITS.ttlSeconds * 1000).toISOString(),
      now.toISOString(),
    ],
  );
  return code;
}

/**
 * Checks a code. Right: the code is deleted (one-time) and the buyer returned. Wrong, expired, used,
 * used up or never issued: undefined, all alike, so an answer never tells whether the email is known.
 */
export async function redeemAccessCode(
  db: Queryable,
  cipher: FieldCipher,
  sellerId: SellerId,
  emailHash: string,
  code: string,
  now: Date,
): Promise<BuyerId | undefined> {
  const hash = await codeHash(cipher, sellerId, emailHash, code);
  const { rows } = await db.query<{ buyer_id: BuyerId; code_hash: string; expires_at: Date; failed_attempts: number }>(
    `select buyer_id, code_hash, expires_at, failed_attempts from access_codes
     where seller_id = $1 and email_hash = $2 for update`,
    [sellerId, emailHash],
  );
  const row = rows[0];
  if (!row) return undefined;
  const usable =
    new Date(row.expires_at).getTime() > now.getTime() && row.failed_attempts < ACCESS_CODE_LIMITS.maxAttempts;
  if (usable && row.code_hash === hash) {
    await db.query('delete from access_codes where seller_id = $1 and email_hash = $2', [sellerId, emailHash]);
    return row.buyer_id;
  }
  if (usable)
    await db.query(
      'update access_codes set failed_attempts = failed_attempts + 1 where seller_id = $1 and email_hash = $2',
      [sellerId, emailHash],
    );
  else await db.query('delete from access_codes where seller_id = $1 and email_hash = $2', [sellerId, emailHash]);
  return undefined;
}

/** Plain-text email with the code (the code is in the body only; never logged). */
export function accessCodeEmail(
  to: string,
  code: string,
  sellerName: string,
): { to: string; subject: string; text: string } {
  return {
    to,
    subject: `Your sign-in code for ${sellerName}`,
    text:
      `Your sign-in code is ${code}\n\n` +
      `Enter it in the help assistant to see your orders at ${sellerName}. ` +
      `It expires in ${ACCESS_CODE_LIMITS.ttlSeconds / 60} minutes and works once.\n\n` +
      `If you did not ask for it, ignore this email: nobody can sign in without the code.`,
  };
}

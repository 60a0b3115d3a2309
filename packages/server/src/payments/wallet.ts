import type { Queryable } from '../db/database.js';
import { randomToken, sha256Hex } from '../security/hash.js';

/** The simulated wallet: a capability URL (random token, stored hashed) valid for 30 minutes. */
export const WALLET_SESSION_TTL_MS = 30 * 60_000;

export async function createWalletSession(
  tx: Queryable,
  intentId: string,
  returnUrl: string,
  now: Date,
): Promise<string> {
  const token = randomToken('wls_', 24);
  await tx.query(`update wallet_sessions set status = 'canceled' where intent_id = $1 and status = 'pending'`, [
    intentId,
  ]);
  await tx.query(
    `insert into wallet_sessions (token_hash, intent_id, return_url, status, expires_at, created_at)
     values ($1, $2, $3, 'pending', $4, $5)`,
    [
      await sha256Hex(token),
      intentId,
      returnUrl,
      new Date(now.getTime() + WALLET_SESSION_TTL_MS).toISOString(),
      now.toISOString(),
    ],
  );
  return token;
}

export interface WalletSession {
  token_hash: string;
  intent_id: string;
  return_url: string;
  status: 'pending' | 'approved' | 'canceled';
  expires_at: Date;
}

export async function findWalletSession(
  db: Queryable,
  token: string,
  forUpdate = false,
): Promise<WalletSession | undefined> {
  const { rows } = await db.query<WalletSession>(
    `select * from wallet_sessions where token_hash = $1${forUpdate ? ' for update' : ''}`,
    [await sha256Hex(token)],
  );
  return rows[0];
}

export async function closeWalletSession(
  db: Queryable,
  tokenHash: string,
  status: 'approved' | 'canceled',
): Promise<void> {
  await db.query('update wallet_sessions set status = $2 where token_hash = $1', [tokenHash, status]);
}

/** `return_url` with the outcome appended (what a wallet does when it sends the buyer back). */
export function returnTo(returnUrl: string, intentId: string, status: string): string {
  const url = new URL(returnUrl);
  url.searchParams.set('payment_intent', intentId);
  url.searchParams.set('redirect_status', status);
  return url.toString();
}

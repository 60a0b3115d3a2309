import type { BuyerId, OrderId, SellerId, Session } from '@txassist/contract';
import type { Queryable } from '../db/database.js';
import { randomToken, sha256Hex } from '../security/hash.js';
import { iso } from './rows.js';

export interface SessionRow {
  role: 'buyer';
  seller_id: SellerId;
  buyer_id: BuyerId;
  order_id: OrderId | null;
  expires_at: Date;
}

/** Creates a buyer session. Only the SHA-256 of the token is stored; the token is returned once. */
export async function createSession(
  db: Queryable,
  input: { sellerId: SellerId; buyerId: BuyerId; orderId: OrderId | null; expiresAt: Date },
): Promise<Session> {
  const token = randomToken('ses_');
  await db.query(
    `insert into sessions (token_hash, role, seller_id, buyer_id, order_id, expires_at)
     values ($1, 'buyer', $2, $3, $4, $5)`,
    [await sha256Hex(token), input.sellerId, input.buyerId, input.orderId, input.expiresAt.toISOString()],
  );
  return {
    object: 'session',
    token,
    role: 'buyer',
    buyer_id: input.buyerId,
    seller_id: input.sellerId,
    order_id: input.orderId,
    expires_at: iso(input.expiresAt),
  };
}

export async function findSession(db: Queryable, token: string): Promise<SessionRow | undefined> {
  const { rows } = await db.query<SessionRow>(
    'select role, seller_id, buyer_id, order_id, expires_at from sessions where token_hash = $1',
    [await sha256Hex(token)],
  );
  return rows[0];
}

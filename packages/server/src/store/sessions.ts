import type { BuyerId, OrderId, SellerId, Session } from '@txassist/contract';
import type { Queryable } from '../db/database.js';
import { randomToken, sha256Hex } from '../security/hash.js';
import { iso } from './rows.js';

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

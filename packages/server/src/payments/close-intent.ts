import type { Queryable } from '../db/database.js';

/**
 * Cancels the order's payment intent while it still waits for the buyer (a new payment method or a
 * step-up code), in the caller's transaction: a cancelled or expired order can never be paid
 * afterwards, by "Pay now", a late step-up code or a wallet return. A paid or processing intent is
 * left alone (the order is then past `unpaid` and its own rules apply).
 */
export async function closeOpenIntent(tx: Queryable, orderId: string, now: Date): Promise<void> {
  await tx.query(
    `update payment_intents set status = 'canceled', next_action = null, updated_at = $2
     where order_id = $1 and status in ('requires_payment_method', 'requires_action')`,
    [orderId, now.toISOString()],
  );
}

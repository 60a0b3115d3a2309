import { ORDER_POLICY } from '../domain/policy.js';
import { publishOrder } from '../payments/order-sync.js';
import { closeOpenIntent } from '../payments/close-intent.js';
import type { Services } from '../services.js';
import { updateOrderStatus } from '../store/orders.js';

/**
 * Abandoned checkouts: an order placed from a checkout whose payment still waits for the buyer (a
 * declined card never replaced, a step-up code never entered, a wallet page left) is cancelled
 * `ORDER_POLICY.unpaidTtlMs` (24 h) after it was placed, with its payment intent, so it neither
 * waits for a payment for ever nor blocks the buyer's erasure. The buyer is told like any other
 * order change (event and notifications). Unpaid orders a seller created without a checkout are the
 * seller's to cancel. Returns how many it cancelled; runs once per fleet (`unpaid orders`).
 */
export async function expireUnpaidOrders(services: Services, now: Date, limit = 100): Promise<number> {
  const { db, cipher } = services;
  const placedBefore = new Date(now.getTime() - ORDER_POLICY.unpaidTtlMs).toISOString();
  const { rows } = await db.query<{ id: string }>(
    `select o.id from orders o join payment_intents p on p.order_id = o.id
     where o.status = 'unpaid' and o.placed_at <= $1
       and p.status in ('requires_payment_method', 'requires_action')
     order by o.placed_at limit $2`,
    [placedBefore, limit],
  );
  let cancelled = 0;
  for (const { id } of rows) {
    await db.transaction(async (tx) => {
      // The status is the claim: a payment or a cancel that got there first wins, and is left alone.
      const claimed = await tx.query<{ id: string }>(
        `select o.id from orders o join payment_intents p on p.order_id = o.id
         where o.id = $1 and o.status = 'unpaid' and p.status in ('requires_payment_method', 'requires_action')
         for update of o, p`,
        [id],
      );
      if (!claimed.rows[0]) return;
      await updateOrderStatus(tx, id, 'cancelled', now);
      await closeOpenIntent(tx, id, now);
      await publishOrder(tx, cipher, 'order.updated', id, now);
      cancelled++;
    });
  }
  return cancelled;
}

import type { DisputeReason, FraudFlag, RefundReason } from '@txassist/contract';
import type { Queryable } from '../db/database.js';
import type { OrderFacts } from './order-facts.js';

/** Claims at or under this (minor units) count as low-value. */
export const LOW_VALUE_CLAIM = 2500;
/** This many earlier low-value claims in the window flag the next one. */
export const REPEAT_LOW_VALUE_COUNT = 2;
export const LOW_VALUE_WINDOW_DAYS = 90;
/** A buyer with at least this many orders, this share of them refunded, is flagged. */
export const HIGH_REFUND_RATE = 0.5;
export const HIGH_REFUND_RATE_MIN_ORDERS = 3;

/**
 * Rule-based signals on a claim, with plain reasons for the agent. They never block the buyer:
 * a flagged claim is shown in the agents' `flagged` queue and is never approved automatically.
 */
export async function fraudFlags(
  db: Queryable,
  facts: OrderFacts,
  claim: { reason: DisputeReason | RefundReason; amount: number },
  now: Date,
): Promise<FraudFlag[]> {
  const flags: FraudFlag[] = [];
  const since = new Date(now.getTime() - LOW_VALUE_WINDOW_DAYS * 24 * 3600_000).toISOString();

  if (claim.amount <= LOW_VALUE_CLAIM) {
    const { rows } = await db.query<{ count: string | number }>(
      `select (select count(*) from disputes where buyer_id = $1 and created_at >= $2 and amount <= $3)
            + (select count(*) from refund_requests where buyer_id = $1 and created_at >= $2 and requested_amount <= $3
                 and dispute_id is null) as count`,
      [facts.buyerId, since, LOW_VALUE_CLAIM],
    );
    const earlier = Number(rows[0]?.count ?? 0);
    if (earlier >= REPEAT_LOW_VALUE_COUNT) {
      flags.push({
        code: 'repeat_low_value_claims',
        message: `The buyer filed ${earlier} other low-value claims in the last ${LOW_VALUE_WINDOW_DAYS} days.`,
      });
    }
  }

  const { rows: rates } = await db.query<{ orders: string | number; refunded: string | number }>(
    `select count(*) as orders,
            count(*) filter (where exists (select 1 from refund_transactions r where r.order_id = o.id)) as refunded
     from orders o where o.buyer_id = $1 and o.status <> 'unpaid'`,
    [facts.buyerId],
  );
  const orders = Number(rates[0]?.orders ?? 0);
  const refunded = Number(rates[0]?.refunded ?? 0);
  if (orders >= HIGH_REFUND_RATE_MIN_ORDERS && refunded / orders >= HIGH_REFUND_RATE) {
    flags.push({
      code: 'high_refund_rate',
      message: `${refunded} of the buyer's ${orders} paid orders were refunded.`,
    });
  }

  if (claim.reason === 'not_received' && facts.carrierDelivered) {
    const when = facts.deliveredAt ? ` on ${facts.deliveredAt.toISOString().slice(0, 10)}` : '';
    flags.push({
      code: 'delivered_to_verified_address',
      message: `The carrier shows this order as delivered to the buyer's confirmed shipping address${when}.`,
    });
  }
  return flags;
}

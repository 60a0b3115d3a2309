import type { SupportContext } from '@txassist/contract';
import type { Queryable } from '../db/database.js';

/** Whose context: one buyer of one seller; a one-order session only for its order. */
export interface SupportScope {
  sellerId: string;
  buyerId: string;
  orderId: string | null;
}

const OPEN_DISPUTE_STATUSES = ['awaiting_seller', 'offer_pending', 'no_agreement', 'escalated', 'awaiting_info'];
const CLOSED_REFUND_STATUSES = ['rejected', 'completed', 'cancelled'];

/**
 * The snapshot an agent sees with a conversation: codes and ids only (no free text, no personal
 * data). Undefined when `orderId` is not one of the buyer's orders (the caller answers 404).
 */
export async function supportContext(
  db: Queryable,
  scope: SupportScope,
  orderId: string | null,
): Promise<SupportContext | undefined> {
  const order = orderId ?? scope.orderId;
  if (scope.orderId !== null && order !== scope.orderId) return undefined;
  let status: string | null = null;
  if (order !== null) {
    const { rows } = await db.query<{ status: string }>(
      'select status from orders where id = $1 and seller_id = $2 and buyer_id = $3',
      [order, scope.sellerId, scope.buyerId],
    );
    if (!rows[0]) return undefined;
    status = rows[0].status;
  }
  const payment = await db.query<{ last_error: { decline_code?: string } | null }>(
    `select last_error from payment_intents
     where seller_id = $1 and buyer_id = $2 and last_error is not null and ($3::text is null or order_id = $3)
     order by updated_at desc limit 1`,
    [scope.sellerId, scope.buyerId, order],
  );
  const cases = await db.query<{ id: string }>(
    `select id, created_at from disputes
       where seller_id = $1 and buyer_id = $2 and status = any($4) and ($3::text is null or order_id = $3)
     union all
     select id, created_at from refund_requests
       where seller_id = $1 and buyer_id = $2 and not (status = any($5)) and ($3::text is null or order_id = $3)
     order by created_at, id limit 20`,
    [scope.sellerId, scope.buyerId, order, OPEN_DISPUTE_STATUSES, CLOSED_REFUND_STATUSES],
  );
  return {
    order_id: order as SupportContext['order_id'],
    order_status: status,
    // Stored beside the raw code, the buyer-safe one is the only one that leaves (lost/stolen read as generic).
    last_payment_error_code: payment.rows[0]?.last_error?.decline_code ?? null,
    open_case_ids: cases.rows.map((row) => row.id as SupportContext['open_case_ids'][number]),
  };
}

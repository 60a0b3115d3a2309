import type { CurrencyCode, LineItem, OrderStatus, PriceBreakdown } from '@txassist/contract';
import type { Queryable } from '../db/database.js';
import type { Principal } from '../domain/principal.js';
import type { FieldCipher } from '../security/field-cipher.js';
import { disputeRowsForOrder, type DisputeRow } from '../store/disputes.js';
import { refundRowsForOrder, type RefundRow } from '../store/refund-requests.js';
import { refundedTotal } from '../store/refund-transactions.js';
import { iso } from '../store/rows.js';
import { paymentSourceFor, type PaymentSource } from './payment-source.js';

/** What eligibility, claims and the money guard need to know about one order. */
export interface OrderFacts {
  id: string;
  sellerId: string;
  buyerId: string;
  status: OrderStatus;
  currency: CurrencyCode;
  lineItems: LineItem[];
  amounts: PriceBreakdown;
  placedAt: Date;
  statusChangedAt: Date;
  /** Latest carrier delivery, or the time the order became delivered. */
  deliveredAt: Date | null;
  /** Latest estimated delivery across its parcels. */
  estimatedDeliveryAt: Date | null;
  carrierDelivered: boolean;
  payment: PaymentSource;
  refunded: number;
  refunds: RefundRow[];
  disputes: DisputeRow[];
}

function orderScope(principal: Principal | null): { sql: string; params: unknown[] } {
  if (!principal) return { sql: 'true', params: [] };
  switch (principal.role) {
    case 'buyer':
      return principal.orderId
        ? {
            sql: 'o.seller_id = $2 and o.buyer_id = $3 and o.id = $4',
            params: [principal.sellerId, principal.buyerId, principal.orderId],
          }
        : { sql: 'o.seller_id = $2 and o.buyer_id = $3', params: [principal.sellerId, principal.buyerId] };
    case 'seller':
      return { sql: 'o.seller_id = $2', params: [principal.sellerId] };
    default:
      return { sql: 'true', params: [] };
  }
}

/**
 * Loads the order if the principal may see it (undefined for missing and foreign alike). With
 * `lock`, the order row is locked until the transaction ends: every claim and refund on an order
 * takes this lock first, so concurrent requests are checked one after the other.
 */
export async function loadOrderFacts(
  db: Queryable,
  cipher: FieldCipher,
  principal: Principal | null,
  orderId: string,
  options: { lock?: boolean } = {},
): Promise<OrderFacts | undefined> {
  const scope = orderScope(principal);
  const { rows } = await db.query<{
    id: string;
    seller_id: string;
    buyer_id: string;
    status: OrderStatus;
    currency: CurrencyCode;
    line_items: LineItem[];
    amounts: PriceBreakdown;
    placed_at: Date;
    status_changed_at: Date;
  }>(
    `select o.id, o.seller_id, o.buyer_id, o.status, o.currency, o.line_items, o.amounts, o.placed_at, o.status_changed_at
     from orders o where o.id = $1 and ${scope.sql}${options.lock ? ' for update' : ''}`,
    [orderId, ...scope.params],
  );
  const order = rows[0];
  if (!order) return undefined;
  const shipments = await db.query<{
    delivered_at: Date | null;
    estimated_latest: Date | null;
    delivered: boolean | null;
  }>(
    `select max(delivered_at) as delivered_at, max(estimated_latest) as estimated_latest, bool_or(tag = 'delivered') as delivered
     from shipments where order_id = $1`,
    [orderId],
  );
  const parcel = shipments.rows[0];
  const statusChangedAt = new Date(iso(order.status_changed_at));
  const deliveredAt = parcel?.delivered_at
    ? new Date(iso(parcel.delivered_at))
    : order.status === 'delivered' || order.status === 'completed'
      ? statusChangedAt
      : null;
  return {
    id: order.id,
    sellerId: order.seller_id,
    buyerId: order.buyer_id,
    status: order.status,
    currency: order.currency,
    lineItems: order.line_items,
    amounts: order.amounts,
    placedAt: new Date(iso(order.placed_at)),
    statusChangedAt,
    deliveredAt,
    estimatedDeliveryAt: parcel?.estimated_latest ? new Date(iso(parcel.estimated_latest)) : null,
    carrierDelivered: Boolean(parcel?.delivered),
    payment: await paymentSourceFor(db, {
      id: order.id,
      status: order.status,
      currency: order.currency,
      total: order.amounts.total.amount,
    }),
    refunded: await refundedTotal(db, order.id),
    refunds: await refundRowsForOrder(db, cipher, order.id),
    disputes: await disputeRowsForOrder(db, cipher, order.id),
  };
}

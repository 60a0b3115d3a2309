import { PROBLEM_TAGS, type DeclineCode, type PriceBreakdown, type TrackingTag } from '@txassist/contract';
import type { Queryable } from '../db/database.js';
import { iso } from '../store/rows.js';

/** Reads for the assistant's rules, always narrowed to one buyer of one seller. */
export interface BuyerScope {
  sellerId: string;
  buyerId: string;
}

export interface OrderFact {
  id: string;
  number: string;
  status: string;
  placed_at: string;
  amounts: PriceBreakdown;
}

/** Dispute states in which a parcel problem is already being handled. */
const OPEN_DISPUTE_STATUSES = ['awaiting_seller', 'offer_pending', 'no_agreement', 'escalated', 'awaiting_info'];

const ORDER_COLUMNS = 'o.id, o.number, o.status, o.placed_at, o.amounts';

function toOrder(row: Record<string, unknown>): OrderFact {
  return {
    id: String(row.id),
    number: String(row.number),
    status: String(row.status),
    placed_at: iso(row.placed_at),
    amounts: row.amounts as PriceBreakdown,
  };
}

export async function ordersById(
  db: Queryable,
  scope: BuyerScope,
  ids: readonly string[],
): Promise<Map<string, OrderFact>> {
  if (ids.length === 0) return new Map();
  const { rows } = await db.query<Record<string, unknown>>(
    `select ${ORDER_COLUMNS} from orders o where o.seller_id = $1 and o.buyer_id = $2 and o.id = any($3::text[])`,
    [scope.sellerId, scope.buyerId, [...new Set(ids)]],
  );
  return new Map(rows.map((row) => [String(row.id), toOrder(row)]));
}

export async function recentOrders(db: Queryable, scope: BuyerScope, limit: number): Promise<OrderFact[]> {
  const { rows } = await db.query<Record<string, unknown>>(
    `select ${ORDER_COLUMNS} from orders o where o.seller_id = $1 and o.buyer_id = $2
     order by o.placed_at desc, o.id desc limit $3`,
    [scope.sellerId, scope.buyerId, limit],
  );
  return rows.map(toOrder);
}

export interface FailedPaymentFact {
  order: OrderFact;
  declineCode: DeclineCode;
  checkoutId: string | null;
  at: string;
}

/** Unpaid orders whose last payment attempt was declined and that can still be paid (intent awaits a method). */
export async function failedPayments(db: Queryable, scope: BuyerScope): Promise<FailedPaymentFact[]> {
  const { rows } = await db.query<Record<string, unknown>>(
    `select ${ORDER_COLUMNS}, p.last_error, p.checkout_id, p.updated_at as failed_at
     from payment_intents p join orders o on o.id = p.order_id
     where p.seller_id = $1 and p.buyer_id = $2 and o.buyer_id = $2 and o.status = 'unpaid'
       and p.status = 'requires_payment_method' and p.last_error is not null
     order by p.updated_at desc limit 20`,
    [scope.sellerId, scope.buyerId],
  );
  return rows.map((row) => ({
    order: toOrder(row),
    // The stored error keeps the raw code beside the buyer-safe one; only the buyer-safe one leaves.
    declineCode: (row.last_error as { decline_code: DeclineCode }).decline_code,
    checkoutId: row.checkout_id === null ? null : String(row.checkout_id),
    at: iso(row.failed_at),
  }));
}

export interface ParcelFact {
  order: OrderFact;
  tag: TrackingTag;
  problem: boolean;
  at: string;
}

/**
 * Parcels in a problem state or past their latest estimate (the tracker's "late": not delivered), on
 * orders without an open dispute (the problem is already reported there).
 */
export async function troubledParcels(db: Queryable, scope: BuyerScope, now: Date): Promise<ParcelFact[]> {
  const { rows } = await db.query<Record<string, unknown>>(
    `select ${ORDER_COLUMNS}, s.tag, s.updated_at as parcel_at
     from shipments s join orders o on o.id = s.order_id
     where o.seller_id = $1 and o.buyer_id = $2
       and (s.tag = any($3::text[]) or (s.tag not in ('delivered', 'expired') and s.estimated_latest < $4))
       and not exists (select 1 from disputes d where d.order_id = o.id and d.status = any($5::text[]))
     order by s.updated_at desc limit 20`,
    [scope.sellerId, scope.buyerId, PROBLEM_TAGS, now, OPEN_DISPUTE_STATUSES],
  );
  return rows.map((row) => {
    const tag = row.tag as TrackingTag;
    return { order: toOrder(row), tag, problem: PROBLEM_TAGS.includes(tag), at: iso(row.parcel_at) };
  });
}

export interface PendingPaymentFact {
  order: OrderFact;
  /** The checkout of the order's newest payment intent; null when the order was not placed through one. */
  checkoutId: string | null;
}

/**
 * Unpaid orders that no declined attempt covers (`failedPayments` has those): waiting for payment, which
 * the buyer can still finish.
 */
export async function pendingPayments(db: Queryable, scope: BuyerScope): Promise<PendingPaymentFact[]> {
  const { rows } = await db.query<Record<string, unknown>>(
    `select ${ORDER_COLUMNS}, p.checkout_id
     from orders o left join lateral (
       select i.checkout_id, i.status, i.last_error from payment_intents i
       where i.order_id = o.id and i.seller_id = o.seller_id order by i.updated_at desc limit 1
     ) p on true
     where o.seller_id = $1 and o.buyer_id = $2 and o.status = 'unpaid'
       and not (p.status is not distinct from 'requires_payment_method' and p.last_error is not null)
     order by o.placed_at desc, o.id desc limit 20`,
    [scope.sellerId, scope.buyerId],
  );
  return rows.map((row) => ({
    order: toOrder(row),
    checkoutId: row.checkout_id === null || row.checkout_id === undefined ? null : String(row.checkout_id),
  }));
}

import { hasPrefix, newId, type ErasureBlockerRecord, type ErasurePreview, type OrderStatus } from '@txassist/contract';
import { allowedBuyerActions } from '../domain/buyer-actions.js';
import { iso } from '../store/rows.js';
import type { Queryable } from '../db/database.js';
import { openClaimIds, pseudonymizeClaims } from '../disputes/erasure.js';
import type { FieldCipher } from '../security/field-cipher.js';
import { eraseBuyerFeedback } from '../feedback/store.js';

/** Orders still on their way need the address: erasure waits until they arrive or are cancelled. */
const OPEN_ORDER_STATUSES = [
  'unpaid',
  'on_hold',
  'awaiting_shipment',
  'partially_shipped',
  'awaiting_collection',
  'in_transit',
];

export const ERASURE_REMOVES: ErasurePreview['removed'] = [
  { code: 'contact_details', description: 'Your name, email address and phone number' },
  { code: 'shipping_addresses', description: 'Shipping addresses on your orders' },
  { code: 'preferences_and_messages', description: 'Your consents, notification preferences and messages' },
  { code: 'activity_history', description: 'Sessions, data exports and live-update history' },
];

export const ERASURE_KEEPS: ErasurePreview['kept'] = [
  {
    code: 'financial_records',
    record: 'Orders and payments (items, amounts, dates)',
    reason:
      'Tax and accounting law requires us to keep financial records. They are kept without anything that links them to you.',
  },
  {
    code: 'audit_log',
    record: 'Security audit log',
    reason: 'It records who accessed personal data, to protect you; it holds ids only, which no longer lead to you.',
  },
];

export async function erasurePreview(db: Queryable, buyerId: string, now = new Date()): Promise<ErasurePreview> {
  const { rows } = await db.query<OrderRow>(
    `select id, number, status, placed_at, status_changed_at from orders
     where buyer_id = $1 and status = any($2) order by placed_at`,
    [buyerId, OPEN_ORDER_STATUSES],
  );
  // Open refund requests and disputes still need the buyer to answer and be paid: they block too.
  const claims = await openClaimIds(db, buyerId);
  const disputes = claims.filter((id) => hasPrefix(id, 'dsp'));
  const refunds = claims.filter((id) => !hasPrefix(id, 'dsp'));
  const claimOrders = await claimOrderNumbers(db, buyerId, claims);
  const orderDetail = (row: OrderRow): ErasureBlockerRecord => ({
    id: row.id,
    order_id: row.id as ErasureBlockerRecord['order_id'],
    order_number: row.number,
    cancellable: allowedBuyerActions(
      row.status,
      new Date(iso(row.placed_at)),
      new Date(iso(row.status_changed_at)),
      now,
    ).some(({ action }) => action === 'cancel'),
  });
  const claimDetails = (ids: string[]) =>
    ids.flatMap((id) => {
      const order = claimOrders.get(id);
      return order ? [{ id, order_id: order.id, order_number: order.number, cancellable: false }] : [];
    });
  const blockers: ErasurePreview['blockers'] = [
    ...(rows.length > 0
      ? [{ code: 'open_orders' as const, records: rows.map((row) => row.id), details: rows.map(orderDetail) }]
      : []),
    ...(refunds.length > 0
      ? [{ code: 'open_refunds' as const, records: refunds, details: claimDetails(refunds) }]
      : []),
    ...(disputes.length > 0
      ? [{ code: 'open_disputes' as const, records: disputes, details: claimDetails(disputes) }]
      : []),
  ];
  return {
    object: 'erasure_preview',
    can_erase: blockers.length === 0,
    blockers,
    removed: ERASURE_REMOVES,
    kept: ERASURE_KEEPS,
  };
}

interface OrderRow {
  id: string;
  number: string;
  status: OrderStatus;
  placed_at: Date | string;
  status_changed_at: Date | string;
}

/** The order (id and number) of each open refund request and dispute of the buyer. */
async function claimOrderNumbers(
  db: Queryable,
  buyerId: string,
  claims: readonly string[],
): Promise<Map<string, { id: ErasureBlockerRecord['order_id']; number: string }>> {
  if (claims.length === 0) return new Map();
  const { rows } = await db.query<{ id: string; order_id: ErasureBlockerRecord['order_id']; number: string }>(
    `select c.id, o.id as order_id, o.number from (
       select id, order_id from refund_requests where buyer_id = $1 and id = any($2::text[])
       union all
       select id, order_id from disputes where buyer_id = $1 and id = any($2::text[])
     ) c join orders o on o.id = c.order_id`,
    [buyerId, claims],
  );
  return new Map(rows.map((row) => [row.id, { id: row.order_id, number: row.number }]));
}

/**
 * Erases the buyer: personal data deleted; orders kept for the law but moved to a fresh random
 * pseudonym that nothing links back to (the buyer row, the storefront's external id, sessions,
 * consents and event history are gone). Run inside a transaction.
 */
export async function eraseBuyer(
  tx: Queryable,
  cipher: FieldCipher,
  buyer: { id: string; sellerId: string },
  now: Date,
  /** The idempotency key of the erasure request itself: kept, so its retries get its answer and never run it again. */
  ownRequest?: { caller: string; key: string },
): Promise<void> {
  const pseudonym = newId('byr');
  await tx.query(`insert into buyers (id, seller_id, erased_at) values ($1, $2, $3)`, [
    pseudonym,
    buyer.sellerId,
    now.toISOString(),
  ]);
  await tx.query('update orders set buyer_id = $2, shipping_address = null where buyer_id = $1', [buyer.id, pseudonym]);
  await tx.query('update support_cases set buyer_id = $2 where buyer_id = $1', [buyer.id, pseudonym]);
  // Payments are kept for the accounts, under the pseudonym (no card data is ever stored).
  await tx.query('update payment_intents set buyer_id = $2 where buyer_id = $1', [buyer.id, pseudonym]);
  await tx.query('update payment_attempts set buyer_id = $2 where buyer_id = $1', [buyer.id, pseudonym]);
  // Closed refund requests and disputes are financial records too: kept, without the buyer's words.
  await pseudonymizeClaims(tx, cipher, buyer.id, pseudonym);
  // Support conversations are the buyer's own words, not financial records: they go (messages cascade).
  await tx.query('delete from support_conversations where buyer_id = $1', [buyer.id]);
  // Feedback: comments deleted, ratings kept for the seller's statistics without the buyer link.
  await eraseBuyerFeedback(tx, buyer.id);
  await tx.query('delete from events where buyer_id = $1', [buyer.id]);
  await tx.query('delete from notifications where buyer_id = $1', [buyer.id]);
  await tx.query('delete from consent_events where buyer_id = $1', [buyer.id]);
  await tx.query('delete from sessions where buyer_id = $1', [buyer.id]);
  // Stored answers of the buyer's requests hold personal data. The erasure's own record holds
  // only its receipt (ids, no personal data) and expires with the retention period.
  await tx.query(
    `delete from idempotency_keys where (caller = $1 or caller like $2) and not (caller = $3 and key = $4)`,
    [`buyer:${buyer.id}`, `buyer:${buyer.id}:%`, ownRequest?.caller ?? '', ownRequest?.key ?? ''],
  );
  // consents, notification preferences and data exports go with the buyer row (on delete cascade).
  await tx.query('delete from buyers where id = $1', [buyer.id]);
}

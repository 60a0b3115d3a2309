import { hasPrefix, newId, type ErasurePreview } from '@txassist/contract';
import type { Queryable } from '../db/database.js';
import { openClaimIds, pseudonymizeClaims } from '../disputes/erasure.js';
import type { FieldCipher } from '../security/field-cipher.js';

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

export async function erasurePreview(db: Queryable, buyerId: string): Promise<ErasurePreview> {
  const { rows } = await db.query<{ id: string }>(
    `select id from orders where buyer_id = $1 and status = any($2) order by placed_at`,
    [buyerId, OPEN_ORDER_STATUSES],
  );
  // Open refund requests and disputes still need the buyer to answer and be paid: they block too.
  const claims = await openClaimIds(db, buyerId);
  const disputes = claims.filter((id) => hasPrefix(id, 'dsp'));
  const refunds = claims.filter((id) => !hasPrefix(id, 'dsp'));
  const blockers: ErasurePreview['blockers'] = [
    ...(rows.length > 0 ? [{ code: 'open_orders' as const, records: rows.map((row) => row.id) }] : []),
    ...(refunds.length > 0 ? [{ code: 'open_refunds' as const, records: refunds }] : []),
    ...(disputes.length > 0 ? [{ code: 'open_disputes' as const, records: disputes }] : []),
  ];
  return {
    object: 'erasure_preview',
    can_erase: blockers.length === 0,
    blockers,
    removed: ERASURE_REMOVES,
    kept: ERASURE_KEEPS,
  };
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

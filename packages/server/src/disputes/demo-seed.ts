import { DEFAULT_SELLER_POLICY, type CarrierEvent, type SellerId } from '@txassist/contract';
import type { Database, Queryable } from '../db/database.js';
import { lockFor } from '../db/locks.js';
import { DEMO_FIXTURES } from '../demo/fixtures.js';
import { fromBase64 } from '../security/base64.js';
import type { FieldCipher } from '../security/field-cipher.js';
import { SIMULATED_CARRIER } from '../shipping/simulator.js';
import { insertBuyer } from '../store/buyers.js';
import { insertCaseMessage } from '../store/case-messages.js';
import { insertDisputeRow } from '../store/disputes.js';
import { insertOrder } from '../store/orders.js';
import { saveSellerPolicy } from '../store/policies.js';
import { applyCarrierEvent, findShipmentByTracking, insertShipment } from '../store/shipments.js';
import { DEMO_DISPUTE_FIXTURES as F, DEMO_EVIDENCE_PNG_BASE64 } from './demo-fixtures.js';

const HOUR = 3600_000;
const ADDRESS = { name: 'Cy Nakamura', line1: '3 Canal Road', city: 'Leeds', postal_code: 'LS1 4AB', country: 'GB' };

/** Buyer 3, a disputable order, an escalated dispute and the demo seller's policy. Safe on every start. */
export async function seedDisputeDemo(db: Database, cipher: FieldCipher, now: Date): Promise<void> {
  await db.transaction(async (tx) => {
    // Checks, then inserts: serialised with other starting processes (see seedDemo).
    await lockFor(tx, 'demoSeed');
    const existing = await tx.query('select 1 from buyers where id = $1', [F.buyer.id]);
    if (existing.rows.length > 0) return restoreEscalatedDispute(tx, cipher, now);
    const sellerId = DEMO_FIXTURES.seller.id as SellerId;
    await insertBuyer(tx, cipher, { ...F.buyer, seller_id: sellerId });
    await saveSellerPolicy(
      tx,
      sellerId,
      { ...DEFAULT_SELLER_POLICY, auto_approve_max_amount: { ...F.autoApproveMaxAmount } },
      now,
    );
    await deliveredOrder(tx, cipher, F.disputableOrder, 48, now);
    await deliveredOrder(tx, cipher, F.escalatedOrder, 120, now);
    await escalatedDispute(tx, cipher, now);
  });
}

/**
 * Demo data drifts as people try it: once the agent decides (or asks about) the escalated demo case, the
 * queue is empty. Each start puts it back as seeded — its thread, evidence and any refund it booked
 * are removed and seeded again (the audit log keeps what happened) — so `npm start` again shows it.
 */
async function restoreEscalatedDispute(tx: Queryable, cipher: FieldCipher, now: Date): Promise<void> {
  const id = F.escalatedDispute.id;
  const { rows } = await tx.query<{ status: string }>('select status from disputes where id = $1', [id]);
  if (rows[0]?.status === 'escalated') return;
  await tx.query('delete from case_messages where dispute_id = $1', [id]);
  await tx.query('delete from refund_transactions where order_id = $1 and source_id = $2', [F.escalatedOrder.id, id]);
  await tx.query('delete from evidence_files where order_id = $1', [F.escalatedOrder.id]);
  await tx.query('delete from disputes where id = $1', [id]);
  await escalatedDispute(tx, cipher, now);
}

async function deliveredOrder(
  tx: Queryable,
  cipher: FieldCipher,
  order: { id: `ord_${string}`; number: string; trackingNumber: string },
  deliveredHoursAgo: number,
  now: Date,
): Promise<void> {
  const delivered = new Date(now.getTime() - deliveredHoursAgo * HOUR);
  await insertOrder(
    tx,
    cipher,
    DEMO_FIXTURES.seller.id,
    {
      id: order.id,
      number: order.number,
      status: 'delivered',
      buyer_id: F.buyer.id,
      currency: 'USD',
      line_items: [
        { title: 'Ceramic Vase', quantity: 1, unit_amount: 4200, sku: 'CV-01' },
        { title: 'Linen Napkins (set of 4)', variant: 'Sand', quantity: 2, unit_amount: 1500, sku: 'LN-4' },
      ],
      shipping_amount: 599,
      discount_amount: 0,
      shipping_address: ADDRESS,
      placedAt: new Date(delivered.getTime() - 96 * HOUR),
      statusChangedAt: delivered,
    },
    now,
  );
  const { rows } = await tx.query<{ line_items: { id: string }[] }>('select line_items from orders where id = $1', [
    order.id,
  ]);
  await insertShipment(
    tx,
    {
      orderId: order.id,
      carrier: SIMULATED_CARRIER.code,
      trackingNumber: order.trackingNumber,
      lineItemIds: rows[0]!.line_items.map((item) => item.id),
      estimate: {
        // Delivered late: "not received" (estimate + 72 h grace) is already open for the demo.
        earliest: new Date(delivered.getTime() - 48 * HOUR).toISOString(),
        latest: new Date(delivered.getTime() - 36 * HOUR).toISOString(),
      },
    },
    new Date(delivered.getTime() - 90 * HOUR),
  );
  const history: [CarrierEvent['tag'], string, number][] = [
    ['in_transit', 'Parcel collected by the carrier', -80],
    ['delivered', 'Delivered to the front door', 0],
  ];
  for (const [index, [tag, message, hours]] of history.entries()) {
    const shipment = (await findShipmentByTracking(tx, SIMULATED_CARRIER.code, order.trackingNumber))!;
    await applyCarrierEvent(
      tx,
      shipment,
      {
        id: `seed-${order.trackingNumber}-${index}`,
        tracking_number: order.trackingNumber,
        tag,
        message,
        location: { city: 'Leeds', region: null, country: 'GB' },
        occurred_at: new Date(delivered.getTime() + hours * HOUR).toISOString(),
      },
      now,
    );
  }
}

async function escalatedDispute(tx: Queryable, cipher: FieldCipher, now: Date): Promise<void> {
  const { rows } = await tx.query<{
    line_items: { id: string; quantity: number }[];
    amounts: { total: { amount: number } };
  }>('select line_items, amounts from orders where id = $1', [F.escalatedOrder.id]);
  const vase = rows[0]!.line_items[0]!;
  const at = (hoursAgo: number) => new Date(now.getTime() - hoursAgo * HOUR).toISOString();
  const id = F.escalatedDispute.id;
  await insertDisputeRow(tx, cipher, {
    id,
    order_id: F.escalatedOrder.id,
    seller_id: DEMO_FIXTURES.seller.id,
    buyer_id: F.buyer.id,
    refund_id: null,
    reason: 'damaged',
    status: 'escalated',
    items: [{ line_item_id: vase.id, quantity: 1 }],
    description: 'The vase arrived with a crack along the base; the box was dented on one corner.',
    desired_outcome: 'full_refund',
    currency: 'USD',
    amount: 4200,
    offer: {
      outcome: 'partial_refund',
      amount: 1000,
      note: 'We can refund $10 for the crack.',
      made_at: at(60),
      status: 'declined',
    },
    escalation_reason: null,
    escalated_at: at(30),
    info_request: null,
    decision: null,
    decided_by: null,
    refunded_amount: 0,
    flags: [],
    history: [
      { action: 'file', from: null, to: 'awaiting_seller', by: 'buyer', at: at(96), note: null },
      { action: 'offer', from: 'awaiting_seller', to: 'offer_pending', by: 'seller', at: at(60), note: null },
      { action: 'decline_offer', from: 'offer_pending', to: 'no_agreement', by: 'buyer', at: at(36), note: null },
      { action: 'escalate', from: 'no_agreement', to: 'escalated', by: 'buyer', at: at(30), note: null },
    ],
    due_at: null,
    created_at: at(96),
    updated_at: at(30),
    closed_at: null,
  });
  const photo = fromBase64(DEMO_EVIDENCE_PNG_BASE64);
  await tx.query(
    `insert into evidence_files (id, order_id, uploader_role, uploader_id, content_type, size, filename, sha256, content, attached_to, created_at)
     values ($1, $2, 'buyer', $3, 'image/png', $4, $5, '', $6, $7, $8)`,
    [
      F.escalatedDispute.evidenceId,
      F.escalatedOrder.id,
      F.buyer.id,
      photo.length,
      await cipher.encrypt('cracked-vase.png', 'evidence_files.filename'),
      photo,
      id,
      at(96),
    ],
  );
  const messages: ['buyer' | 'seller', string, number][] = [
    ['seller', 'Sorry to hear that. We can refund $10 for the crack.', 60],
    ['buyer', 'The vase cannot hold water any more; $10 does not cover it.', 36],
  ];
  for (const [author, body, hoursAgo] of messages) {
    await insertCaseMessage(
      tx,
      cipher,
      {
        dispute_id: id,
        author,
        author_id: author === 'buyer' ? F.buyer.id : DEMO_FIXTURES.seller.id,
        body,
        evidence_ids: [],
        addressed_to: null,
      },
      new Date(now.getTime() - hoursAgo * HOUR),
    );
  }
}

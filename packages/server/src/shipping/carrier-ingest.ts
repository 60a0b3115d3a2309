import { CarrierEvent, SIGNATURE_TOLERANCE_SECONDS, type TrackingTag } from '@txassist/contract';
import type { Queryable } from '../db/database.js';
import { parseJsonText, validateBody } from '../http/parse.js';
import { ProblemError } from '../http/problem.js';
import { enqueueOrderNotifications } from '../notifications/outbox.js';
import type { FieldCipher } from '../security/field-cipher.js';
import { verifyWebhook } from '../security/webhook-signature.js';
import type { Services } from '../services.js';
import { activeCarrierSecrets } from '../store/carriers.js';
import { appendEvent } from '../store/events.js';
import { getVisibleOrder, updateOrderStatus } from '../store/orders.js';
import { applyCarrierEvent, findShipmentByTracking, getShipment, listShipments } from '../store/shipments.js';
import { statusFromShipments } from './order-status.js';

/** Who the server acts as when it moves orders and shipments itself. */
export const SYSTEM_PRINCIPAL = { role: 'admin', staffId: 'system', caller: 'system' } as const;

/** Shipment milestones worth a message of their own (delivery itself arrives as the order status). */
const MILESTONES: readonly TrackingTag[] = [
  'out_for_delivery',
  'failed_attempt',
  'exception',
  'available_for_pickup',
  'expired',
];

const SIGNATURE_PROBLEMS = {
  missing: 'Send the "Tx-Signature" header.',
  malformed: 'The "Tx-Signature" header must look like "t=<unix seconds>,v1=<hex HMAC-SHA256>".',
  stale: `The signature timestamp is more than ${SIGNATURE_TOLERANCE_SECONDS} s away from now; check the clock and resend.`,
  mismatch: 'No v1 signature matches an active secret for this carrier; sign "t.body" with your current secret.',
} as const;

/** Verifies, validates and stores a carrier event; processing happens after the acknowledgement. */
export async function receiveCarrierEvent(
  services: Services,
  carrier: string,
  rawBody: string,
  signature: string | undefined,
): Promise<{ object: 'carrier_event_receipt'; id: string; duplicate: boolean }> {
  const { db, cipher, config } = services;
  const secrets = await activeCarrierSecrets(db, cipher, carrier);
  if (!secrets) throw new ProblemError('not_found', `No carrier "${carrier}" is registered.`);
  const check = await verifyWebhook(rawBody, signature, secrets, config.now(), SIGNATURE_TOLERANCE_SECONDS);
  if (check !== 'ok') throw new ProblemError('invalid_signature', SIGNATURE_PROBLEMS[check]);

  // A 4xx (never a 500) for an event that can never be stored, so the carrier stops retrying it.
  const event = validateBody(
    CarrierEvent,
    parseJsonText(rawBody, 'Check the JSON syntax of the event.'),
    'Correct the listed fields.',
  );
  const stored = await db.query(
    `insert into carrier_events (carrier, event_id, payload, received_at) values ($1, $2, $3, $4)
     on conflict (carrier, event_id) do nothing returning event_id`,
    [carrier, event.id, JSON.stringify(event), config.now().toISOString()],
  );
  const duplicate = stored.rows.length === 0;
  if (!duplicate) services.jobs.spawn('carrier event', () => processCarrierEvent(services, carrier, event.id));
  return { object: 'carrier_event_receipt', id: event.id, duplicate };
}

/** Applies one stored carrier event, exactly once (the row is locked and marked processed). */
export async function processCarrierEvent(services: Services, carrier: string, eventId: string): Promise<void> {
  const { db, cipher, config } = services;
  const now = config.now();
  await db.transaction(async (tx) => {
    const { rows } = await tx.query<{ payload: string }>(
      `select payload from carrier_events where carrier = $1 and event_id = $2 and processed_at is null for update`,
      [carrier, eventId],
    );
    if (!rows[0]) return;
    const event = CarrierEvent.parse(JSON.parse(rows[0].payload));
    const shipment = await findShipmentByTracking(tx, carrier, event.tracking_number);
    let outcome = 'applied';
    if (!shipment) outcome = 'unknown_tracking_number';
    else await applyAndPublish(tx, cipher, shipment, event, now);
    await tx.query(`update carrier_events set processed_at = $3, outcome = $4 where carrier = $1 and event_id = $2`, [
      carrier,
      eventId,
      now.toISOString(),
      outcome,
    ]);
  });
}

async function applyAndPublish(
  tx: Queryable,
  cipher: FieldCipher,
  shipment: NonNullable<Awaited<ReturnType<typeof findShipmentByTracking>>>,
  event: CarrierEvent,
  now: Date,
): Promise<void> {
  const { statusChanged } = await applyCarrierEvent(tx, shipment, event, now);
  const order = (await getVisibleOrder(tx, cipher, SYSTEM_PRINCIPAL, shipment.order_id, now, { view: 'event' }))!;
  const updated = await getShipment(tx, shipment.id, now);
  const published = await appendEvent(tx, cipher, 'shipment.updated', order, now, updated);
  if (statusChanged && MILESTONES.includes(updated.tag)) {
    await enqueueOrderNotifications(tx, cipher, published.id, order, now, updated.tag);
  }
  const target = statusFromShipments(order, await listShipments(tx, order.id, now));
  if (target) await moveOrder(tx, cipher, order.id, target, now);
}

/** Moves the order and publishes the change with its notifications. */
export async function moveOrder(
  tx: Queryable,
  cipher: FieldCipher,
  orderId: string,
  status: Parameters<typeof updateOrderStatus>[2],
  now: Date,
) {
  await updateOrderStatus(tx, orderId, status, now);
  const order = (await getVisibleOrder(tx, cipher, SYSTEM_PRINCIPAL, orderId, now, { view: 'event' }))!;
  const published = await appendEvent(tx, cipher, 'order.updated', order, now);
  await enqueueOrderNotifications(tx, cipher, published.id, order, now);
}

/** Crash recovery: events stored but not processed (the process died after acknowledging). */
export async function processPendingCarrierEvents(services: Services, olderThanMs = 2000): Promise<number> {
  const cutoff = new Date(services.config.now().getTime() - olderThanMs).toISOString();
  const { rows } = await services.db.query<{ carrier: string; event_id: string }>(
    `select carrier, event_id from carrier_events where processed_at is null and received_at < $1 order by received_at limit 100`,
    [cutoff],
  );
  for (const row of rows) await processCarrierEvent(services, row.carrier, row.event_id);
  return rows.length;
}

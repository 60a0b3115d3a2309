import { enqueueOrderNotifications } from '../notifications/outbox.js';
import type { Services } from '../services.js';
import { appendEvent } from '../store/events.js';
import { getVisibleOrder } from '../store/orders.js';
import { getShipment } from '../store/shipments.js';
import { SYSTEM_PRINCIPAL } from './carrier-ingest.js';

/**
 * Shipments whose estimated delivery window ended without a delivery: each gets the `delayed`
 * message once (through the outbox, by the buyer's channels) and a `shipment.updated` event, so
 * an open tracker shows it late at once. Returns how many it flagged.
 */
export async function notifyLateShipments(services: Services, limit = 50): Promise<number> {
  const { db, cipher, config } = services;
  const now = config.now();
  const { rows } = await db.query<{ id: string }>(
    `select s.id from shipments s join orders o on o.id = s.order_id
     where not s.late_notified and s.estimated_latest < $1 and s.tag not in ('delivered', 'expired')
       and o.status not in ('delivered', 'completed', 'cancelled')
     order by s.estimated_latest limit $2`,
    [now.toISOString(), limit],
  );
  let flagged = 0;
  for (const { id } of rows) {
    await db.transaction(async (tx) => {
      // The flag is the claim: of two processes looking at once, only one moves it.
      const claimed = await tx.query<{ order_id: string }>(
        `update shipments set late_notified = true where id = $1 and not late_notified returning order_id`,
        [id],
      );
      const orderId = claimed.rows[0]?.order_id;
      if (!orderId) return;
      const order = (await getVisibleOrder(tx, cipher, SYSTEM_PRINCIPAL, orderId, now, { view: 'event' }))!;
      const shipment = await getShipment(tx, id, now);
      const published = await appendEvent(tx, cipher, 'shipment.updated', order, now, shipment);
      await enqueueOrderNotifications(tx, cipher, published.id, order, now, 'delayed');
      flagged++;
    });
  }
  return flagged;
}

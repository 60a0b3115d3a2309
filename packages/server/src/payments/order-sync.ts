import type { OrderStatus } from '@txassist/contract';
import type { Queryable } from '../db/database.js';
import { enqueueOrderNotifications } from '../notifications/outbox.js';
import type { FieldCipher } from '../security/field-cipher.js';
import { appendEvent } from '../store/events.js';
import { getVisibleOrder, updateOrderStatus } from '../store/orders.js';

const SYSTEM = { role: 'admin', staffId: 'system', caller: 'system' } as const;

/** Publishes an order change as an event (live updates, webhooks) and outbox rows, in the caller's transaction. */
export async function publishOrder(
  tx: Queryable,
  cipher: FieldCipher,
  type: 'order.created' | 'order.updated',
  orderId: string,
  now: Date,
): Promise<void> {
  const snapshot = (await getVisibleOrder(tx, cipher, SYSTEM, orderId, now, { view: 'event' }))!;
  const event = await appendEvent(tx, cipher, type, snapshot, now);
  if (type === 'order.updated') await enqueueOrderNotifications(tx, cipher, event.id, snapshot, now);
}

/** Moves the order a payment belongs to (paid → awaiting_shipment, review → on_hold, blocked → cancelled). */
export async function moveOrder(
  tx: Queryable,
  cipher: FieldCipher,
  orderId: string,
  status: OrderStatus,
  now: Date,
): Promise<void> {
  const { rows } = await tx.query<{ status: OrderStatus }>('select status from orders where id = $1', [orderId]);
  if (!rows[0] || rows[0].status === status) return;
  await updateOrderStatus(tx, orderId, status, now);
  await publishOrder(tx, cipher, 'order.updated', orderId, now);
}

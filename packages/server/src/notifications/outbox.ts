import {
  NOTIFICATION_CHANNELS,
  newId,
  type NotificationCase,
  type NotificationChannel,
  type NotificationKind,
  type NotificationMilestone,
  type Order,
} from '@txassist/contract';
import { guestTrackUrl } from '../checkout/guest.js';
import type { Queryable } from '../db/database.js';
import type { FieldCipher } from '../security/field-cipher.js';

export interface NotificationPayload {
  order_id: string;
  order_number: string;
  status: Order['status'];
  /** A shipment milestone (e.g. `out_for_delivery`, `failed_attempt`, `delayed`) when that is the news. */
  milestone?: NotificationMilestone;
  /** News about a dispute or refund request of the order (kind `refunds_and_disputes`). */
  case?: NotificationCase;
  /** A guest checkout's order-tracking page (guest lookup), linked from the email. */
  track_url?: string;
  /**
   * An agent answered the buyer's support conversation. Without an order `order_id` and
   * `order_number` are empty, `status` is a filler nobody reads, and only email and SMS are queued
   * (an inbox message names an order).
   */
  support?: { conversation_id: string; topic: string };
}

const PROBLEM_MILESTONES: readonly NotificationMilestone[] = ['failed_attempt', 'exception', 'expired', 'delayed'];

/** Statuses worth telling the buyer about, and the kind of message each is. */
export const NOTIFY_ON_STATUS: Partial<Record<Order['status'], NotificationKind>> = {
  awaiting_shipment: 'order_updates',
  in_transit: 'order_updates',
  delivered: 'order_updates',
  cancelled: 'order_updates',
};

/**
 * Transactional outbox: written in the same transaction as the change, one row per channel
 * (unique per event and channel, so a message is queued once). Whether it is sent is decided at
 * send time, so a consent withdrawn meanwhile takes effect at once.
 */
export async function enqueueOrderNotifications(
  tx: Queryable,
  cipher: FieldCipher,
  eventId: string,
  order: Order,
  now: Date,
  milestone?: NotificationMilestone,
): Promise<void> {
  const kind = milestone
    ? PROBLEM_MILESTONES.includes(milestone)
      ? 'delivery_problems'
      : 'order_updates'
    : NOTIFY_ON_STATUS[order.status];
  if (!kind) return;
  const payload: NotificationPayload = {
    order_id: order.id,
    order_number: order.number,
    status: order.status,
    ...(milestone ? { milestone } : {}),
  };
  const trackUrl = await guestTrackUrl(tx, order.buyer_id);
  if (trackUrl) payload.track_url = trackUrl;
  await enqueueNotifications(
    tx,
    cipher,
    eventId,
    { buyerId: order.buyer_id, sellerId: order.seller.id },
    kind,
    payload,
    now,
  );
}

/** One pending row per channel for the buyer, keyed by the event (queued once). */
export async function enqueueNotifications(
  tx: Queryable,
  cipher: FieldCipher,
  eventId: string,
  to: { buyerId: string; sellerId: string },
  kind: NotificationKind,
  payload: NotificationPayload,
  now: Date,
  channels: readonly NotificationChannel[] = NOTIFICATION_CHANNELS,
): Promise<void> {
  for (const channel of channels) {
    await tx.query(
      `insert into notifications (id, buyer_id, seller_id, event_id, kind, channel, payload, status, created_at)
       values ($1, $2, $3, $4, $5, $6, $7, 'pending', $8) on conflict (event_id, channel) do nothing`,
      [
        newId('ntf'),
        to.buyerId,
        to.sellerId,
        eventId,
        kind,
        channel,
        await cipher.encrypt(JSON.stringify(payload), 'notifications.payload'),
        now.toISOString(),
      ],
    );
  }
}

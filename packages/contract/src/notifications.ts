import * as z from 'zod/mini';
import { idSchema, OrderId } from './ids.js';
import { NotificationKind } from './consent.js';
import { OrderStatus } from './order-status.js';
import { TRACKING_TAGS } from './shipment.js';
import { Timestamp } from './timestamps.js';

export const NotificationId = idSchema('ntf');

/**
 * What a message is about besides an order status: a carrier milestone (one of the tracking tags)
 * or `delayed` — the end of the estimated delivery window passed and the parcel has not arrived.
 */
export const NOTIFICATION_MILESTONES = [...TRACKING_TAGS, 'delayed'] as const;
export const NotificationMilestone = z.enum(NOTIFICATION_MILESTONES);
export type NotificationMilestone = z.infer<typeof NotificationMilestone>;

/**
 * An in-app inbox message. It carries codes, not sentences, so every buyer reads it in their
 * own language (the elements' catalog words it).
 */
export const InboxNotification = z.object({
  object: z.literal('notification'),
  id: NotificationId,
  kind: NotificationKind,
  order_id: OrderId,
  order_number: z.string(),
  status: OrderStatus,
  milestone: z.nullable(NotificationMilestone),
  created_at: Timestamp,
  read_at: z.nullable(Timestamp),
});
export type InboxNotification = z.infer<typeof InboxNotification>;

export const Inbox = z.object({
  object: z.literal('list'),
  data: z.array(InboxNotification),
  has_more: z.boolean(),
  next_cursor: z.nullable(z.string()),
  unread_count: z.int().check(z.nonnegative()),
});
export type Inbox = z.infer<typeof Inbox>;

export const InboxQuery = z.object({
  unread_only: z.optional(z.enum(['true', 'false'])),
  limit: z.optional(
    z.coerce.number().check(z.refine(Number.isInteger, 'must be a whole number'), z.minimum(1), z.maximum(100)),
  ),
  cursor: z.optional(z.string().check(z.maxLength(200))),
});

export const NotificationPathParams = z.object({ notification_id: NotificationId });

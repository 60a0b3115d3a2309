import * as z from 'zod/mini';
import { idSchema, OrderId } from './ids.js';
import { NotificationKind } from './consent.js';
import { CaseReference, type CaseMilestone } from './events.js';
import { OrderStatus } from './order-status.js';
import { SupportConversationId } from './support.js';
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
 * Case milestones the buyer is told about (inbox, email, SMS) when someone else or the system
 * caused them; steps the buyer took themselves only show as live events.
 */
export const NOTIFIED_CASE_MILESTONES = [
  'message_added',
  'offer_received',
  'approved',
  'auto_approved',
  'rejected',
  'deadline_passed',
  'escalated',
  'info_requested',
  'decided',
  'return_label_ready',
  'return_received',
  'refund_issued',
  'replacement_shipped',
] as const satisfies readonly CaseMilestone[];
export type NotifiedCaseMilestone = (typeof NOTIFIED_CASE_MILESTONES)[number];

/** Which dispute or refund request a message is about, and what happened (kind `refunds_and_disputes`). */
export const NotificationCase = CaseReference;
export type NotificationCase = CaseReference;

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
  /** Set on news about a dispute or refund request; `status` is then the order's status. */
  case: z.optional(NotificationCase),
  /** Set when an agent answered the buyer's support conversation about this order (read it there). */
  support: z.optional(z.object({ conversation_id: SupportConversationId, topic: z.string() })),
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

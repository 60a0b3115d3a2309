import * as z from 'zod/mini';
import { DisputeStatus } from './dispute-lifecycle.js';
import { EventId, idSchema, OrderId } from './ids.js';
import { Order } from './order.js';
import { RefundStatus } from './refund-lifecycle.js';
import { Shipment } from './shipment.js';
import { Timestamp } from './timestamps.js';

// The same ids as `DisputeId` / `RefundRequestId`, declared here so an event-only bundle (the order
// tracker) does not pull in the dispute and refund resource schemas.
const CaseDisputeId = idSchema('dsp');
const CaseRefundRequestId = idSchema('ref');

export const EVENT_TYPES = [
  'order.created',
  'order.updated',
  'shipment.updated',
  'dispute.updated',
  'refund_request.updated',
  'support.replied',
] as const;
export const EventType = z.enum(EVENT_TYPES);
export type EventType = z.infer<typeof EventType>;

const envelope = {
  object: z.literal('event'),
  id: EventId,
  sequence: z.int().check(z.positive()),
  created_at: Timestamp,
};

export const OrderEvent = z.object({
  ...envelope,
  type: z.enum(['order.created', 'order.updated']),
  data: z.object({ object: Order }),
});
export type OrderEvent = z.infer<typeof OrderEvent>;

export const ShipmentEvent = z.object({
  ...envelope,
  type: z.literal('shipment.updated'),
  data: z.object({ object: Shipment }),
});
export type ShipmentEvent = z.infer<typeof ShipmentEvent>;

/**
 * What changed on a dispute or refund request, as a code (the step just taken). The buyer is told
 * about the ones another party or the system caused; see `NOTIFIED_CASE_MILESTONES`.
 */
export const CASE_MILESTONES = [
  'opened',
  'message_added',
  'offer_received',
  'offer_accepted',
  'offer_declined',
  'approved',
  'auto_approved',
  'rejected',
  'deadline_passed',
  'escalated',
  'info_requested',
  'info_provided',
  'decided',
  'return_label_ready',
  'return_shipped',
  'return_received',
  'refund_issued',
  'replacement_shipped',
  'cancelled',
  'closed',
] as const;
export const CaseMilestone = z.enum(CASE_MILESTONES);
export type CaseMilestone = z.infer<typeof CaseMilestone>;

/**
 * Which dispute or refund request something is about, and what happened (inbox messages of kind
 * `refunds_and_disputes` carry it as `case`).
 */
export const CaseReference = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('dispute'), id: CaseDisputeId, milestone: CaseMilestone }),
  z.object({ kind: z.literal('refund_request'), id: CaseRefundRequestId, milestone: CaseMilestone }),
]);
export type CaseReference = z.infer<typeof CaseReference>;

const caseUpdate = {
  object: z.literal('case_update'),
  order_id: OrderId,
  milestone: CaseMilestone,
  updated_at: Timestamp,
};

/**
 * A thin reference to a changed dispute: codes only, no free text and no personal data (one
 * payload serves every viewer). Re-fetch the dispute through `GET /v1/disputes/{id}` to see it.
 */
export const DisputeUpdate = z.object({
  ...caseUpdate,
  kind: z.literal('dispute'),
  id: CaseDisputeId,
  status: DisputeStatus,
});
export type DisputeUpdate = z.infer<typeof DisputeUpdate>;

/** A thin reference to a changed refund request; re-fetch it through `GET /v1/refunds/{id}`. */
export const RefundRequestUpdate = z.object({
  ...caseUpdate,
  kind: z.literal('refund_request'),
  id: CaseRefundRequestId,
  status: RefundStatus,
});
export type RefundRequestUpdate = z.infer<typeof RefundRequestUpdate>;

export const DisputeEvent = z.object({
  ...envelope,
  type: z.literal('dispute.updated'),
  data: z.object({ object: DisputeUpdate }),
});
export type DisputeEvent = z.infer<typeof DisputeEvent>;

export const RefundRequestEvent = z.object({
  ...envelope,
  type: z.literal('refund_request.updated'),
  data: z.object({ object: RefundRequestUpdate }),
});
export type RefundRequestEvent = z.infer<typeof RefundRequestEvent>;

const SupportConversationRef = idSchema('conv');

/**
 * One of the buyer's support conversations changed: an agent answered it (`status` `answered`), or an
 * agent or the buyer closed it (`closed`). Ids and codes only (no text).
 * Re-fetch it through `GET /v1/support/conversations/{id}`.
 */
export const SupportReply = z.object({
  object: z.literal('support_update'),
  id: SupportConversationRef,
  order_id: z.nullable(OrderId),
  status: z.string(),
  updated_at: Timestamp,
});
export type SupportReply = z.infer<typeof SupportReply>;

export const SupportRepliedEvent = z.object({
  ...envelope,
  type: z.literal('support.replied'),
  data: z.object({ object: SupportReply }),
});
export type SupportRepliedEvent = z.infer<typeof SupportRepliedEvent>;

/**
 * One live update. Over SSE the `id:` line carries `sequence`, so a client resumes with
 * `Last-Event-ID` and the server sends only what came after it. Narrow on `type`.
 */
export const TxEvent = z.discriminatedUnion('type', [
  OrderEvent,
  ShipmentEvent,
  DisputeEvent,
  RefundRequestEvent,
  SupportRepliedEvent,
]);
export type TxEvent = z.infer<typeof TxEvent>;

/** Server hint, in ms, for how long a client waits before reconnecting. */
export const SSE_RETRY_MS = 1000;

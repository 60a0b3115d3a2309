import * as z from 'zod/mini';
import { DisputeId } from './dispute.js';
import { Evidence, EvidenceId } from './evidence.js';
import { idSchema, OrderId } from './ids.js';
import { OrderStatus } from './order-status.js';
import { RefundRequestId } from './refund.js';
import { isStorableText, UNSTORABLE_TEXT_MESSAGE } from './storable-text.js';
import { Timestamp } from './timestamps.js';
import {
  DEFAULT_SUPPORT_SETTINGS,
  SUPPORT_ATTACHMENTS_MAX,
  SUPPORT_MESSAGE_MAX,
  SUPPORT_STATUSES,
  SUPPORT_TOPICS,
} from './values/support.js';

export {
  DEFAULT_SUPPORT_SETTINGS,
  SUPPORT_ATTACHMENTS_MAX,
  SUPPORT_MESSAGE_MAX,
  SUPPORT_STATUSES,
  SUPPORT_TOPICS,
} from './values/support.js';

export const SupportConversationId = idSchema('conv');
export type SupportConversationId = z.infer<typeof SupportConversationId>;
export const SupportMessageId = idSchema('smsg');

/** Requests name a known topic; answers read any string, so a newer server's topic never breaks a client. */
export const SupportTopic = z.enum(SUPPORT_TOPICS);
export type SupportTopic = z.infer<typeof SupportTopic>;
const TopicRead = z.union([SupportTopic, z.string()]);
const StatusRead = z.union([z.enum(SUPPORT_STATUSES), z.string()]);

const message = z
  .string()
  .check(
    z.trim(),
    z.minLength(1, 'must not be empty'),
    z.maxLength(SUPPORT_MESSAGE_MAX),
    z.refine(isStorableText, UNSTORABLE_TEXT_MESSAGE),
  );
const attachments = z.optional(z.array(EvidenceId).check(z.maxLength(SUPPORT_ATTACHMENTS_MAX)));

/** The seller's support hours and expected first response, shown to the buyer before they write. */
export const SupportSettings = z.object({
  time_zone: z.string().check(z.minLength(1), z.maxLength(64)),
  days: z.array(z.int().check(z.minimum(1), z.maximum(7))).check(z.maxLength(7)),
  opens: z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM')),
  closes: z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'must be HH:MM')),
  first_response_hours: z.int().check(z.minimum(1), z.maximum(24 * 14)),
});
export type SupportSettings = z.infer<typeof SupportSettings>;
export const DEFAULT_SUPPORT: SupportSettings = {
  ...DEFAULT_SUPPORT_SETTINGS,
  days: [...DEFAULT_SUPPORT_SETTINGS.days],
};

/** What the server sees about the buyer's situation when they ask (computed, never sent by the buyer). */
export const SupportContext = z.object({
  order_id: z.nullable(OrderId),
  order_status: z.nullable(z.union([OrderStatus, z.string()])),
  /** The last declined payment's buyer-safe code on that order (or, with no order, the buyer's latest). */
  last_payment_error_code: z.nullable(z.string()),
  open_case_ids: z.array(z.union([DisputeId, RefundRequestId])),
});
export type SupportContext = z.infer<typeof SupportContext>;

export const SupportContextSnapshot = z.object({
  object: z.literal('support_context'),
  context: SupportContext,
  support: SupportSettings,
});
export type SupportContextSnapshot = z.infer<typeof SupportContextSnapshot>;

export const SupportMessage = z.object({
  object: z.literal('support_message'),
  id: SupportMessageId,
  author: z.union([z.enum(['buyer', 'agent']), z.string()]),
  body: z.string(),
  attachments: z.array(Evidence),
  /** Agents only: an internal note (never in a buyer's answer). */
  internal: z.boolean(),
  created_at: Timestamp,
});
export type SupportMessage = z.infer<typeof SupportMessage>;

export const SupportConversation = z.object({
  object: z.literal('support_conversation'),
  id: SupportConversationId,
  topic: TopicRead,
  status: StatusRead,
  order_id: z.nullable(OrderId),
  context: SupportContext,
  messages: z.array(SupportMessage),
  created_at: Timestamp,
  updated_at: Timestamp,
  closed_at: z.nullable(Timestamp),
});
export type SupportConversation = z.infer<typeof SupportConversation>;

export const SupportConversationList = z.object({
  object: z.literal('list'),
  data: z.array(SupportConversation),
  has_more: z.boolean(),
  next_cursor: z.nullable(z.string()),
});

export const SupportContextQuery = z.object({ order_id: z.optional(OrderId) });

export const CreateSupportConversationRequest = z.object({
  topic: SupportTopic,
  message,
  order_id: z.optional(OrderId),
  /** Evidence ids uploaded on `order_id` (`POST /v1/orders/{order_id}/evidence`); needs `order_id`. */
  attachments,
});
export type CreateSupportConversationRequest = z.infer<typeof CreateSupportConversationRequest>;

export const ReplySupportConversationRequest = z.object({ message, attachments });
export type ReplySupportConversationRequest = z.infer<typeof ReplySupportConversationRequest>;

export const AgentSupportReplyRequest = z.object({
  message,
  /** An internal note for other agents: never shown to the buyer, no notification. */
  internal: z.optional(z.boolean()),
});

export const SupportConversationPathParams = z.object({ conversation_id: SupportConversationId });

export const ListSupportConversationsQuery = z.object({
  limit: z.optional(
    z.coerce.number().check(z.refine(Number.isInteger, 'must be a whole number'), z.minimum(1), z.maximum(100)),
  ),
  cursor: z.optional(z.string().check(z.regex(/^\d{1,9}$/))),
});

/** Staff open a conversation with a reason (audited like case reads). */
export const AgentSupportReadQuery = z.object({
  reason: z.string().check(z.trim(), z.minLength(3), z.maxLength(500)),
});

export const AgentSupportQueueItem = z.object({
  object: z.literal('agent_support_item'),
  id: SupportConversationId,
  topic: TopicRead,
  status: StatusRead,
  order_id: z.nullable(OrderId),
  /** The order's number (what the buyer and the seller call it), null without an order. */
  order_number: z.nullable(z.string()),
  context: SupportContext,
  created_at: Timestamp,
  updated_at: Timestamp,
  age_hours: z.int(),
});

export const AgentSupportQueue = z.object({
  object: z.literal('list'),
  data: z.array(AgentSupportQueueItem),
  has_more: z.boolean(),
  next_cursor: z.nullable(z.string()),
});

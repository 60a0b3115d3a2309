import * as z from 'zod/mini';
import { CheckoutId } from './checkout.js';
import { DisputeId } from './dispute.js';
import { OrderId } from './ids.js';
import { Money } from './money.js';
import { OrderStatus } from './order-status.js';
import { DeclineCode } from './payments.js';
import { RefundRequestId } from './refund.js';
import { TrackingTag } from './shipment.js';
import { Timestamp } from './timestamps.js';

/** What the help assistant can see is wrong (or, with nothing wrong, `recent_order`). */
export const SUGGESTION_CODES = [
  'payment_failed',
  'payment_pending',
  'parcel_exception',
  'parcel_late',
  'dispute_reply_needed',
  'refund_approved',
  'order_help',
  'recent_order',
] as const;
export const SuggestionCode = z.enum(SUGGESTION_CODES);
export type SuggestionCode = z.infer<typeof SuggestionCode>;

/** The one next step a suggestion offers; the page that embeds the assistant carries it out. */
export const SUGGESTION_ACTIONS = [
  'try_another_card',
  'pay_now',
  'report_problem',
  'reply_to_dispute',
  'view_refund',
  'view_order',
] as const;
export const SuggestionAction = z.enum(SUGGESTION_ACTIONS);
export type SuggestionAction = z.infer<typeof SuggestionAction>;

export interface SuggestionRule {
  /** Lower comes first: what blocks the buyer before what only informs them. */
  readonly rank: number;
  /** When the rule applies (for people: the docs and the OpenAPI description). */
  readonly reason: string;
  readonly action: SuggestionAction;
}

/**
 * The assistant's rules as data: the server applies them, the docs list them, the element words them
 * by code. `recent_order` applies only when no other rule does.
 */
export const SUGGESTION_RULES: Readonly<Record<SuggestionCode, SuggestionRule>> = {
  payment_failed: {
    rank: 1,
    reason: 'The last payment attempt on an unpaid order was declined; the checkout can be paid with another card.',
    action: 'try_another_card',
  },
  payment_pending: {
    rank: 2,
    reason: 'An order is waiting for payment and no payment attempt on it was declined; it can still be paid.',
    action: 'pay_now',
  },
  parcel_exception: {
    rank: 3,
    reason: 'A parcel of an order is in a problem state (exception, failed delivery attempt, tracking expired).',
    action: 'report_problem',
  },
  parcel_late: {
    rank: 4,
    reason: 'A parcel is past the end of its estimated delivery window and not delivered.',
    action: 'report_problem',
  },
  dispute_reply_needed: {
    rank: 5,
    reason: 'An open dispute waits on the buyer (an offer to answer or a question from the reviewer) until a date.',
    action: 'reply_to_dispute',
  },
  refund_approved: {
    rank: 6,
    reason: 'A refund was approved or sent in the last 30 days; the money arrives by a date.',
    action: 'view_refund',
  },
  order_help: {
    rank: 8,
    reason:
      'The order the assistant was opened about (`order_id`), when no other rule applies to it: what can be done for it (a sent or delivered order: report a problem).',
    action: 'report_problem',
  },
  recent_order: {
    rank: 9,
    reason: 'Nothing needs the buyer: the most recent orders with their status.',
    action: 'view_order',
  },
};

/** `order_help` offers "Report a problem" for an order in one of these statuses; otherwise "View order". */
export const ORDER_HELP_PROBLEM_STATUSES = [
  'partially_shipped',
  'awaiting_collection',
  'in_transit',
  'delivered',
  'completed',
] as const;

export const AssistantSuggestionsQuery = z.object({
  /** The order the buyer is looking at (e.g. the tracker's "Get help"): its suggestions come first. */
  order_id: z.optional(OrderId),
});
export type AssistantSuggestionsQuery = z.infer<typeof AssistantSuggestionsQuery>;

/** Days a card refund takes to reach the buyer's account once sent (the upper bound banks give). */
export const REFUND_ARRIVAL_DAYS = 10;
/** An approved refund stays a suggestion for this long. */
export const REFUND_SUGGESTION_DAYS = 30;
/** How many recent orders `recent_order` lists at most. */
export const RECENT_ORDER_SUGGESTIONS = 3;

export const SuggestionOrder = z.object({
  id: OrderId,
  number: z.string(),
  status: OrderStatus,
  placed_at: Timestamp,
  total: Money,
});

/** One suggestion: its code, the order it is about, the facts to word it, and its next action. */
export const Suggestion = z.object({
  code: SuggestionCode,
  order: SuggestionOrder,
  /** `payment_failed`: the buyer-safe decline code. */
  decline_code: z.nullable(DeclineCode),
  /** `parcel_exception` / `parcel_late`: the parcel's tracking status. */
  tracking_tag: z.nullable(TrackingTag),
  /** `refund_approved`: the amount refunded or approved. */
  amount: z.nullable(Money),
  /** `refund_approved`: the latest day the money should reach the buyer. `dispute_reply_needed`: reply by. */
  due_at: z.nullable(Timestamp),
  action: z.object({
    type: SuggestionAction,
    order_id: OrderId,
    /** `try_another_card` / `pay_now`: the checkout to resume (`pay_now`: null when the order was not placed through a checkout). */
    checkout_id: z.nullable(CheckoutId),
    /** `reply_to_dispute` / `view_refund`: the case. */
    case_id: z.nullable(z.union([DisputeId, RefundRequestId])),
  }),
});
export type Suggestion = z.infer<typeof Suggestion>;

export const AssistantSuggestions = z.object({
  object: z.literal('assistant_suggestions'),
  /** The asked-about order's suggestions first, then most pressing first (by rule rank, then newest). Never empty for a buyer with orders. */
  data: z.array(Suggestion),
  generated_at: Timestamp,
});
export type AssistantSuggestions = z.infer<typeof AssistantSuggestions>;

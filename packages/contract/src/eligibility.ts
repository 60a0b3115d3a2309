import * as z from 'zod/mini';
import { DisputeReason } from './claim-reason.js';
import { EvidenceRules } from './evidence.js';
import { LineItemId, OrderId } from './ids.js';
import { Money } from './money.js';
import { RefundType } from './refund-lifecycle.js';
import { Timestamp } from './timestamps.js';

export const ELIGIBILITY_STATUSES = ['eligible', 'not_yet_eligible', 'window_closed', 'not_available'] as const;
export const EligibilityStatus = z.enum(ELIGIBILITY_STATUSES);
export type EligibilityStatus = z.infer<typeof EligibilityStatus>;

/** Why something is `not_available` (besides windows). */
export const UNAVAILABLE_REASONS = ['order_status', 'open_dispute', 'nothing_left_to_claim'] as const;

/** One thing the buyer may (or may not yet / no longer) ask for, and when. */
export const EligibilityWindow = z.object({
  status: EligibilityStatus,
  /** When it opens (`not_yet_eligible`) or opened; null when it does not depend on time. */
  opens_at: z.nullable(Timestamp),
  /** Until when it may be asked for; null when open-ended. */
  closes_at: z.nullable(Timestamp),
  unavailable_reason: z.nullable(z.enum(UNAVAILABLE_REASONS)),
});
export type EligibilityWindow = z.infer<typeof EligibilityWindow>;

/**
 * What the buyer may do about an order now and until when, computed by the server from the
 * seller's policy, the order, its shipments and its open cases. Elements only show it.
 */
export const OrderEligibility = z.object({
  object: z.literal('order_eligibility'),
  order_id: OrderId,
  evaluated_at: Timestamp,
  refund_types: z.record(RefundType, EligibilityWindow),
  dispute_reasons: z.record(DisputeReason, EligibilityWindow),
  /** Per line item: how many may still be claimed (not in an open or finished claim). */
  items: z.array(
    z.object({
      line_item_id: LineItemId,
      title: z.string(),
      quantity: z.int(),
      claimable_quantity: z.int(),
      unit_price: Money,
    }),
  ),
  /** Paid (captured) for the order. */
  captured: Money,
  /** Already refunded. */
  refunded: Money,
  /** What new claims may still add up to (captured − refunded − promised by open requests). */
  refundable: Money,
  open_refund_ids: z.array(z.string()),
  open_dispute_id: z.nullable(z.string()),
  /** The parts of the seller's policy the buyer needs to fill the form. */
  policy: z.object({
    return_window_days: z.int(),
    seller_response_hours: z.int(),
    replacement_response_hours: z.int(),
    evidence: EvidenceRules,
  }),
});
export type OrderEligibility = z.infer<typeof OrderEligibility>;

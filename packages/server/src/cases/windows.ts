import {
  DISPUTE_REASONS,
  OPEN_DISPUTE_STATUSES,
  REFUND_TYPES,
  TERMINAL_REFUND_STATUSES,
  type DisputeReason,
  type EligibilityWindow,
  type OrderEligibility,
  type OrderStatus,
  type RefundType,
  type SellerPolicy,
} from '@txassist/contract';
import { claimedQuantities, refundableAmount } from './claims.js';
import type { OrderFacts } from './order-facts.js';

const HOUR = 3600_000;
const DAY = 24 * HOUR;

const REFUND_STATUSES_BY_TYPE: Readonly<Record<RefundType, readonly OrderStatus[]>> = {
  refund: ['awaiting_collection', 'in_transit', 'delivered'],
  return_and_refund: ['delivered'],
  replacement: ['delivered'],
};
const NO_DISPUTE_STATUSES: readonly OrderStatus[] = ['unpaid', 'cancelled'];

const window = (
  status: EligibilityWindow['status'],
  opensAt: Date | null,
  closesAt: Date | null,
  reason: EligibilityWindow['unavailable_reason'] = null,
): EligibilityWindow => ({
  status,
  opens_at: opensAt?.toISOString() ?? null,
  closes_at: closesAt?.toISOString() ?? null,
  unavailable_reason: reason,
});

/** Opens at `opens`, closes at `closes`: which status that is at `now`. */
function timed(now: Date, opens: Date | null, closes: Date | null): EligibilityWindow {
  if (opens && now < opens) return window('not_yet_eligible', opens, closes);
  if (closes && now >= closes) return window('window_closed', opens, closes);
  return window('eligible', opens, closes);
}

export function refundWindow(facts: OrderFacts, policy: SellerPolicy, type: RefundType, now: Date): EligibilityWindow {
  if (facts.status === 'completed') return window('window_closed', null, null);
  if (!REFUND_STATUSES_BY_TYPE[type].includes(facts.status)) return window('not_available', null, null, 'order_status');
  const closes = facts.deliveredAt ? new Date(facts.deliveredAt.getTime() + policy.return_window_days * DAY) : null;
  const result = timed(now, facts.deliveredAt, closes);
  if (result.status !== 'eligible') return result;
  if (leftToClaim(facts) === 0 || (type !== 'replacement' && refundableAmount(facts) === 0)) {
    return { ...result, status: 'not_available', unavailable_reason: 'nothing_left_to_claim' };
  }
  return result;
}

export function disputeWindow(
  facts: OrderFacts,
  policy: SellerPolicy,
  reason: DisputeReason,
  now: Date,
): EligibilityWindow {
  if (NO_DISPUTE_STATUSES.includes(facts.status)) return window('not_available', null, null, 'order_status');
  const rule = policy.dispute_windows[reason];
  const anchor =
    rule.anchor === 'placed'
      ? facts.placedAt
      : rule.anchor === 'delivered'
        ? facts.deliveredAt
        : facts.estimatedDeliveryAt;
  // Not anchored yet (no delivery / no estimate): not yet, with no date to show.
  if (!anchor) return window('not_yet_eligible', null, null);
  const opens = new Date(anchor.getTime() + rule.grace_hours * HOUR);
  const closes = new Date(opens.getTime() + rule.length_days * DAY);
  const result = timed(now, opens, closes);
  if (result.status !== 'eligible') return result;
  if (facts.disputes.some((dispute) => OPEN_DISPUTE_STATUSES.includes(dispute.status))) {
    return { ...result, status: 'not_available', unavailable_reason: 'open_dispute' };
  }
  if (leftToClaim(facts) === 0)
    return { ...result, status: 'not_available', unavailable_reason: 'nothing_left_to_claim' };
  return result;
}

function leftToClaim(facts: OrderFacts): number {
  const claimed = claimedQuantities(facts);
  return facts.lineItems.reduce((sum, line) => sum + Math.max(0, line.quantity - (claimed.get(line.id) ?? 0)), 0);
}

export function orderEligibility(facts: OrderFacts, policy: SellerPolicy, now: Date): OrderEligibility {
  const claimed = claimedQuantities(facts);
  const money = (amount: number) => ({ amount, currency: facts.payment.currency });
  return {
    object: 'order_eligibility',
    order_id: facts.id as OrderEligibility['order_id'],
    evaluated_at: now.toISOString(),
    refund_types: Object.fromEntries(
      REFUND_TYPES.map((type) => [type, refundWindow(facts, policy, type, now)]),
    ) as OrderEligibility['refund_types'],
    dispute_reasons: Object.fromEntries(
      DISPUTE_REASONS.map((reason) => [reason, disputeWindow(facts, policy, reason, now)]),
    ) as OrderEligibility['dispute_reasons'],
    items: facts.lineItems.map((line) => ({
      line_item_id: line.id,
      title: line.title,
      quantity: line.quantity,
      claimable_quantity: Math.max(0, line.quantity - (claimed.get(line.id) ?? 0)),
      unit_price: line.unit_price,
    })),
    captured: money(facts.payment.captured),
    refunded: money(facts.refunded),
    refundable: money(refundableAmount(facts)),
    open_refund_ids: facts.refunds
      .filter((refund) => !TERMINAL_REFUND_STATUSES.includes(refund.status))
      .map((r) => r.id),
    open_dispute_id: facts.disputes.find((dispute) => OPEN_DISPUTE_STATUSES.includes(dispute.status))?.id ?? null,
    policy: {
      return_window_days: policy.return_window_days,
      seller_response_hours: policy.seller_response_hours,
      replacement_response_hours: policy.replacement_response_hours,
      evidence: policy.evidence,
    },
  };
}

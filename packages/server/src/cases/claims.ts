import {
  OPEN_DISPUTE_STATUSES,
  REFUND_RESERVING_STATUSES,
  type ClaimItem,
  type DisputeStatus,
} from '@txassist/contract';
import { ProblemError } from '../http/problem.js';
import type { OrderFacts } from './order-facts.js';

const CLAIMING_DISPUTE_STATUSES: readonly DisputeStatus[] = [...OPEN_DISPUTE_STATUSES, 'settled', 'resolved_buyer'];

/** Quantities per line item already in live or successful claims (refund requests and disputes). */
export function claimedQuantities(facts: OrderFacts, exclude?: string): Map<string, number> {
  const claimed = new Map<string, number>();
  const add = (items: readonly ClaimItem[]) => {
    for (const item of items) claimed.set(item.line_item_id, (claimed.get(item.line_item_id) ?? 0) + item.quantity);
  };
  for (const refund of facts.refunds) {
    // A request made by settling a dispute is counted through that dispute.
    if (refund.id === exclude || refund.dispute_id) continue;
    if (refund.status !== 'rejected' && refund.status !== 'cancelled') add(refund.items);
  }
  for (const dispute of facts.disputes) {
    if (dispute.id === exclude) continue;
    if (CLAIMING_DISPUTE_STATUSES.includes(dispute.status)) add(dispute.items);
  }
  return claimed;
}

/** Money promised by open refund requests and not yet paid out. */
export function reservedAmount(facts: OrderFacts): number {
  return facts.refunds
    .filter((refund) => refund.type !== 'replacement' && REFUND_RESERVING_STATUSES.includes(refund.status))
    .reduce(
      (sum, refund) => sum + Math.max(0, (refund.approved_amount ?? refund.requested_amount) - refund.refunded_amount),
      0,
    );
}

/** What new claims may still add up to. */
export function refundableAmount(facts: OrderFacts): number {
  return Math.max(0, facts.payment.captured - facts.refunded - reservedAmount(facts));
}

/** Refuses items that are not in the order, repeated, or more than is left to claim. */
export function checkClaimItems(facts: OrderFacts, items: readonly ClaimItem[], claimed: Map<string, number>): void {
  const seen = new Set<string>();
  for (const [index, item] of items.entries()) {
    const line = facts.lineItems.find((candidate) => candidate.id === item.line_item_id);
    const left = line ? line.quantity - (claimed.get(item.line_item_id) ?? 0) : 0;
    if (!line || seen.has(item.line_item_id) || item.quantity > left) {
      throw new ProblemError(
        'claim_exceeds_order',
        line ? `Choose at most ${Math.max(0, left)} of "${line.title}", once.` : 'Choose items from this order.',
        {
          errors: [
            {
              path: `items.${index}`,
              code: 'claim_exceeds_order',
              message: line ? `at most ${Math.max(0, left)} can be claimed` : 'not an item of this order',
            },
          ],
        },
      );
    }
    seen.add(item.line_item_id);
  }
}

/** What the items are worth: the whole order total when every item is claimed at once, else the items' prices. */
export function claimAmount(facts: OrderFacts, items: readonly ClaimItem[], claimed: Map<string, number>): number {
  const everything =
    claimed.size === 0 &&
    facts.lineItems.every((line) =>
      items.some((item) => item.line_item_id === line.id && item.quantity === line.quantity),
    );
  if (everything) return facts.amounts.total.amount;
  return items.reduce((sum, item) => {
    const line = facts.lineItems.find((candidate) => candidate.id === item.line_item_id)!;
    return sum + line.unit_price.amount * item.quantity;
  }, 0);
}

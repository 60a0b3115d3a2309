import type { OrderStatus, PaymentDue } from '@txassist/contract';
import { ORDER_POLICY } from './policy.js';

/** Payment intent statuses a buyer can still pay from ("Pay now" resumes them). */
const PAYABLE_INTENT_STATUSES: readonly string[] = ['requires_payment_method', 'requires_action'];

/**
 * Whether an unpaid order can still be paid, and until when: it came from a checkout, its payment
 * intent waits for a (new) payment method or a step-up, and the unpaid window has not passed (after
 * it the expiry job cancels the order). `null` otherwise.
 */
export function paymentDue(
  status: OrderStatus,
  placedAt: Date,
  intent: { checkoutId: string | null; status: string | null },
  now: Date,
): PaymentDue | null {
  if (status !== 'unpaid' || !intent.checkoutId || !intent.status) return null;
  if (!PAYABLE_INTENT_STATUSES.includes(intent.status)) return null;
  const until = new Date(placedAt.getTime() + ORDER_POLICY.unpaidTtlMs);
  if (until.getTime() <= now.getTime()) return null;
  return { checkout_id: intent.checkoutId as `cko_${string}`, until: until.toISOString() };
}

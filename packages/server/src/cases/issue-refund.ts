import { ProblemError } from '../http/problem.js';
import type { Queryable } from '../db/database.js';
import { insertRefundTransaction } from '../store/refund-transactions.js';
import type { OrderFacts } from './order-facts.js';

/**
 * Sends money back through the order's payment. Call only while holding the order lock
 * (`loadOrderFacts(..., { lock: true })`): the check and the insert then see every other refund.
 */
export async function issueRefund(
  db: Queryable,
  facts: OrderFacts,
  amount: number,
  sourceId: string,
  now: Date,
): Promise<void> {
  if (amount <= 0) return;
  if (facts.refunded + amount > facts.payment.captured) {
    const left = Math.max(0, facts.payment.captured - facts.refunded);
    throw new ProblemError('refund_limit_exceeded', `At most ${left} (minor units) is left to refund on this order.`);
  }
  await insertRefundTransaction(
    db,
    {
      orderId: facts.id,
      amount,
      currency: facts.payment.currency,
      paymentIntentId: facts.payment.paymentIntentId,
      sourceId,
    },
    now,
  );
  facts.refunded += amount;
}

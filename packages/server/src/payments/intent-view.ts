import type { PaymentIntent } from '@txassist/contract';
import type { IntentRecord } from '../store/payments.js';

/** The API shape; buyers never see the risk assessment or the raw decline code. */
export function toPaymentIntent(record: IntentRecord, audience: 'buyer' | 'seller' | 'staff'): PaymentIntent {
  return {
    object: 'payment_intent',
    id: record.id,
    status: record.status,
    amount: record.amount,
    currency: record.currency,
    order_id: record.order_id,
    order_number: record.order_number,
    checkout_id: record.checkout_id,
    payment_method: record.method,
    next_action: record.next_action,
    last_payment_error: record.last_error
      ? {
          decline_code: record.last_error.decline_code,
          next_step: record.last_error.next_step,
          retryable: record.last_error.retryable,
        }
      : null,
    in_review: record.in_review,
    risk: audience === 'buyer' ? null : record.risk,
    created_at: record.created_at,
    updated_at: record.updated_at,
  };
}

import type { Money, PaymentIntent } from '@txassist/contract/types';
import type { PaymentPhase } from '@txassist/sdk';

/** What `tx-checkout-complete` carries: enough to thank the buyer, track the order and reconcile. */
export interface CheckoutConfirmation {
  readonly checkoutId: string | null;
  readonly orderId: string;
  readonly orderNumber: string;
  readonly paymentIntentId: string;
  readonly amount: Money;
  /** `succeeded` (paid), `cash_on_delivery` (pay the courier) or `on_hold` (payment under review). */
  readonly outcome: Extract<PaymentPhase, 'succeeded' | 'cash_on_delivery' | 'on_hold'>;
}

export function confirmationOf(intent: PaymentIntent, outcome: CheckoutConfirmation['outcome']): CheckoutConfirmation {
  return {
    checkoutId: intent.checkout_id,
    orderId: intent.order_id,
    orderNumber: intent.order_number,
    paymentIntentId: intent.id,
    amount: { amount: intent.amount, currency: intent.currency },
    outcome,
  };
}

import type { CheckoutConfirmation } from './checkout-confirmation.js';

/**
 * The order is placed (`event.confirmation`: order id and number, total, payment method;
 * `outcome` is `succeeded`, `cash_on_delivery`, or `on_hold` while the payment is reviewed before it goes through).
 */
export class TxCheckoutCompleteEvent extends Event {
  static readonly type = 'tx-checkout-complete';
  readonly confirmation: CheckoutConfirmation;

  constructor(confirmation: CheckoutConfirmation) {
    super(TxCheckoutCompleteEvent.type, { bubbles: true, composed: true });
    this.confirmation = confirmation;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tx-checkout-complete': TxCheckoutCompleteEvent;
  }
}

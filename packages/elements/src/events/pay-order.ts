/**
 * The buyer chose "Pay now" for an unpaid order (order hub detail, order tracker). The page opens
 * `tx-checkout-helper` with `checkout-id` set to `event.checkoutId`: it resumes the same checkout and
 * payment intent at the payment step, so the buyer pays the order they placed (never a new one).
 */
export class TxPayOrderEvent extends Event {
  static readonly type = 'tx-pay-order';
  readonly orderId: string;
  /** The order's number as the buyer knows it, e.g. `TX-1042`. */
  readonly orderNumber: string;
  /** The checkout to resume (`cko_…`, from `order.payment_due`). */
  readonly checkoutId: string;

  constructor(detail: { orderId: string; orderNumber: string; checkoutId: string }) {
    super(TxPayOrderEvent.type, { bubbles: true, composed: true });
    this.orderId = detail.orderId;
    this.orderNumber = detail.orderNumber;
    this.checkoutId = detail.checkoutId;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tx-pay-order': TxPayOrderEvent;
  }
}

/**
 * The buyer chose "Ask for a refund" for an order (order hub detail, while the order allows a refund
 * request). The page opens `tx-refund-request` with `order-id` set to `event.orderId`.
 */
export class TxRequestRefundEvent extends Event {
  static readonly type = 'tx-request-refund';
  readonly orderId: string;

  /** For the order the buyer chose (`ord_…`). */
  constructor(orderId: string) {
    super(TxRequestRefundEvent.type, { bubbles: true, composed: true });
    this.orderId = orderId;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tx-request-refund': TxRequestRefundEvent;
  }
}

/**
 * The buyer chose an order in the order hub (from the history or a message). Cancelable: call
 * `preventDefault()` to show the order your own way (e.g. route to an order page) instead of the
 * hub's detail view.
 */
export class TxOrderSelectEvent extends Event {
  static readonly type = 'tx-order-select';
  /** The order's id (`ord_…`). */
  readonly orderId: string;
  /** The order's number as the buyer knows it, e.g. `TX-1004`. */
  readonly orderNumber: string;

  constructor(orderId: string, orderNumber: string) {
    super(TxOrderSelectEvent.type, { bubbles: true, composed: true, cancelable: true });
    this.orderId = orderId;
    this.orderNumber = orderNumber;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tx-order-select': TxOrderSelectEvent;
  }
}

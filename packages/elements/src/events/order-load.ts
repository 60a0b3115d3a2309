import type { Order } from '@txassist/contract/types';

/** An order tracker finished loading its order (also after a retry or a change of `order-id`). */
export class TxOrderLoadEvent extends Event {
  static readonly type = 'tx-order-load';
  readonly order: Order;

  constructor(order: Order) {
    super(TxOrderLoadEvent.type, { bubbles: true, composed: true });
    this.order = order;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tx-order-load': TxOrderLoadEvent;
  }
}

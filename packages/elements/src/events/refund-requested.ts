import type { RefundRequest } from '@txassist/contract';

/** The buyer sent a refund, return or replacement request and the API stored it. */
export class TxRefundRequestedEvent extends Event {
  static readonly type = 'tx-refund-requested';
  readonly refund: RefundRequest;

  constructor(refund: RefundRequest) {
    super(TxRefundRequestedEvent.type, { bubbles: true, composed: true });
    this.refund = refund;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tx-refund-requested': TxRefundRequestedEvent;
  }
}

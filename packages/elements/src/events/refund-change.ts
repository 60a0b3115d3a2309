import type { RefundRequest } from '@txassist/contract';

/** What the buyer did on a refund request from the element. */
export type RefundChangeAction = 'accept_offer' | 'decline_offer' | 'mark_shipped' | 'cancel';

/** The buyer changed a refund request (answered an offer, shipped the return, cancelled) and the API saved it. */
export class TxRefundChangeEvent extends Event {
  static readonly type = 'tx-refund-change';
  readonly action: RefundChangeAction;
  readonly refund: RefundRequest;

  constructor(action: RefundChangeAction, refund: RefundRequest) {
    super(TxRefundChangeEvent.type, { bubbles: true, composed: true });
    this.action = action;
    this.refund = refund;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tx-refund-change': TxRefundChangeEvent;
  }
}

import type { Dispute } from '@txassist/contract';

/** What the buyer did on an open case from the dispute form. */
export type DisputeChangeAction =
  'accept_offer' | 'decline_offer' | 'escalate' | 'withdraw' | 'message' | 'provide_info';

/** The buyer changed a case (accepted or declined an offer, escalated, withdrew, wrote) and the API saved it. */
export class TxDisputeChangeEvent extends Event {
  static readonly type = 'tx-dispute-change';
  readonly action: DisputeChangeAction;
  /** The case as the API answered after the change. */
  readonly dispute: Dispute;

  constructor(action: DisputeChangeAction, dispute: Dispute) {
    super(TxDisputeChangeEvent.type, { bubbles: true, composed: true });
    this.action = action;
    this.dispute = dispute;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tx-dispute-change': TxDisputeChangeEvent;
  }
}

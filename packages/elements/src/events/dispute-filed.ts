import type { Dispute } from '@txassist/contract';

/** The buyer filed a dispute and the API stored it (once, however many times sending was retried). */
export class TxDisputeFiledEvent extends Event {
  static readonly type = 'tx-dispute-filed';
  readonly dispute: Dispute;

  constructor(dispute: Dispute) {
    super(TxDisputeFiledEvent.type, { bubbles: true, composed: true });
    this.dispute = dispute;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tx-dispute-filed': TxDisputeFiledEvent;
  }
}

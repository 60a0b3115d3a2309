import type { Dispute } from '@txassist/contract/types';
import { TxCaseEvent } from './case-event.js';

/** The buyer filed a dispute and the API stored it (once, however many times sending was retried). */
export class TxDisputeFiledEvent extends TxCaseEvent<[dispute: Dispute]> {
  static readonly type = 'tx-dispute-filed';
  protected static override readonly fields = ['dispute'];
  declare readonly dispute: Dispute;
}

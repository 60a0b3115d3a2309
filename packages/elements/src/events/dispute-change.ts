import type { Dispute } from '@txassist/contract/types';
import { TxCaseEvent } from './case-event.js';

/** What the buyer did on an open case from the dispute form. */
export type DisputeChangeAction =
  'accept_offer' | 'decline_offer' | 'escalate' | 'withdraw' | 'message' | 'provide_info';

/** The buyer changed a case (accepted or declined an offer, escalated, withdrew, wrote) and the API saved it. */
export class TxDisputeChangeEvent extends TxCaseEvent<[action: DisputeChangeAction, dispute: Dispute]> {
  static readonly type = 'tx-dispute-change';
  protected static override readonly fields = ['action', 'dispute'];
  declare readonly action: DisputeChangeAction;
  /** The case as the API answered after the change. */
  declare readonly dispute: Dispute;
}

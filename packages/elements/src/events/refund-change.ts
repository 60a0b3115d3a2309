import type { RefundRequest } from '@txassist/contract/types';
import { TxCaseEvent } from './case-event.js';

/** What the buyer did on a refund request from the element. */
export type RefundChangeAction = 'accept_offer' | 'decline_offer' | 'mark_shipped' | 'cancel';

/** The buyer changed a refund request (answered an offer, shipped the return, cancelled) and the API saved it. */
export class TxRefundChangeEvent extends TxCaseEvent<[action: RefundChangeAction, refund: RefundRequest]> {
  static readonly type = 'tx-refund-change';
  protected static override readonly fields = ['action', 'refund'];
  declare readonly action: RefundChangeAction;
  declare readonly refund: RefundRequest;
}

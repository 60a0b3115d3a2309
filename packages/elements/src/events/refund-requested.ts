import type { RefundRequest } from '@txassist/contract/types';
import { TxCaseEvent } from './case-event.js';

/** The buyer sent a refund, return or replacement request and the API stored it. */
export class TxRefundRequestedEvent extends TxCaseEvent<[refund: RefundRequest]> {
  static readonly type = 'tx-refund-requested';
  protected static override readonly fields = ['refund'];
  declare readonly refund: RefundRequest;
}

/** What a case in the order hub is: a dispute (`dsp_…`) or a refund, return or replacement request (`ref_…`). */
export type CaseKind = 'dispute' | 'refund';

/**
 * The buyer chose one of an order's cases (a dispute or a refund request) in the order hub's detail
 * view. The hub has no view of a case itself: open `<tx-dispute-form dispute-id=…>` or
 * `<tx-refund-request refund-id=…>` for it, and call `preventDefault()` to tell the hub you did.
 */
export class TxCaseSelectEvent extends Event {
  static readonly type = 'tx-case-select';
  /** The order the case is about (`ord_…`). */
  readonly orderId: string;
  /** The case's id: `dsp_…` for a dispute, `ref_…` for a refund request. */
  readonly caseId: string;
  /** `dispute` or `refund` (refund, return and refund, or replacement request). */
  readonly kind: CaseKind;

  constructor(orderId: string, caseId: string, kind: CaseKind) {
    super(TxCaseSelectEvent.type, { bubbles: true, composed: true, cancelable: true });
    this.orderId = orderId;
    this.caseId = caseId;
    this.kind = kind;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tx-case-select': TxCaseSelectEvent;
  }
}

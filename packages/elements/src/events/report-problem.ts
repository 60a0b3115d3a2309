/** Why the tracker offers help for a shipment. */
export type ShipmentProblem = 'exception' | 'failed_attempt' | 'expired' | 'late' | 'not_received';

/** What the buyer chose to do about it. */
export type ReportProblemAction = 'contact_seller' | 'report_not_received' | 'get_help';

/**
 * The buyer asked for help with a shipment from the order tracker: contact the seller, report it
 * not received, or get help. The page decides what happens next (open a chat, the dispute form, the
 * help assistant); the tracker only explains the problem and offers the choices.
 */
export class TxReportProblemEvent extends Event {
  static readonly type = 'tx-report-problem';
  /** What the buyer chose. */
  readonly action: ReportProblemAction;
  /** Why the tracker showed the choices, e.g. `late` or `not_received` ("delivered, but it didn't arrive"). */
  readonly problem: ShipmentProblem;
  readonly orderId: string;
  readonly shipmentId: string;
  readonly trackingNumber: string;

  constructor(detail: {
    action: ReportProblemAction;
    problem: ShipmentProblem;
    orderId: string;
    shipmentId: string;
    trackingNumber: string;
  }) {
    super(TxReportProblemEvent.type, { bubbles: true, composed: true });
    this.action = detail.action;
    this.problem = detail.problem;
    this.orderId = detail.orderId;
    this.shipmentId = detail.shipmentId;
    this.trackingNumber = detail.trackingNumber;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tx-report-problem': TxReportProblemEvent;
  }
}

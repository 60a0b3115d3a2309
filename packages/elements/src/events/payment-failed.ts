/**
 * A payment attempt failed; the buyer sees guidance in their language and everything they typed
 * (except the card details) is kept. `code` is the API's stable code (`card_declined`, or
 * `verification_locked` after too many wrong codes); `declineCode` the gateway's buyer-safe decline code when there is one.
 */
export class TxPaymentFailedEvent extends Event {
  static readonly type = 'tx-payment-failed';
  readonly code: string;
  readonly declineCode: string | undefined;
  /** Whether the buyer can try again (another card, the same card later, another method). */
  readonly retryable: boolean;

  constructor(code: string, declineCode: string | undefined, retryable: boolean) {
    super(TxPaymentFailedEvent.type, { bubbles: true, composed: true });
    this.code = code;
    this.declineCode = declineCode;
    this.retryable = retryable;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tx-payment-failed': TxPaymentFailedEvent;
  }
}

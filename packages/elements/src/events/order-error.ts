import type { LoadFailureCode } from '../internal/load-failure.js';

/** An order tracker could not load its order; the buyer sees `code`'s message and next step. */
export class TxOrderErrorEvent extends Event {
  static readonly type = 'tx-order-error';
  /** Stable code of what went wrong, e.g. `not_found`, `network_error`. */
  readonly code: LoadFailureCode;
  /** Whether trying again can help (the tracker then shows a Retry button). */
  readonly retryable: boolean;
  /** What the SDK threw, for logging. */
  readonly error: unknown;

  constructor(code: LoadFailureCode, retryable: boolean, error: unknown) {
    super(TxOrderErrorEvent.type, { bubbles: true, composed: true });
    this.code = code;
    this.retryable = retryable;
    this.error = error;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tx-order-error': TxOrderErrorEvent;
  }
}

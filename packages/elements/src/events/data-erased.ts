import type { ErasureResult } from '@txassist/contract/types';

/** The buyer's personal data was erased; their session has ended. `result.kept` says what the law keeps. */
export class TxDataErasedEvent extends Event {
  static readonly type = 'tx-data-erased';
  readonly result: ErasureResult;

  constructor(result: ErasureResult) {
    super(TxDataErasedEvent.type, { bubbles: true, composed: true });
    this.result = result;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tx-data-erased': TxDataErasedEvent;
  }
}

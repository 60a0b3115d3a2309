import type { TxDisputeChangeEvent } from './dispute-change.js';
import type { TxDisputeFiledEvent } from './dispute-filed.js';
import type { TxRefundChangeEvent } from './refund-change.js';
import type { TxRefundRequestedEvent } from './refund-requested.js';

/**
 * What the events of the dispute form and the refund request share: they bubble out of the element's
 * shadow root and carry what the API answered as fields named by the kind (`action`, `dispute`,
 * `refund`). A kind declares its `type`, its field names in `fields` and their types; its constructor
 * takes the fields' values in that order.
 */
export abstract class TxCaseEvent<Values extends readonly unknown[]> extends Event {
  /** The kind's field names, in the order its constructor takes their values. */
  declare protected static readonly fields: readonly string[];

  constructor(...values: Values) {
    const kind = new.target as unknown as { readonly type: string; readonly fields: readonly string[] };
    super(kind.type, { bubbles: true, composed: true });
    kind.fields.forEach((name, index) => ((this as unknown as Record<string, unknown>)[name] = values[index]));
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tx-dispute-filed': TxDisputeFiledEvent;
    'tx-dispute-change': TxDisputeChangeEvent;
    'tx-refund-requested': TxRefundRequestedEvent;
    'tx-refund-change': TxRefundChangeEvent;
  }
}

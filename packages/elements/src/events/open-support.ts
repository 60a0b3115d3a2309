/**
 * The buyer chose "Read the reply" on a support reply in the order hub's inbox. The page opens
 * `tx-help-assistant` (with `order-id` set to `event.orderId`) and its "Talk to a person" view, where
 * the conversation `event.conversationId` is.
 */
export class TxOpenSupportEvent extends Event {
  static readonly type = 'tx-open-support';
  /** The support conversation (`conv_…`) the reply belongs to. */
  readonly conversationId: string;
  /** The order it is about. */
  readonly orderId: string;

  constructor(detail: { conversationId: string; orderId: string }) {
    super(TxOpenSupportEvent.type, { bubbles: true, composed: true });
    this.conversationId = detail.conversationId;
    this.orderId = detail.orderId;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tx-open-support': TxOpenSupportEvent;
  }
}

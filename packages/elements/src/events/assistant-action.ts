import type { Suggestion, SuggestionAction, SuggestionCode } from '@txassist/contract/types';

/**
 * The buyer chose a help assistant suggestion's next step. The page carries it out: resume the
 * checkout with another card, open the dispute form, show the refund or the order.
 */
export class TxAssistantActionEvent extends Event {
  static readonly type = 'tx-assistant-action';

  /** The event for a suggestion's next step. */
  static fromSuggestion({ code, action }: Suggestion): TxAssistantActionEvent {
    const { type, order_id: orderId, checkout_id: checkoutId, case_id: caseId } = action;
    return new TxAssistantActionEvent({ action: type, code, orderId, checkoutId, caseId });
  }
  /** What to do, e.g. `try_another_card` or `report_problem` (a newer server may send others). */
  readonly action: SuggestionAction | (string & {});
  /** Why the assistant offered it: the suggestion's code, e.g. `payment_failed`. */
  readonly code: SuggestionCode | (string & {});
  readonly orderId: string;
  /** `try_another_card`: the checkout to resume. */
  readonly checkoutId: string | null;
  /** `reply_to_dispute` / `view_refund`: the dispute or refund request. */
  readonly caseId: string | null;

  constructor(detail: {
    action: string;
    code: string;
    orderId: string;
    checkoutId: string | null;
    caseId: string | null;
  }) {
    super(TxAssistantActionEvent.type, { bubbles: true, composed: true });
    this.action = detail.action;
    this.code = detail.code;
    this.orderId = detail.orderId;
    this.checkoutId = detail.checkoutId;
    this.caseId = detail.caseId;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tx-assistant-action': TxAssistantActionEvent;
  }
}

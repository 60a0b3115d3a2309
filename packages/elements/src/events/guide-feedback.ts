/**
 * What a buyer told the help assistant's guides: a guide was helpful or not ("Was this helpful?"),
 * or a search found no guide (a search miss: the words the guides lack). Nothing personal beyond
 * what the buyer typed into the guide search; the page may send it on to its analytics.
 */
export class TxGuideFeedbackEvent extends Event {
  static readonly type = 'tx-guide-feedback';
  /** `helpful`: an answer to "Was this helpful?"; `search_miss`: a search with no guide. */
  readonly kind: 'helpful' | 'search_miss';
  /** `helpful`: the guide, e.g. `track_parcel`; `search_miss`: `null`. */
  readonly guideId: string | null;
  /** `helpful`: the answer; `search_miss`: `null`. */
  readonly helpful: boolean | null;
  /** `search_miss`: what the buyer searched for; `helpful`: `null`. */
  readonly query: string | null;
  /** The language of the guides the buyer read or searched. */
  readonly locale: string;

  constructor(
    detail:
      | { kind: 'helpful'; guideId: string; helpful: boolean; locale: string }
      | { kind: 'search_miss'; query: string; locale: string },
  ) {
    super(TxGuideFeedbackEvent.type, { bubbles: true, composed: true });
    this.kind = detail.kind;
    this.locale = detail.locale;
    this.guideId = detail.kind === 'helpful' ? detail.guideId : null;
    this.helpful = detail.kind === 'helpful' ? detail.helpful : null;
    this.query = detail.kind === 'search_miss' ? detail.query : null;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tx-guide-feedback': TxGuideFeedbackEvent;
  }
}

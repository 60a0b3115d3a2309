import { TxRatingPrompt } from './rating-prompt.js';

/** Registers `tx-rating-prompt` (internal: the elements import this with `import()` when they show it). */
if (!customElements.get('tx-rating-prompt')) customElements.define('tx-rating-prompt', TxRatingPrompt);

declare global {
  interface HTMLElementTagNameMap {
    'tx-rating-prompt': TxRatingPrompt;
  }
}

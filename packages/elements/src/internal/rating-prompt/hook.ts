import { html, nothing } from 'lit';
import type { TxElement } from '../tx-element.js';

let loading: Promise<unknown> | undefined;

/**
 * The rating prompt for a resolved case or a closed conversation, in the host's shadow root: loads
 * its chunk on first use (the element upgrades when it arrives). The prompt takes the host's client
 * settings itself (rating-prompt.ts), so it calls the API as the host does (or through `tx-provider`);
 * this hook stays small because every host bundles it.
 */
export function ratingPrompt(
  host: TxElement<unknown>,
  subject: { type: 'case' | 'conversation'; id: string },
  show: boolean,
) {
  if (!show) return nothing;
  loading ??= import('./define.js').catch(() => (loading = undefined));
  return html`<tx-rating-prompt part="rating-prompt" .host=${host} .subject=${subject}></tx-rating-prompt>`;
}

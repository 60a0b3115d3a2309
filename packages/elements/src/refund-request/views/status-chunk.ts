import { html, type ReactiveControllerHost } from 'lit';
import { LazyView } from '../../internal/lazy-view.js';
import type { StatusViewOptions } from './status-view.js';

/**
 * The request's status (the seller's answer, counter-offer, return label, refund): a chunk of its own,
 * imported the first time a request is shown; a neutral placeholder stands in meanwhile.
 */
export class StatusChunk extends LazyView<typeof import('./status-view.js')> {
  constructor(host: ReactiveControllerHost) {
    super(host, () => import('./status-view.js'));
  }

  render(options: StatusViewOptions) {
    if (this.module) return this.module.renderStatus(options);
    void this.load();
    return html`<p class="muted" aria-busy="true">${options.translator.t('refund.loading')}</p>`;
  }
}

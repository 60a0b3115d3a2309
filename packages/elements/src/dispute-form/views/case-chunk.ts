import type { MessageBundle } from '@txassist/sdk/i18n';
import { html, type ReactiveControllerHost } from 'lit';
import { LazyView } from '../../internal/lazy-view.js';
import type { CaseViewOptions } from './case-view.js';

/**
 * The case (status, offers and decisions, the mediation thread, withdrawal): a chunk of its own, imported
 * the first time a dispute is shown, with its words (the `mediation` namespace, in the language shown);
 * the loading skeleton stands in meanwhile.
 */
export class CaseChunk extends LazyView<typeof import('./case-view.js')> {
  /** `words`: the element's catalog, which the chunk's namespace joins (`LocaleController.add`). */
  constructor(
    host: ReactiveControllerHost,
    words: { add(bundles: readonly MessageBundle[]): Promise<void> | undefined },
  ) {
    super(host, () =>
      import('./case-view.js').then(async (view) => {
        await words.add([view.caseWords]);
        return view;
      }),
    );
  }

  render(options: CaseViewOptions) {
    if (this.module) return this.module.renderCase(options);
    void this.load();
    return html`<p class="muted" aria-busy="true">${options.translator.t('dispute.loading')}</p>
      <div class="skeleton" aria-hidden="true"></div>`;
  }
}

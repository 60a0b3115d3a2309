import type { MessageBundle } from '@txassist/sdk/i18n';
import { html, type ReactiveControllerHost } from 'lit';
import { LazyView, settled } from '../internal/lazy-view.js';
import type { HubTab } from './tabs.js';

/** The element's catalog, which a chunk's namespaces join (`LocaleController.add`). */
interface Words {
  add(bundles: readonly MessageBundle[]): Promise<void> | undefined;
}

/** Imports a view's chunk, then its words in the language shown: the view shows once both are there. */
function withWords<Module>(
  importer: () => Promise<Module>,
  words: Words,
  bundlesOf: (module: Module) => readonly MessageBundle[],
): () => Promise<Module> {
  return () =>
    importer().then(async (module) => {
      await words.add(bundlesOf(module));
      return module;
    });
}

/**
 * The hub's views that its first render (the order history) does not show, each a chunk of its own with its
 * words: the order detail (`order` namespace), the Messages tab (`inbox`, with `order` and `privacy`) and the
 * Notification settings tab (`privacy`). Each loads the first time it is shown; a neutral placeholder stands in
 * meanwhile. The lists' data still load at first render (the unread count is on the Messages tab).
 */
export class HubViews {
  readonly detail: LazyView<typeof import('./detail.js')>;
  readonly inbox: LazyView<typeof import('./inbox.js')>;
  readonly preferences: LazyView<typeof import('./preferences-view.js')>;
  /** The chunks the render in progress shows (what `settled` waits for). */
  #shown: LazyView<unknown>[] = [];

  constructor(host: ReactiveControllerHost, words: Words) {
    this.detail = new LazyView(
      host,
      withWords(
        () => import('./detail.js'),
        words,
        (view) => [view.orderWords],
      ),
    );
    this.inbox = new LazyView(
      host,
      withWords(
        () => import('./inbox.js'),
        words,
        (view) => view.inboxWords,
      ),
    );
    this.preferences = new LazyView(
      host,
      withWords(
        () => import('./preferences-view.js'),
        words,
        (view) => [view.preferencesWords],
      ),
    );
  }

  /** Before a render: loads what it shows (the open tab, and an order in detail even behind another tab). */
  prepare(tab: HubTab, detailOpen: boolean): void {
    this.#shown = [];
    if (detailOpen) this.#shown.push(this.detail);
    if (tab === 'inbox') this.#shown.push(this.inbox);
    if (tab === 'preferences') this.#shown.push(this.preferences);
    for (const view of this.#shown) void view.load();
  }

  /** `updateComplete` that also waits for a chunk the render shows and the render that shows it. */
  settled(updateComplete: () => Promise<boolean>): Promise<boolean> {
    return settled(this.#shown, updateComplete);
  }
}

/** What a tab shows while its chunk loads. */
export const viewLoading = html`<div class="skeleton" aria-busy="true">
  <div class="bone"></div>
  <div class="bone bone-short"></div>
</div>`;

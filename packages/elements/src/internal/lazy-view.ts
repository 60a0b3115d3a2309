import type { CSSResult, ReactiveControllerHost } from 'lit';

/**
 * A view in a chunk of its own (a secondary or rarely seen part of an element): `load()` imports it on
 * first use and re-renders the host when it is there; until then `module` is `undefined` and the host
 * shows a neutral loading state. A chunk that failed to load (e.g. offline) is tried again next time.
 */
export class LazyView<Module> {
  module: Module | undefined;
  #loading: Promise<void> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly importer: () => Promise<Module>,
  ) {}

  load(): Promise<void> {
    return (this.#loading ??= this.importer().then(
      (module) => {
        this.module = module;
        this.host.requestUpdate();
      },
      () => void (this.#loading = undefined),
    ));
  }

  /** The load in flight (an element's `updateComplete` waits for it), `undefined` when none is. */
  get pending(): Promise<void> | undefined {
    return this.module ? undefined : this.#loading;
  }
}

/**
 * Adds the styles of a lazily loaded view to the element's shadow root (once), after the styles the
 * element adopted itself, as if they were the last entry of its `static styles`.
 */
export function adoptLazyStyles(root: ShadowRoot | undefined, styles: CSSResult): void {
  const sheet = styles.styleSheet;
  if (!root) return;
  if (sheet) {
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return;
  }
  // No constructable style sheets: a <style> element, with Lit's nonce for a strict CSP.
  if (root.querySelector(`style[data-lazy="${styles.cssText.length}"]`)) return;
  const style = document.createElement('style');
  const nonce = (globalThis as { litNonce?: string }).litNonce;
  if (nonce) style.setAttribute('nonce', nonce);
  style.dataset.lazy = String(styles.cssText.length);
  style.textContent = styles.cssText;
  root.append(style);
}

/**
 * `updateComplete` that also waits for a chunk of `views` in flight and the render that shows it, so code
 * that awaits it (focus after a step, tests) sees the finished view.
 */
export async function settled(
  views: readonly LazyView<unknown>[],
  updateComplete: () => Promise<boolean>,
): Promise<boolean> {
  let complete = await updateComplete();
  for (let chunks = pendingOf(views); chunks; chunks = pendingOf(views)) {
    await chunks;
    complete = await updateComplete();
  }
  return complete;
}

function pendingOf(views: readonly LazyView<unknown>[]): Promise<unknown> | undefined {
  const pending = views.map((view) => view.pending).filter(Boolean);
  return pending.length ? Promise.all(pending) : undefined;
}

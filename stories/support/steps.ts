import type { ReactiveElement } from 'lit';
import { ref } from 'lit/directives/ref.js';

/** Something the user (or the browser) does after the first render, to show a state reached by interaction. */
export type Step<E extends ReactiveElement> = (element: E) => Promise<void> | void;

const started = new WeakSet<Element>();

/**
 * Runs `steps` once per rendered element, after its first update. A `ref` rather than a `play`
 * function, so the story shows the state wherever it renders: in Storybook and in the tests that
 * render every story.
 */
export function afterRender<E extends ReactiveElement>(steps: readonly Step<E>[] | undefined) {
  return ref((element) => {
    if (!element || !steps?.length || started.has(element)) return;
    started.add(element);
    const host = element as E;
    void (async () => {
      await host.updateComplete;
      for (const step of steps) {
        await step(host);
        await host.updateComplete;
      }
    })();
  });
}

/** The element in `host`'s shadow root matching `selector`; throws (the story is wrong) when there is none. */
export function inShadow<T extends HTMLElement = HTMLElement>(host: Element, selector: string): T {
  const found = host.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`story step: nothing matches ${selector}`);
  return found;
}

/**
 * What `selector` matches in `host`'s shadow root once it is there: a secondary view loads with
 * `import()` after the click that opens it, so a later step may have to wait for its chunk. Throws
 * (the story is wrong) when nothing matches within `withinMs`.
 */
export async function shownInShadow<T extends HTMLElement = HTMLElement>(
  host: Element,
  selector: string,
  withinMs = 5_000,
): Promise<T> {
  const until = Date.now() + withinMs;
  for (;;) {
    const found = host.shadowRoot?.querySelector<T>(selector);
    if (found) return found;
    if (Date.now() > until) return inShadow<T>(host, selector);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** A step that clicks what `selector` matches in the element's shadow root (once it is shown). */
export const click =
  <E extends ReactiveElement>(selector: string): Step<E> =>
  async (host) =>
    (await shownInShadow(host, selector)).click();

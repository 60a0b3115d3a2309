/** Test DOM helpers: mount markup in a landmark (as on a real page), wait for conditions, query shadow DOM. */

const mounted: HTMLElement[] = [];

/**
 * Mounts `markup` inside a `<main>` and returns its first element child. Custom elements get their
 * first update awaited. Call `cleanupFixtures()` in `afterEach`.
 */
export async function fixture<T extends Element = HTMLElement>(markup: string | Element): Promise<T> {
  const main = document.createElement('main');
  if (typeof markup === 'string') main.innerHTML = markup;
  else main.append(markup);
  document.body.append(main);
  mounted.push(main);
  const element = main.firstElementChild as T | null;
  if (!element) throw new Error('fixture markup has no element');
  await settle(main);
  return element;
}

/** Awaits `updateComplete` of every Lit element inside `root` (light DOM). */
export async function settle(root: Element): Promise<void> {
  const elements = [root, ...root.querySelectorAll('*')];
  await Promise.all(
    elements.map((element) => (element as Partial<{ updateComplete: Promise<unknown> }>).updateComplete),
  );
}

export function cleanupFixtures(): void {
  for (const main of mounted.splice(0)) main.remove();
}

/** Polls `predicate` every animation frame until it is truthy; fails with `message` after `timeout` ms. */
export async function waitUntil<T>(predicate: () => T, message: string, timeout = 10_000): Promise<NonNullable<T>> {
  const deadline = performance.now() + timeout;
  for (;;) {
    const value = predicate();
    if (value) return value as NonNullable<T>;
    if (performance.now() > deadline) throw new Error(`Timed out after ${timeout} ms waiting until ${message}`);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

/** Resolves with the next event of `type` dispatched on `target`. */
export function nextEvent<E extends Event>(target: EventTarget, type: string): Promise<E> {
  return new Promise((resolve) => target.addEventListener(type, (event) => resolve(event as E), { once: true }));
}

/** `querySelector` inside an element's shadow root. */
export function shadowQuery<T extends Element = HTMLElement>(host: Element, selector: string): T | null {
  return host.shadowRoot?.querySelector<T>(selector) ?? null;
}

/** `text` with every run of whitespace (no-break spaces from Intl included) made one space. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Text of a node with whitespace collapsed. */
export function textOf(node: Element | null | undefined): string {
  return collapseWhitespace(node?.textContent ?? '');
}

/** The element that has focus, looking through shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

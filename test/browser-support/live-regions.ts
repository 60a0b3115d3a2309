/**
 * What a screen reader hears from live regions, recorded: every `role="status"`, `role="alert"`,
 * `role="log"` or `aria-live` region in the page and in every open shadow root (found again after
 * each change, so regions of elements mounted later count), and each time one's text changes to
 * something non-empty, one line `<element> <role>: <text>` (emptied regions say nothing).
 */
const LIVE = '[role="status"], [role="alert"], [role="log"], [aria-live="polite"], [aria-live="assertive"]';

export interface Heard {
  readonly element: string;
  readonly role: string;
  readonly text: string;
}

function liveRegionsIn(root: Document | ShadowRoot, found: Element[], roots: (Document | ShadowRoot)[]): void {
  roots.push(root);
  for (const element of root.querySelectorAll('*')) {
    if (element.matches(LIVE) && element.getAttribute('aria-live') !== 'off') found.push(element);
    if (element.shadowRoot) liveRegionsIn(element.shadowRoot, found, roots);
  }
}

/** Starts recording; `heard()` is what was said since, `stop()` ends it. */
export function recordLiveRegions(): { heard(): readonly Heard[]; lines(): string[]; stop(): void } {
  const heard: Heard[] = [];
  /** The raw text each region had when last seen: a change of the raw text is heard (the same words made different too). */
  const last = new WeakMap<Element, string>();
  const observed = new WeakSet<Node>();
  const observer = new MutationObserver(() => scan());

  function scan(): void {
    const regions: Element[] = [];
    const roots: (Document | ShadowRoot)[] = [];
    liveRegionsIn(document, regions, roots);
    for (const root of roots) {
      if (observed.has(root)) continue;
      observed.add(root);
      observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
    }
    for (const region of regions) {
      // A region inside another live region is heard through the outer one.
      if (region.parentElement?.closest(LIVE)) continue;
      const raw = region.textContent ?? '';
      const previous = last.get(region) ?? '';
      last.set(region, raw);
      const text = raw.replace(/\s+/g, ' ').trim();
      if (raw === previous || !text) continue;
      const root = region.getRootNode();
      heard.push({
        element: root instanceof ShadowRoot ? root.host.localName : 'page',
        role: region.getAttribute('role') ?? `aria-live=${region.getAttribute('aria-live')}`,
        text,
      });
    }
  }

  scan();
  return {
    heard: () => (scan(), heard),
    lines: () => (scan(), heard.map(({ element, role, text }) => `${element} ${role}: ${text}`)),
    stop: () => observer.disconnect(),
  };
}

/**
 * Applies the buyer's Display setting to txassist elements (loaded with `import()` by every element
 * and by `tx-provider`, so the setting costs the element bundles almost nothing). Inside a provider an
 * element takes the setting from the provider's context; without one, from the device's storage.
 */
import type { ReactiveController, ReactiveElement } from 'lit';
import { displayCss } from '../theme/display.styles.js';
import type { TxContextConsumer } from '../provider/context.js';
import type { DisplayViewSlot } from './tx-element.js';
import { currentDisplay, onDisplayChange, sameDisplay, type DisplaySettings } from './display-store.js';

/** One constructed sheet per setting, shared by every element of this library copy. */
const sheets = new Map<string, CSSStyleSheet>();

function sheetFor(settings: DisplaySettings): CSSStyleSheet {
  const key = `${settings.textScale}|${settings.contrast}`;
  let sheet = sheets.get(key);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(displayCss(settings));
    sheets.set(key, sheet);
  }
  return sheet;
}

const ours = new Set<CSSStyleSheet>();

/** Puts the setting's sheet last in the root's adopted sheets, instead of the one there before. */
function adopt(root: ShadowRoot, settings: DisplaySettings): void {
  const sheet = sheetFor(settings);
  ours.add(sheet);
  const others = root.adoptedStyleSheets.filter((each) => !ours.has(each));
  root.adoptedStyleSheets = [...others, sheet];
}

class DisplayController implements ReactiveController {
  #applied: DisplaySettings | undefined;
  #stored = currentDisplay();
  #stop: (() => void) | undefined;

  constructor(
    private readonly host: ReactiveElement,
    private readonly fromProvider: () => DisplaySettings | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#stop ??= onDisplayChange((settings) => {
      this.#stored = settings;
      this.hostUpdated();
    });
    this.hostUpdated();
  }

  hostDisconnected(): void {
    this.#stop?.();
    this.#stop = undefined;
  }

  hostUpdated(): void {
    const root = this.host.shadowRoot;
    const settings = this.fromProvider() ?? this.#stored;
    if (!root || typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in root)) return;
    if (sameDisplay(settings, this.#applied) && root.adoptedStyleSheets.includes(sheetFor(settings))) return;
    this.#applied = settings;
    adopt(root, settings);
  }
}

const followed = new WeakSet<ReactiveElement>();

/**
 * Makes `host` follow the Display setting (once per element; called from its `connectedCallback`):
 * its provider's (the protected `context` of `TxElement`), else the device's. The default export: the
 * call sits in every element's eager bundle, where an export name is bytes.
 */
export default function followDisplay(host: ReactiveElement): void {
  // `tx-provider` (it has a `display` property) keeps it for its context instead.
  if ('display' in host) return provide(host as ReactiveElement & { display: DisplaySettings | undefined });
  if (followed.has(host)) return;
  followed.add(host);
  const { context } = host as unknown as { context?: TxContextConsumer };
  const controller = new DisplayController(host, () => context?.value?.display);
  // An element that shows the setting (privacy centre, help assistant) gave the view's importer.
  const shows = host as unknown as { displayView?: DisplayViewSlot };
  const load = shows.displayView;
  if (typeof load === 'function')
    void load().then((view) => {
      shows.displayView = view;
      host.requestUpdate();
    });
  if (host.isConnected) controller.hostConnected();
}

/** Keeps a provider's `display` property at the device's setting, for its context. */
function provide(provider: ReactiveElement & { display: DisplaySettings | undefined }): void {
  if (followed.has(provider)) return;
  followed.add(provider);
  provider.display = currentDisplay();
  let stop: (() => void) | undefined;
  const controller: ReactiveController = {
    hostConnected: () => {
      provider.display = currentDisplay();
      stop ??= onDisplayChange((settings) => (provider.display = settings));
    },
    hostDisconnected: () => {
      stop?.();
      stop = undefined;
    },
  };
  provider.addController(controller);
  if (provider.isConnected) controller.hostConnected?.();
}

/**
 * The buyer's Display setting (text size and contrast), remembered on the device in `localStorage`.
 * One page may carry several copies of this library (one CDN bundle per element): they agree through
 * the stored value and a `tx-display-change` event on `window` (other tabs: the `storage` event).
 */

/** Text sizes the buyer can pick, as multipliers of the font-size tokens (100 % to 200 %). */
export const TEXT_SCALES = [1, 1.25, 1.5, 1.75, 2] as const;

export type TextScale = (typeof TEXT_SCALES)[number];

/** `more`: the high-contrast token set; `standard`: the theme's colours (or `prefers-contrast: more`). */
export type Contrast = 'standard' | 'more';

export interface DisplaySettings {
  readonly textScale: TextScale;
  readonly contrast: Contrast;
}

export const DEFAULT_DISPLAY: DisplaySettings = { textScale: 1, contrast: 'standard' };

/** The `localStorage` key (documented in docs/theming.md). */
export const DISPLAY_KEY = 'txassist-display';
export const DISPLAY_EVENT = 'tx-display-change';

/** A stored or given value as settings; anything unknown falls back to the default, field by field. */
export function parseDisplay(value: unknown): DisplaySettings {
  const given = (typeof value === 'object' && value) || {};
  const scale = (given as { textScale?: unknown }).textScale;
  const contrast = (given as { contrast?: unknown }).contrast;
  return {
    textScale: TEXT_SCALES.find((each) => each === scale) ?? DEFAULT_DISPLAY.textScale,
    contrast: contrast === 'more' ? 'more' : 'standard',
  };
}

/** The setting stored on this device; the default when there is none or storage is blocked. */
export function storedDisplay(): DisplaySettings {
  try {
    return parseDisplay(JSON.parse(localStorage.getItem(DISPLAY_KEY) ?? 'null'));
  } catch {
    return DEFAULT_DISPLAY;
  }
}

/**
 * Stores the setting and tells every txassist element on the page (every library copy). With
 * storage blocked (private modes, sandboxed frames) it still applies to this page until reload.
 */
export function saveDisplay(settings: DisplaySettings): void {
  const clean = parseDisplay(settings);
  try {
    localStorage.setItem(DISPLAY_KEY, JSON.stringify(clean));
  } catch {
    // Not remembered, but still applied below.
  }
  lastSaved = clean;
  dispatchEvent(new CustomEvent(DISPLAY_EVENT, { detail: clean }));
}

/** What this page saved last when storage refused it. */
let lastSaved: DisplaySettings | undefined;

/** The current setting: stored, else what this page saved while storage was blocked. */
export function currentDisplay(): DisplaySettings {
  const stored = storedDisplay();
  return stored === DEFAULT_DISPLAY && lastSaved ? lastSaved : stored;
}

/** Calls `listener` with the new setting whenever it changes (this page, another library copy, another tab). */
export function onDisplayChange(listener: (settings: DisplaySettings) => void): () => void {
  const onEvent = (event: Event) => {
    if (event.type === 'storage' && (event as StorageEvent).key !== DISPLAY_KEY) return;
    const detail = (event as CustomEvent<unknown>).detail;
    listener(event.type === DISPLAY_EVENT && detail ? parseDisplay(detail) : currentDisplay());
  };
  addEventListener(DISPLAY_EVENT, onEvent);
  addEventListener('storage', onEvent);
  return () => {
    removeEventListener(DISPLAY_EVENT, onEvent);
    removeEventListener('storage', onEvent);
  };
}

/** Two settings say the same. */
export const sameDisplay = (a: DisplaySettings | undefined, b: DisplaySettings | undefined): boolean =>
  a?.textScale === b?.textScale && a?.contrast === b?.contrast;

/**
 * The Display toolbar switches (text size, contrast) applied the way the buyer's own choice is: written
 * as the device's Display setting (`localStorage` key `txassist-display`) and announced with the
 * `tx-display-change` event on `window` — the protocol every copy of the library follows (docs/theming.md).
 * `tx-provider` reads it into its context and every element adopts the setting's style sheet, so the
 * stories show exactly what a buyer with that setting sees (no second implementation of the setting).
 */
import { storyGlobals } from './globals.js';

/** Documented in docs/theming.md; the elements' `internal/display-store.ts` owns them. */
const DISPLAY_KEY = 'txassist-display';
const DISPLAY_EVENT = 'tx-display-change';

/** Makes the device's Display setting what the globals say (nothing happens when it already is). */
export function applyDisplayGlobals(globals: Readonly<Record<string, unknown>>): void {
  const { textSize, contrast } = storyGlobals(globals);
  const settings = { textScale: Number(textSize) / 100, contrast };
  const value = JSON.stringify(settings);
  try {
    if (localStorage.getItem(DISPLAY_KEY) === value) return;
    localStorage.setItem(DISPLAY_KEY, value);
  } catch {
    // Storage blocked: the event below still applies it to this page.
  }
  dispatchEvent(new CustomEvent(DISPLAY_EVENT, { detail: settings }));
}

import type { DisplaySettings } from '../internal/display-store.js';
import { CONTRAST_DARK_PALETTE, CONTRAST_LIGHT_PALETTE } from './contrast-palette.js';
import type { PaletteKey } from './palette.js';

const declarations = (palette: Readonly<Record<PaletteKey, string>>) =>
  Object.entries(palette)
    .map(([key, value]) => `--_${key}: ${value};`)
    .join('');

/** Borders back (even in the flat theme) and a wider focus ring. */
const CONTRAST_SHAPE = '--_border-width: max(var(--tx-border-width, 1px), 2px); --_focus-width: 0.25rem;';

/** The high-contrast tokens under a media condition, light or dark as the element's colour scheme says. */
function contrastRules(condition: string): string {
  // `.theme.theme`: above the theme's own `.theme[data-theme]` palettes; the buyer's choice beats the page's tokens.
  const light = `.theme.theme { ${declarations(CONTRAST_LIGHT_PALETTE)} ${CONTRAST_SHAPE} }`;
  const dark = `{ ${declarations(CONTRAST_DARK_PALETTE)} }`;
  return (
    `@media ${condition} { ${light} .theme.theme[data-theme='dark'] ${dark} }` +
    `@media ${condition} and (prefers-color-scheme: dark) { .theme.theme:not([data-theme='light']) ${dark} }`
  );
}

/**
 * Larger text still reflows in 320 px (WCAG 1.4.10 with the setting at 200 %):
 * - long words break anywhere, table cells included (`.theme.theme *` is above an element's own
 *   `overflow-wrap`, so a table's columns may get narrower than a word);
 * - flex and grid items may shrink below their content, and list and definition-list rows that are flex
 *   rows wrap (a price moves under its item's name or its label instead of breaking) — zero specificity:
 *   an element's own sizes and wrapping still win;
 * - a text area grows with its text instead of hiding it behind a scroll bar.
 */
const REFLOW =
  '.theme.theme, .theme.theme * { overflow-wrap: anywhere; }' +
  ':where(.theme, .theme *) { min-inline-size: 0; }' +
  ':where(.theme li, .theme dl > div) { flex-wrap: wrap; }' +
  '.theme textarea { field-sizing: content; }';

/**
 * The style sheet text for a Display setting, adopted last by every element's shadow root:
 * - text size: `--tx-text-scale` multiplies `--tx-font-size` (the page may set the token; the buyer's
 *   choice, when not 100 %, wins), and every text size inside is `em`-relative to it;
 * - contrast: the high-contrast palette when the buyer chose it or the system asks for it
 *   (`prefers-contrast: more`); never under forced colours, where the system palette rules.
 */
export function displayCss(settings: DisplaySettings): string {
  const scale = settings.textScale === 1 ? '' : `--tx-text-scale: ${settings.textScale};`;
  const noForced = '(not (forced-colors: active))';
  return (
    `.theme { ${scale} font-size: calc(var(--tx-font-size, 1rem) * var(--tx-text-scale, 1)); }` +
    (scale ? REFLOW : '') +
    contrastRules(settings.contrast === 'more' ? noForced : `(prefers-contrast: more) and ${noForced}`)
  );
}

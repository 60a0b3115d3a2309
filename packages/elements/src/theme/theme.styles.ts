import { css, unsafeCSS } from 'lit';
import { DARK_PALETTE, FORCED_PALETTE, LIGHT_PALETTE, type PaletteKey } from './palette.js';

function paletteDeclarations(palette: Readonly<Record<PaletteKey, string>>, overridable = true) {
  return unsafeCSS(
    Object.entries(palette)
      .map(([key, value]) => `--_${key}: ${overridable ? `var(--tx-color-${key}, ${value})` : value};`)
      .join('\n'),
  );
}

/**
 * Shared by every element, first in its `styles`: box sizing, `[hidden]` that always hides, the
 * visually hidden class for live regions, and the palette. The element's root (`part="base"`) carries
 * `class="theme"` and `data-theme="light|dark|auto"`; private `--_*` shorthands resolve the public
 * `--tx-*` tokens or the light/dark defaults. Only logical properties, so right-to-left just works.
 * - Live regions stay in the accessibility tree while empty (so screen readers track them), but take no room.
 * - Forced palettes (Windows contrast themes…): the system's colours, whatever the theme or the page's
 *   tokens say; borders come back so shapes stay visible. The system also picks light or dark.
 * (Comments stay out of the css template: every element's eager bundle would carry them.)
 */
export const themeStyles = css`
  :host {
    display: block;
  }

  :host([hidden]) {
    display: none !important;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  [hidden] {
    display: none !important;
  }

  .visually-hidden,
  .error.empty {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  .theme {
    ${paletteDeclarations(LIGHT_PALETTE)}
    color-scheme: light;
    --_radius: var(--tx-radius, 0.75rem);
    --_border-width: var(--tx-border-width, 1px);
    --_space: calc(var(--tx-space, 0.5rem) * var(--tx-density, 1));
    --_strong: var(--tx-font-weight-strong, 600);
    --_focus-width: 0.1875rem;

    font-family: var(--tx-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-size: var(--tx-font-size, 1rem);
    line-height: var(--tx-line-height, 1.5);
    color: var(--_text);
    background: var(--_surface);
  }

  @media (prefers-color-scheme: dark) {
    .theme:not([data-theme='light']) {
      ${paletteDeclarations(DARK_PALETTE)}
      color-scheme: dark;
    }
  }

  .theme[data-theme='dark'] {
    ${paletteDeclarations(DARK_PALETTE)}
    color-scheme: dark;
  }

  :focus-visible {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 0.125rem;
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }

  @media (forced-colors: active) {
    .theme,
    .theme[data-theme] {
      ${paletteDeclarations(FORCED_PALETTE, false)}
      color-scheme: light dark;
      --_border-width: 1px;
    }
  }
`;

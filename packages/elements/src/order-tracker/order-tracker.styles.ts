import { css } from 'lit';

/**
 * Public tokens are `--tx-*`; the `--_*` names are private shorthands that pick the public token or
 * the light/dark default. Only logical properties, so right-to-left pages lay out correctly.
 */
export const orderTrackerStyles = css`
  :host {
    color-scheme: light dark;
    --_surface: var(--tx-color-surface, #ffffff);
    --_text: var(--tx-color-text, #1a1a1a);
    --_muted: var(--tx-color-text-muted, #595959);
    --_border: var(--tx-color-border, #c9c9d1);
    --_accent: var(--tx-color-accent, #1a4fc4);
    --_on-accent: var(--tx-color-on-accent, #ffffff);
    --_danger: var(--tx-color-danger, #b3261e);
    --_success: var(--tx-color-success, #0f5f27);
    --_attention: var(--tx-color-attention, #7a4100);
    --_focus: var(--tx-color-focus, #1a4fc4);
    --_badge-progress: #e7eeff;
    --_badge-success: #e3f3e8;
    --_badge-attention: #fff1d9;
    --_badge-neutral: #ececef;
    --_bone: #e4e4ea;
    --_radius: var(--tx-radius, 0.75rem);
    --_space: var(--tx-space, 0.5rem);

    display: block;
    font-family: var(--tx-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-size: var(--tx-font-size, 1rem);
    line-height: 1.5;
    color: var(--_text);
  }

  @media (prefers-color-scheme: dark) {
    :host {
      --_surface: var(--tx-color-surface, #1c1c1f);
      --_text: var(--tx-color-text, #f2f2f4);
      --_muted: var(--tx-color-text-muted, #b9b9c3);
      --_border: var(--tx-color-border, #45454f);
      --_accent: var(--tx-color-accent, #9bbcff);
      --_on-accent: var(--tx-color-on-accent, #0b1a33);
      --_danger: var(--tx-color-danger, #ff9b93);
      --_success: var(--tx-color-success, #8fe0a6);
      --_attention: var(--tx-color-attention, #ffcb7a);
      --_focus: var(--tx-color-focus, #9bbcff);
      --_badge-progress: #1e2b4a;
      --_badge-success: #173522;
      --_badge-attention: #3d2a09;
      --_badge-neutral: #303036;
      --_bone: #34343b;
    }
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  .base {
    display: grid;
    gap: calc(var(--_space) * 2);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding-block: calc(var(--_space) * 3);
    padding-inline: calc(var(--_space) * 3);
  }

  p,
  ul,
  dl,
  dd {
    margin: 0;
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

  .status-message {
    color: var(--_muted);
  }

  /* The alert region stays in the accessibility tree while empty (so screen readers track it), but takes no room. */
  .error {
    border-inline-start: 0.25rem solid var(--_danger);
    padding-block: var(--_space);
    padding-inline: calc(var(--_space) * 2);
    display: grid;
    gap: calc(var(--_space) / 2);
  }

  .error-title {
    font-weight: 600;
    color: var(--_danger);
  }

  .error-code {
    color: var(--_muted);
    font-size: 0.875em;
  }

  .retry {
    justify-self: start;
    min-block-size: 2.75rem;
    min-inline-size: 2.75rem;
    padding-block: var(--_space);
    padding-inline: calc(var(--_space) * 3);
    border: 1px solid transparent;
    border-radius: calc(var(--_radius) / 1.5);
    background: var(--_accent);
    color: var(--_on-accent);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }

  .retry[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.8;
  }

  .retry:focus-visible,
  .heading:focus-visible {
    outline: 0.1875rem solid var(--_focus);
    outline-offset: 0.125rem;
  }

  .heading:focus:not(:focus-visible) {
    outline: none;
  }

  .body {
    display: grid;
    gap: calc(var(--_space) * 3);
  }

  .body.empty {
    display: none;
  }

  .header {
    display: grid;
    gap: calc(var(--_space) / 2);
  }

  .heading {
    margin: 0;
    font-size: 1.25em;
    line-height: 1.3;
  }

  .meta {
    display: flex;
    flex-wrap: wrap;
    column-gap: calc(var(--_space) * 2);
    color: var(--_muted);
    font-size: 0.875em;
  }

  .status {
    display: grid;
    gap: var(--_space);
    justify-items: start;
  }

  .badge {
    display: inline-block;
    padding-block: calc(var(--_space) / 2);
    padding-inline: calc(var(--_space) * 1.5);
    border: 1px solid transparent;
    border-radius: 999px;
    font-weight: 600;
    background: var(--_badge-neutral);
    color: var(--_text);
  }

  .badge[data-tone='progress'] {
    background: var(--_badge-progress);
    color: var(--_text);
    border-color: var(--_accent);
  }

  .badge[data-tone='success'] {
    background: var(--_badge-success);
    color: var(--_success);
  }

  .badge[data-tone='attention'] {
    background: var(--_badge-attention);
    color: var(--_attention);
  }

  .section-heading {
    margin-block: 0 var(--_space);
    font-size: 1em;
  }

  .items {
    list-style: none;
    padding: 0;
    display: grid;
  }

  .item {
    display: flex;
    justify-content: space-between;
    align-items: start;
    gap: calc(var(--_space) * 2);
    padding-block: var(--_space);
    border-block-end: 1px solid var(--_border);
  }

  .item:first-child {
    border-block-start: 1px solid var(--_border);
  }

  .item-main {
    display: grid;
    min-inline-size: 0;
  }

  .item-title {
    font-weight: 600;
    overflow-wrap: anywhere;
  }

  .item-detail {
    color: var(--_muted);
    font-size: 0.875em;
  }

  .item-total {
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }

  .totals {
    display: grid;
    gap: calc(var(--_space) / 2);
  }

  .totals div {
    display: flex;
    justify-content: space-between;
    gap: calc(var(--_space) * 2);
  }

  .totals dd {
    font-variant-numeric: tabular-nums;
    text-align: end;
  }

  .totals .grand-total {
    font-weight: 700;
    padding-block-start: var(--_space);
    border-block-start: 1px solid var(--_border);
  }

  .skeleton {
    display: grid;
    gap: var(--_space);
  }

  .bone {
    block-size: 1em;
    border-radius: calc(var(--_radius) / 2);
    background: var(--_bone);
    animation: pulse 1.5s ease-in-out infinite;
  }

  .bone-heading {
    block-size: 1.5em;
    inline-size: 40%;
  }

  .bone-short {
    inline-size: 60%;
  }

  @keyframes pulse {
    50% {
      opacity: 0.5;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .bone {
      animation: none;
    }
  }

  /* Windows High Contrast and other forced palettes: keep shapes visible with system colours. */
  @media (forced-colors: active) {
    .base,
    .badge,
    .retry {
      border: 1px solid CanvasText;
    }

    .retry {
      border-color: ButtonText;
    }

    .retry:focus-visible,
    .heading:focus-visible {
      outline-color: Highlight;
    }

    .error:not(.empty) {
      border-inline-start-color: CanvasText;
    }

    .bone {
      background: GrayText;
    }
  }
`;

import { css } from 'lit';

/**
 * Layout and colour of the order tracker; tokens and the light/dark/forced palettes come from
 * `themeStyles`, listed first. Only logical properties, so right-to-left pages mirror on their own.
 * `.base` has one column that may be narrower than what is in it (a form's inputs): it never widens
 * the tracker. Focus moves to the heading after a retry; its ring shows only for the keyboard.
 * (Comments stay out of the css template: they would ship in the eager bundle.)
 */
export const orderTrackerStyles = css`
  .base {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 2);
    border: var(--_border-width) solid var(--_border);
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

  .status-message {
    color: var(--_text-muted);
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
    font-weight: var(--_strong);
    cursor: pointer;
  }

  .retry[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.8;
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
    overflow-wrap: anywhere;
  }

  .meta {
    display: flex;
    flex-wrap: wrap;
    column-gap: calc(var(--_space) * 2);
    color: var(--_text-muted);
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
    font-weight: var(--_strong);
    background: var(--_neutral-surface);
    color: var(--_text);
  }

  .badge[data-tone='progress'] {
    background: var(--_progress-surface);
    color: var(--_text);
    border-color: var(--_accent);
  }

  .badge[data-tone='success'] {
    background: var(--_success-surface);
    color: var(--_success);
  }

  .badge[data-tone='attention'] {
    background: var(--_attention-surface);
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
    font-weight: var(--_strong);
    overflow-wrap: anywhere;
  }

  .item-detail {
    color: var(--_text-muted);
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
    background: var(--_skeleton);
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

  @media (forced-colors: active) {
    .base,
    .badge {
      border: 1px solid CanvasText;
    }

    .retry {
      border-color: ButtonText;
    }

    .error:not(.empty) {
      border-inline-start-color: CanvasText;
    }

    .bone {
      background: GrayText;
    }
  }
`;

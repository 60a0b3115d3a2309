import { css } from 'lit';

/**
 * Layout and colour of the privacy center; tokens and the light/dark/forced palettes come from
 * `themeStyles`, listed first. Only logical properties, so right-to-left pages mirror on their own.
 * Every control is at least 24 × 24 CSS pixels (WCAG 2.5.8), most 44; nothing needs more than 320 px.
 */
export const privacyCenterStyles = css`
  .base {
    display: grid;
    gap: calc(var(--_space) * 3);
    border: var(--_border-width) solid var(--_border);
    border-radius: var(--_radius);
    padding-block: calc(var(--_space) * 3);
    padding-inline: calc(var(--_space) * 3);
    min-inline-size: 0;
  }

  /* Phones down to 320 px: give the content the room. */
  @media (width < 30rem) {
    .base {
      padding-inline: calc(var(--_space) * 1.5);
    }

    .preferences thead th {
      font-size: 0.75em;
    }
  }

  p,
  ul,
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0;
  }

  [hidden] {
    display: none !important;
  }

  /* Live regions stay in the accessibility tree while empty (so screen readers track them), but take no room. */
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

  .header {
    display: grid;
    gap: calc(var(--_space) / 2);
  }

  .heading {
    font-size: 1.25em;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }

  .intro,
  .section-intro,
  .muted,
  .meta {
    color: var(--_text-muted);
  }

  .meta {
    font-size: 0.875em;
  }

  .section {
    display: grid;
    gap: calc(var(--_space) * 1.5);
    padding-block-start: calc(var(--_space) * 3);
    border-block-start: 1px solid var(--_border);
    min-inline-size: 0;
  }

  .section-heading {
    font-size: 1.0625em;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }

  /* Headings that receive focus when a step changes: the ring shows only for keyboard users. */
  .section-heading:focus:not(:focus-visible) {
    outline: none;
  }

  .button {
    justify-self: start;
    min-block-size: 2.75rem;
    min-inline-size: 2.75rem;
    max-inline-size: 100%;
    padding-block: var(--_space);
    padding-inline: calc(var(--_space) * 2.5);
    border: 1px solid transparent;
    border-radius: calc(var(--_radius) / 1.5);
    font: inherit;
    font-weight: var(--_strong);
    text-align: center;
    cursor: pointer;
  }

  .button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.8;
  }

  .primary {
    background: var(--_accent);
    color: var(--_on-accent);
  }

  .secondary {
    background: var(--_surface);
    color: var(--_text);
    border-color: var(--_border);
  }

  .danger,
  .danger-outline {
    background: var(--_surface);
    color: var(--_danger);
    border-color: var(--_danger);
  }

  .danger {
    border-width: 2px;
  }

  /* ---- consents ---- */

  .consents {
    list-style: none;
    padding: 0;
    display: grid;
  }

  .consent {
    display: flex;
    align-items: start;
    justify-content: space-between;
    gap: calc(var(--_space) * 2);
    padding-block: calc(var(--_space) * 1.5);
    border-block-end: 1px solid var(--_border);
  }

  .consent:last-child {
    border-block-end: 0;
  }

  .consent-text {
    display: grid;
    gap: calc(var(--_space) / 2);
    min-inline-size: 0;
  }

  .consent-label {
    font-weight: var(--_strong);
    overflow-wrap: anywhere;
  }

  .necessary {
    font-size: 0.875em;
  }

  .switch-area {
    display: grid;
    justify-items: center;
    gap: calc(var(--_space) / 2);
    flex: none;
  }

  /* A real checkbox (role="switch") laid over the drawn track: it takes the clicks, the focus and the keys. */
  .switch {
    position: relative;
    display: inline-block;
    inline-size: 3rem;
    block-size: 1.75rem;
  }

  .switch-input {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    margin: 0;
    opacity: 0;
    cursor: pointer;
    z-index: 1;
  }

  .switch-input:disabled {
    cursor: not-allowed;
  }

  .switch-input[aria-disabled='true'] {
    cursor: progress;
  }

  .switch-track {
    position: absolute;
    inset: 0;
    border-radius: 999px;
    border: 2px solid var(--_text-muted);
    background: var(--_surface);
    transition: background-color 0.15s;
  }

  .switch-thumb {
    position: absolute;
    inset-block-start: 0.1875rem;
    inset-inline-start: 0.1875rem;
    inline-size: 1.125rem;
    block-size: 1.125rem;
    border-radius: 50%;
    background: var(--_text-muted);
    transition: inset-inline-start 0.15s;
  }

  .switch-input:checked + .switch-track {
    background: var(--_accent);
    border-color: var(--_accent);
  }

  .switch-input:checked + .switch-track .switch-thumb {
    inset-inline-start: calc(100% - 1.3125rem);
    background: var(--_on-accent);
  }

  .switch-input:disabled + .switch-track {
    opacity: 0.7;
  }

  .switch-input:focus-visible + .switch-track {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 0.125rem;
  }

  .switch-state {
    font-size: 0.875em;
    color: var(--_text-muted);
    white-space: nowrap;
  }

  /* ---- notification preferences ---- */

  .table-wrap {
    overflow-x: auto;
    min-inline-size: 0;
  }

  /* Columns size to their words (a word never breaks unless it alone is wider than the table), so the
     table fits 320 px; long compounds carry soft hyphens in the catalogs (Bestell­updates). */
  .preferences {
    inline-size: 100%;
    border-collapse: collapse;
  }

  .preferences th,
  .preferences td {
    padding-block: var(--_space);
    padding-inline: calc(var(--_space) / 4);
    border-block-end: 1px solid var(--_border);
    text-align: center;
    vertical-align: middle;
    overflow-wrap: break-word;
  }

  .preferences th[scope='row'],
  .kind-header {
    text-align: start;
    font-weight: var(--_strong);
  }

  .preferences th[scope='row'] {
    font-size: 0.9375em;
  }

  .preferences thead th {
    font-size: 0.8125em;
    vertical-align: bottom;
  }

  .channel-name {
    display: block;
  }

  /* "Paused": a pause sign under the channel name (the word is for screen readers; the note below explains). */
  .paused {
    display: block;
    margin-block-start: calc(var(--_space) / 2);
  }

  .pause-icon {
    display: inline-flex;
    gap: 0.1875rem;
    padding-block: 0.25rem;
    padding-inline: 0.375rem;
    border-radius: 999px;
    background: var(--_attention-surface);
  }

  .pause-icon::before,
  .pause-icon::after {
    content: '';
    inline-size: 0.1875rem;
    block-size: 0.625rem;
    background: var(--_attention);
  }

  .check {
    display: inline-grid;
    place-items: center;
  }

  .check input {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    accent-color: var(--_accent);
    cursor: pointer;
  }

  .check input[aria-disabled='true'] {
    cursor: progress;
  }

  .check[data-paused='true'] input {
    opacity: 0.7;
  }

  .note {
    font-size: 0.875em;
    color: var(--_attention);
    background: var(--_attention-surface);
    padding-block: var(--_space);
    padding-inline: calc(var(--_space) * 1.5);
    border-radius: calc(var(--_radius) / 2);
  }

  /* ---- download my data ---- */

  .progress {
    display: grid;
    gap: calc(var(--_space) / 2);
  }

  .progress-row {
    display: flex;
    align-items: center;
    gap: var(--_space);
  }

  progress {
    flex: 1;
    min-inline-size: 0;
    block-size: 0.75rem;
    accent-color: var(--_accent);
  }

  .progress-value {
    font-variant-numeric: tabular-nums;
    min-inline-size: 3.5ch;
    text-align: end;
  }

  /* ---- delete my data ---- */

  .erasure-lists {
    display: grid;
    gap: calc(var(--_space) * 2);
  }

  .erasure-lists .section-heading {
    font-size: 1em;
    margin-block-end: calc(var(--_space) / 2);
  }

  .plain-list {
    padding-inline-start: calc(var(--_space) * 2.5);
    display: grid;
    gap: calc(var(--_space) / 2);
  }

  .kept {
    list-style: none;
    padding-inline-start: 0;
    gap: var(--_space);
  }

  .kept li {
    display: grid;
  }

  .kept-record {
    font-weight: var(--_strong);
  }

  .blockers,
  .confirmation {
    display: grid;
    gap: var(--_space);
    padding-block: calc(var(--_space) * 2);
    padding-inline: calc(var(--_space) * 2);
    border-radius: calc(var(--_radius) / 1.5);
  }

  .blockers {
    background: var(--_attention-surface);
    border-inline-start: 0.25rem solid var(--_attention);
  }

  .blocker-list {
    list-style: none;
    padding: 0;
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }

  .blocker {
    display: grid;
    gap: calc(var(--_space) / 2);
  }

  .blocker-title {
    font-weight: var(--_strong);
  }

  .records {
    padding-inline-start: calc(var(--_space) * 2.5);
    overflow-wrap: anywhere;
  }

  .confirmation {
    border: 2px solid var(--_danger);
  }

  .understand {
    display: flex;
    align-items: center;
    gap: var(--_space);
  }

  .understand input {
    flex: none;
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    accent-color: var(--_accent);
  }

  .understand label {
    font-weight: var(--_strong);
  }

  .field-error {
    color: var(--_danger);
    font-weight: var(--_strong);
  }

  .field-error:empty {
    display: none;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }

  .erased {
    border-block-start: 0;
    padding-block-start: 0;
  }

  /* ---- loading ---- */

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
    .button,
    .blockers,
    .confirmation {
      border: 1px solid CanvasText;
    }

    .button {
      border-color: ButtonText;
    }

    /* The drawn switch and pause sign keep their shapes, in system colours only. */
    .switch-track,
    .switch-thumb,
    .pause-icon,
    .pause-icon::before,
    .pause-icon::after {
      forced-color-adjust: none;
    }

    .switch-track {
      border-color: ButtonText;
      background: Canvas;
    }

    .pause-icon {
      background: Canvas;
      border: 1px solid CanvasText;
    }

    .pause-icon::before,
    .pause-icon::after {
      background: CanvasText;
    }

    .switch-thumb {
      background: ButtonText;
    }

    .switch-input:checked + .switch-track {
      background: Highlight;
      border-color: Highlight;
    }

    .switch-input:checked + .switch-track .switch-thumb {
      background: HighlightText;
    }

    .switch-input:disabled + .switch-track {
      border-color: GrayText;
    }

    .switch-input:focus-visible + .switch-track {
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

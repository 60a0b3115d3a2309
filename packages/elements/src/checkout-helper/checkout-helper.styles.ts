import { css } from 'lit';

/**
 * Layout of the checkout: on wide screens the steps and the order summary side by side (one page),
 * on phones stacked, summary first. Tokens and palettes come from `themeStyles`. Logical properties
 * only (right-to-left mirrors by itself); controls at least 44 px tall; nothing needs more than 320 px.
 */
export const checkoutHelperStyles = css`
  .base {
    display: grid;
    gap: calc(var(--_space) * 3);
    border: var(--_border-width) solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 3);
    min-inline-size: 0;
  }

  @media (width < 30rem) {
    .base {
      padding: calc(var(--_space) * 1.5);
    }
  }

  p,
  ul,
  ol,
  dl,
  dd,
  h1,
  h2,
  h3,
  h4,
  h5,
  h6,
  fieldset {
    margin: 0;
  }

  fieldset {
    border: 0;
    padding: 0;
    min-inline-size: 0;
  }

  legend {
    padding: 0;
    font-weight: var(--_strong);
    margin-block-end: var(--_space);
  }

  .heading {
    font-size: 1.375em;
    line-height: 1.3;
  }

  .layout {
    display: grid;
    gap: calc(var(--_space) * 3);
    grid-template-columns: minmax(0, 1fr);
  }

  @container checkout (width >= 46rem) {
    .layout {
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
      align-items: start;
    }

    .summary {
      position: sticky;
      inset-block-start: var(--_space);
      grid-column: 2;
      grid-row: 1;
    }
  }

  :host {
    container: checkout / inline-size;
  }

  .steps {
    display: grid;
    gap: calc(var(--_space) * 2);
    list-style: none;
    padding: 0;
  }

  .step {
    display: grid;
    gap: calc(var(--_space) * 2);
    border: var(--_border-width) solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
    padding: calc(var(--_space) * 2);
  }

  .step[aria-current='step'] {
    border-color: var(--_accent);
    border-width: 2px;
  }

  .step-header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
  }

  .step-title {
    display: flex;
    align-items: center;
    gap: var(--_space);
    font-size: 1.0625em;
  }

  .step-number {
    display: inline-grid;
    place-items: center;
    inline-size: 1.75rem;
    block-size: 1.75rem;
    border-radius: 50%;
    border: 2px solid currentColor;
    font-size: 0.875em;
    flex: none;
  }

  .step.done .step-number {
    background: var(--_success);
    border-color: var(--_success);
    color: var(--_surface);
  }

  .step.upcoming {
    color: var(--_text-muted);
  }

  .step-summary {
    color: var(--_text-muted);
    display: grid;
    gap: calc(var(--_space) / 2);
  }

  .fields {
    display: grid;
    gap: calc(var(--_space) * 2);
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 12rem), 1fr));
  }

  .field {
    display: grid;
    gap: calc(var(--_space) / 2);
    align-content: start;
  }

  .field.wide {
    grid-column: 1 / -1;
  }

  label,
  .label {
    font-weight: var(--_strong);
  }

  input[type='text'],
  input[type='email'],
  input[type='tel'],
  select {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_text-muted);
    border-radius: calc(var(--_radius) * 0.5);
    min-block-size: 2.75rem;
    padding-inline: calc(var(--_space) * 1.5);
    inline-size: 100%;
  }

  [aria-invalid='true'] {
    border-color: var(--_danger);
    border-width: 2px;
  }

  .hint {
    color: var(--_text-muted);
    font-size: 0.875em;
  }

  .field-error {
    color: var(--_danger);
    font-size: 0.875em;
    font-weight: var(--_strong);
  }

  .choices {
    display: grid;
    gap: var(--_space);
  }

  .choice > * {
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }

  .choice {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    gap: calc(var(--_space) / 2) calc(var(--_space) * 1.5);
    align-items: center;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.5);
    padding: calc(var(--_space) * 1.5);
  }

  .choice:has(input:checked) {
    border-color: var(--_accent);
    border-width: 2px;
  }

  .choice input,
  .check input {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    flex: none;
    accent-color: var(--_accent);
    margin: 0;
  }

  /* A delivery option's name and price: side by side, the price under the name when they do not fit. */
  .choice-line {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0 calc(var(--_space) * 1.5);
  }

  .choice-line > * {
    min-inline-size: 0;
  }

  .choice .choice-hint {
    grid-column: 2;
    color: var(--_text-muted);
    font-size: 0.875em;
  }

  .check {
    display: flex;
    gap: var(--_space);
    align-items: center;
    min-block-size: 2.75rem;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
  }

  button,
  .button {
    font: inherit;
    font-weight: var(--_strong);
    min-block-size: 2.75rem;
    padding-inline: calc(var(--_space) * 2);
    border-radius: calc(var(--_radius) * 0.5);
    border: 2px solid var(--_accent);
    background: var(--_surface);
    color: var(--_accent);
    cursor: pointer;
    text-decoration: none;
    display: inline-flex;
    align-items: center;
    justify-content: center;
  }

  button.primary,
  .button.primary {
    background: var(--_accent);
    color: var(--_on-accent);
  }

  button.link {
    border: 0;
    background: none;
    min-block-size: 2.75rem;
    padding-inline: var(--_space);
    text-decoration: underline;
  }

  button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.75;
  }

  .card-frame {
    display: block;
    inline-size: 100%;
    border: 0;
    min-block-size: 12rem;
    color-scheme: normal;
  }

  .notice {
    border-inline-start: 0.25rem solid var(--_accent);
    background: var(--_progress-surface);
    padding: calc(var(--_space) * 1.5) calc(var(--_space) * 2);
    display: grid;
    gap: calc(var(--_space) / 2);
  }

  .notice.attention {
    border-color: var(--_attention);
    background: var(--_attention-surface);
  }

  .notice.success {
    border-color: var(--_success);
    background: var(--_success-surface);
  }

  .notice-title {
    font-weight: var(--_strong);
  }

  .summary {
    border: var(--_border-width) solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
    padding: calc(var(--_space) * 2);
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }

  .items {
    list-style: none;
    padding: 0;
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }

  .item {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    gap: calc(var(--_space) / 2) var(--_space);
  }

  .item-meta {
    color: var(--_text-muted);
    font-size: 0.875em;
  }

  .totals {
    display: grid;
    /* Labels keep at least 40 %; a long value ("chosen in the next steps") wraps instead of squeezing them. */
    grid-template-columns: minmax(40%, 1fr) minmax(0, auto);
    gap: calc(var(--_space) / 2) var(--_space);
    border-block-start: 1px solid var(--_border);
    padding-block-start: calc(var(--_space) * 1.5);
  }

  .totals dd {
    text-align: end;
    overflow-wrap: anywhere;
    min-inline-size: 0;
    font-variant-numeric: tabular-nums;
  }

  .totals .total {
    font-weight: var(--_strong);
    font-size: 1.125em;
  }

  .code-input {
    font-size: 1.25em;
    letter-spacing: 0.2em;
    font-variant-numeric: tabular-nums;
    max-inline-size: 12rem;
  }

  .error-summary:focus {
    outline: var(--_focus-width) solid var(--_focus);
  }

  .error-summary ul {
    padding-inline-start: calc(var(--_space) * 2.5);
  }

  .error-summary a {
    color: var(--_danger);
    display: inline-block;
    min-block-size: 1.5rem;
    padding-block: 0.125rem;
  }

  .address {
    font-style: normal;
    display: grid;
  }
`;

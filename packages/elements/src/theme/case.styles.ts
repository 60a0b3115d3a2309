import { css } from 'lit';

/**
 * Layout shared by the dispute form and the refund request: card, sections, fieldsets, buttons, the
 * status badge, deadlines, progress bars and the message thread. Tokens and the light/dark/forced
 * palettes come from `themeStyles`, listed first. Logical properties only, so right-to-left mirrors;
 * every control is at least 44 × 44 CSS pixels; nothing needs more than 320 px.
 */
export const caseStyles = css`
  .base {
    display: grid;
    gap: calc(var(--_space) * 3);
    border: var(--_border-width) solid var(--_border);
    border-radius: var(--_radius);
    padding-block: calc(var(--_space) * 3);
    padding-inline: calc(var(--_space) * 3);
    min-inline-size: 0;
  }

  @media (width < 30rem) {
    .base {
      padding-inline: calc(var(--_space) * 1.5);
    }
  }

  p,
  ul,
  ol,
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0;
  }

  .header,
  .stack {
    display: grid;
    gap: var(--_space);
    min-inline-size: 0;
  }

  .heading {
    font-size: 1.25em;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }

  .heading:focus:not(:focus-visible),
  .section-heading:focus:not(:focus-visible) {
    outline: none;
  }

  .muted,
  .hint {
    color: var(--_text-muted);
  }

  .hint {
    font-size: 0.875em;
  }

  .section {
    display: grid;
    gap: calc(var(--_space) * 1.5);
    padding-block-start: calc(var(--_space) * 2);
    border-block-start: 1px solid var(--_border);
    min-inline-size: 0;
  }

  .section-heading {
    font-size: 1.0625em;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }

  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space);
    min-inline-size: 0;
  }

  legend,
  .label {
    font-weight: var(--_strong);
    padding: 0;
    margin-block-end: calc(var(--_space) / 2);
  }

  .choice {
    display: flex;
    align-items: center;
    gap: var(--_space);
    min-block-size: 2.75rem;
    overflow-wrap: anywhere;
  }

  /* 24 × 24 px at least (WCAG 2.5.8), also when the label text wraps. */
  .choice input {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    flex: none;
    accent-color: var(--_accent);
  }

  .choice-text {
    display: grid;
  }

  .item {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
  }

  .quantity {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) / 2);
  }

  input[type='number'],
  input[type='text'],
  select,
  textarea {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_text-muted);
    border-radius: calc(var(--_radius) / 2);
    padding-block: calc(var(--_space) / 2);
    padding-inline: var(--_space);
    min-block-size: 2.75rem;
    max-inline-size: 100%;
  }

  input[type='number'] {
    inline-size: 5em;
  }

  textarea {
    inline-size: 100%;
    min-block-size: 7em;
    resize: vertical;
  }

  [aria-invalid='true'] {
    border-color: var(--_danger);
    border-width: 2px;
  }

  .field-error {
    color: var(--_danger);
    font-size: 0.875em;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }

  .button {
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

  .button.small {
    padding-inline: calc(var(--_space) * 1.5);
  }

  .button[aria-disabled='true'] {
    cursor: not-allowed;
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

  .danger {
    background: var(--_surface);
    color: var(--_danger);
    border-color: var(--_danger);
  }

  .note {
    color: var(--_attention);
    background: var(--_attention-surface);
    padding-block: var(--_space);
    padding-inline: calc(var(--_space) * 1.5);
    border-radius: calc(var(--_radius) / 2);
  }

  .info {
    background: var(--_progress-surface);
    padding-block: var(--_space);
    padding-inline: calc(var(--_space) * 1.5);
    border-radius: calc(var(--_radius) / 2);
  }

  .success {
    color: var(--_success);
    background: var(--_success-surface);
    padding-block: var(--_space);
    padding-inline: calc(var(--_space) * 1.5);
    border-radius: calc(var(--_radius) / 2);
  }

  .badge {
    justify-self: start;
    font-weight: var(--_strong);
    font-size: 0.875em;
    padding-block: calc(var(--_space) / 4);
    padding-inline: var(--_space);
    border-radius: 999px;
    background: var(--_neutral-surface);
    color: var(--_text);
  }

  .badge[data-tone='progress'] {
    background: var(--_progress-surface);
  }

  .badge[data-tone='attention'] {
    background: var(--_attention-surface);
    color: var(--_attention);
  }

  .badge[data-tone='success'] {
    background: var(--_success-surface);
    color: var(--_success);
  }

  .deadline[data-urgent='true'] {
    color: var(--_attention);
    background: var(--_attention-surface);
    padding-block: calc(var(--_space) / 2);
    padding-inline: var(--_space);
    border-radius: calc(var(--_radius) / 2);
    font-weight: var(--_strong);
  }

  .files,
  .thread,
  .steps {
    list-style: none;
    padding: 0;
    display: grid;
    gap: var(--_space);
  }

  .file {
    display: grid;
    gap: calc(var(--_space) / 2);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    padding: var(--_space);
    min-inline-size: 0;
  }

  .file-name {
    font-weight: var(--_strong);
    overflow-wrap: anywhere;
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

  /*
   * Only the button of the file input shows: the browser's own "No file chosen" text (which cannot
   * wrap, so it spills out at 320 px in long languages) gets no space; the chosen files are listed
   * below in the buyer's language instead.
   */
  .file-input {
    font: inherit;
    font-size: 0;
    max-inline-size: 100%;
  }

  .file-input::file-selector-button {
    font: inherit;
    font-size: var(--tx-font-size, 1rem);
    font-weight: var(--_strong);
    min-block-size: 2.75rem;
    padding-inline: calc(var(--_space) * 2);
    border-radius: calc(var(--_radius) / 1.5);
    border: 1px solid var(--_border);
    background: var(--_surface);
    color: var(--_text);
    cursor: pointer;
    margin-inline-end: var(--_space);
  }

  .message {
    display: grid;
    gap: calc(var(--_space) / 2);
    padding: var(--_space);
    border-radius: calc(var(--_radius) / 2);
    border: 1px solid var(--_border);
    overflow-wrap: anywhere;
  }

  .message[data-author='buyer'] {
    background: var(--_progress-surface);
  }

  .message-meta {
    font-size: 0.875em;
    color: var(--_text-muted);
  }

  .message[data-author='buyer'] .message-meta {
    color: var(--_text);
  }

  .steps li {
    display: flex;
    gap: var(--_space);
    align-items: baseline;
  }

  .steps li[data-state='done']::before {
    content: '✓';
    color: var(--_success);
  }

  .steps li[data-state='current'] {
    font-weight: var(--_strong);
  }

  .steps li[data-state='current']::before {
    content: '●';
    color: var(--_accent);
  }

  .steps li[data-state='todo']::before {
    content: '○';
    color: var(--_text-muted);
  }

  .panel {
    display: grid;
    gap: var(--_space);
    border: 2px solid var(--_border);
    border-radius: calc(var(--_radius) / 1.5);
    padding: calc(var(--_space) * 1.5);
  }

  a {
    color: var(--_accent);
    display: inline-block;
    min-block-size: 1.5rem;
    padding-block: 0.125rem;
  }
`;

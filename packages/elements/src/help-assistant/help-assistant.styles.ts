import { css } from 'lit';

/** The assistant's own layout: the launcher, the modal panel, the suggestion list and the check results. */
export const helpAssistantStyles = css`
  .launcher-root {
    background: transparent;
  }

  /*
   * Absolutely positioned (not fixed): a panel taller than a small screen grows with the page, which
   * scrolls to it, instead of scrolling inside a box that clips it (WCAG 1.4.10 at 320 px and 200 %).
   */
  dialog {
    position: absolute;
    inset-block-start: 1rem;
    inline-size: min(36rem, calc(100vw - 2rem));
    max-block-size: none;
    overflow: visible;
    padding: 0;
    border: none;
    border-radius: var(--_radius);
    background: transparent;
  }

  dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }

  .panel-head {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
  }

  .panel-head h2,
  .panel-head h3 {
    margin: 0;
  }

  .suggestions,
  .checks {
    display: grid;
    gap: calc(var(--_space) * 1.5);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .suggestion,
  .check {
    display: grid;
    gap: var(--_space);
    padding-block: calc(var(--_space) * 1.5);
    padding-inline: calc(var(--_space) * 1.5);
    border: var(--_border-width) solid var(--_border);
    border-radius: calc(var(--_radius) / 1.5);
  }

  .suggestion p,
  .check p {
    margin: 0;
  }

  .suggestion .button {
    justify-self: start;
  }

  .check-state {
    font-weight: var(--_strong);
  }

  .check[data-state='fail'] .check-state,
  .check[data-state='slow'] .check-state {
    color: var(--_danger);
  }

  .check[data-state='ok'] .check-state {
    color: var(--_success);
  }

  .details {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    font-family: ui-monospace, monospace;
    font-size: 0.875em;
    margin: 0;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }

  /* "Can't sign in": the email field looks like the text fields of the case styles. */
  .sign-in input[type='email'] {
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

  /* "Talk to a person": the file picker is a full-size target (its button is styled by .file-input). */
  .sign-in input[type='file'] {
    min-block-size: 2.75rem;
  }

  .sign-in .field {
    display: grid;
    gap: calc(var(--_space) / 2);
    margin-block-end: var(--_space);
  }
`;

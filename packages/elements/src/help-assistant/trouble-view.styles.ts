import { css } from 'lit';

/**
 * "Transaction failed"'s layout, in its chunk: adopted into the assistant's shadow root when the view
 * first opens, so the help assistant's first bytes carry none of it.
 */
export const troubleStyles = css`
  .choices {
    display: grid;
    gap: calc(var(--_space) / 2);
    border: var(--_border-width) solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    padding: var(--_space);
    margin: 0 0 var(--_space);
  }

  .choices label {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) / 2);
    min-block-size: 2.75rem;
  }

  .choices input {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    flex-shrink: 0;
  }

  [part='trouble-address'] .field {
    display: grid;
    gap: calc(var(--_space) / 2);
    margin-block-end: var(--_space);
  }

  /* Like the text fields of the case styles ("Can't sign in" has the same). */
  [part='trouble-address'] input,
  [part='trouble-address'] select {
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

  [data-result='ok'] {
    color: var(--_success);
  }

  [data-result='invalid'],
  [data-result='empty'] {
    color: var(--_danger);
  }
`;

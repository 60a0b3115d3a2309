import { css } from 'lit';

/** The error box every element shows: a title, the plain next step and the stable code. */
export const errorStyles = css`
  .error {
    border-inline-start: 0.25rem solid var(--_danger);
    padding-block: var(--_space);
    padding-inline: calc(var(--_space) * 2);
    display: grid;
    gap: calc(var(--_space) / 2);
  }

  .error-title {
    font-weight: var(--_strong);
    color: var(--_danger);
  }

  .error-code {
    color: var(--_text-muted);
    font-size: 0.875em;
  }
`;

import { css } from 'lit';

/** The card, headings, live regions and buttons shared by every section (and the layout for phones). */
export const baseStyles = css`
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
`;

import { css } from 'lit';

/** The notification preferences table, the "paused" sign of a channel and its note. */
export const preferencesStyles = css`
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
`;

import { css } from 'lit';

/** "Delete my data": what is removed and kept, what blocks it, the confirmation and the result. */
export const erasureStyles = css`
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
  .blocking-order {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
    margin-block-end: var(--_space);
  }

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
`;

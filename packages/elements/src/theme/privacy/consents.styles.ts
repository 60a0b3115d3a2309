import { css } from 'lit';

/** The consents list and its switches: a real checkbox (role="switch") over a drawn track. */
export const consentsStyles = css`
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
`;

import { css } from 'lit';

/**
 * Parcels, the checkpoint timeline, problem notices and the guest lookup form. Logical properties
 * only, so right-to-left pages mirror on their own; every target is at least 2.75rem tall.
 */
export const shipmentStyles = css`
  .shipments,
  .shipment,
  .shipment-status,
  .timeline,
  .guest-form,
  .field {
    display: grid;
    gap: var(--_space);
  }

  .shipments {
    gap: calc(var(--_space) * 2);
  }

  .shipment {
    gap: calc(var(--_space) * 1.5);
    padding-block: calc(var(--_space) * 2);
    padding-inline: calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 1.5);
  }

  .shipment-heading {
    margin: 0;
    font-size: 1.0625em;
  }

  .muted,
  .contents,
  .hint {
    color: var(--_text-muted);
    font-size: 0.875em;
    overflow-wrap: anywhere;
  }

  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }

  .badge[data-tag='delivered'] {
    background: var(--_success-surface);
    color: var(--_success);
  }

  .badge[data-tag='in_transit'],
  .badge[data-tag='out_for_delivery'],
  .badge[data-tag='info_received'],
  .badge[data-tag='available_for_pickup'] {
    background: var(--_progress-surface);
    border-color: var(--_accent);
  }

  .badge[data-tag='exception'],
  .badge[data-tag='failed_attempt'],
  .badge[data-tag='expired'],
  .badge[data-tone='attention'] {
    background: var(--_attention-surface);
    color: var(--_attention);
  }

  .estimate {
    display: flex;
    flex-wrap: wrap;
    column-gap: calc(var(--_space) * 1.5);
    align-items: baseline;
  }

  .estimate-window {
    font-weight: var(--_strong);
  }

  .carrier {
    display: grid;
    gap: calc(var(--_space) / 2);
  }

  .carrier div {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    column-gap: calc(var(--_space) * 2);
  }

  .carrier dt {
    color: var(--_text-muted);
    min-inline-size: min(8em, 100%);
  }

  .carrier dd {
    overflow-wrap: anywhere;
  }

  .tracking {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }

  .tracking-number {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    overflow-wrap: anywhere;
  }

  .primary-button,
  .secondary-button {
    justify-self: start;
    min-block-size: 2.75rem;
    min-inline-size: 2.75rem;
    padding-block: calc(var(--_space) / 2);
    padding-inline: calc(var(--_space) * 2);
    border: 1px solid var(--_accent);
    border-radius: calc(var(--_radius) / 1.5);
    font: inherit;
    font-weight: var(--_strong);
    cursor: pointer;
  }

  .primary-button {
    background: var(--_accent);
    color: var(--_on-accent);
  }

  .secondary-button {
    background: var(--_surface);
    color: var(--_text);
  }

  .primary-button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.8;
  }

  .problem,
  .offline-notice {
    display: grid;
    gap: var(--_space);
    padding-block: calc(var(--_space) * 1.5);
    padding-inline: calc(var(--_space) * 2);
    border-inline-start: 0.25rem solid var(--_attention);
    background: var(--_attention-surface);
    color: var(--_text);
  }

  .problem-title {
    font-weight: var(--_strong);
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }

  .timeline-list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
  }

  .checkpoint {
    position: relative;
    display: grid;
    gap: calc(var(--_space) / 4);
    padding-block: 0 calc(var(--_space) * 1.5);
    padding-inline-start: calc(var(--_space) * 3);
    border-inline-start: 2px solid var(--_border);
    margin-inline-start: calc(var(--_space) / 2);
  }

  .checkpoint:last-child {
    border-inline-start-color: transparent;
  }

  .checkpoint-dot {
    position: absolute;
    inset-inline-start: -0.4375rem;
    inset-block-start: 0.3rem;
    inline-size: 0.75rem;
    block-size: 0.75rem;
    border-radius: 50%;
    background: var(--_border);
  }

  .checkpoint:first-child .checkpoint-dot {
    background: var(--_accent);
  }

  .checkpoint-status {
    font-weight: var(--_strong);
  }

  .checkpoint-message {
    overflow-wrap: anywhere;
  }

  .checkpoint-meta {
    display: flex;
    flex-wrap: wrap;
    column-gap: calc(var(--_space) * 1.5);
    color: var(--_text-muted);
    font-size: 0.875em;
  }

  .guest-form {
    gap: calc(var(--_space) * 2);
  }

  /* One column that may shrink below an input's default width (about 20 characters): 320 px screens. */
  .guest-form,
  .field {
    grid-template-columns: minmax(0, 1fr);
  }

  .field {
    gap: calc(var(--_space) / 2);
  }

  .field label {
    font-weight: var(--_strong);
  }

  .field input {
    min-block-size: 2.75rem;
    padding-block: calc(var(--_space) / 2);
    padding-inline: var(--_space);
    border: 1px solid var(--_text-muted);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    max-inline-size: 100%;
  }

  .field input[aria-invalid='true'] {
    border-color: var(--_danger);
    border-width: 2px;
  }

  .field-error {
    color: var(--_danger);
    font-weight: var(--_strong);
  }

  .error-summary {
    display: grid;
    gap: calc(var(--_space) / 2);
    padding-block: var(--_space);
    padding-inline: calc(var(--_space) * 2);
    border-inline-start: 0.25rem solid var(--_danger);
  }

  .error-summary ul {
    margin: 0;
    padding-inline-start: calc(var(--_space) * 2.5);
  }

  .error-summary a {
    color: var(--_danger);
  }

  @media (forced-colors: active) {
    .shipment,
    .problem,
    .offline-notice,
    .primary-button,
    .secondary-button {
      border: 1px solid CanvasText;
    }

    .checkpoint-dot,
    .checkpoint:first-child .checkpoint-dot {
      background: CanvasText;
    }
  }
`;

import { css } from 'lit';

/**
 * What the hub adds to the privacy center's styles (card, sections, buttons, preferences table,
 * skeletons), which come first. Only logical properties, so right-to-left pages mirror on their own.
 * Every control is at least 44 × 44 CSS pixels; nothing needs more than 320 px of width.
 */
export const orderHubStyles = css`
  .tabs {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
    border-block-end: 1px solid var(--_border);
  }

  .tab {
    display: inline-flex;
    align-items: center;
    gap: var(--_space);
    min-block-size: 2.75rem;
    padding-block: var(--_space);
    padding-inline: calc(var(--_space) * 2);
    border: 0;
    border-block-end: 0.1875rem solid transparent;
    background: none;
    color: var(--_text-muted);
    font: inherit;
    font-weight: var(--_strong);
    cursor: pointer;
  }

  .tab[aria-selected='true'] {
    color: var(--_text);
    border-block-end-color: var(--_accent);
  }

  .badge {
    display: inline-grid;
    place-items: center;
    min-inline-size: 1.5rem;
    padding-inline: calc(var(--_space) / 2);
    border-radius: 999px;
    background: var(--_accent);
    color: var(--_on-accent);
    font-size: 0.875em;
    line-height: 1.5rem;
  }

  .panel {
    display: grid;
    gap: calc(var(--_space) * 2);
    min-inline-size: 0;
  }

  .panel > .section:first-child {
    border-block-start: 0;
    padding-block-start: 0;
  }

  .offline {
    padding-block: var(--_space);
    padding-inline: calc(var(--_space) * 2);
    border-radius: calc(var(--_radius) / 1.5);
    background: var(--_attention-surface);
    color: var(--_attention);
  }

  /* ---- search ---- */

  .search {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: calc(var(--_space) * 1.5);
  }

  .field {
    display: grid;
    gap: calc(var(--_space) / 2);
    flex: 1 1 12rem;
    min-inline-size: 0;
  }

  .field label {
    font-weight: var(--_strong);
  }

  .field input,
  .field select {
    min-block-size: 2.75rem;
    inline-size: 100%;
    padding-inline: var(--_space);
    border: 1px solid var(--_text-muted);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }

  .hint {
    color: var(--_text-muted);
    font-size: 0.875em;
  }

  .search-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }

  /* ---- lists ---- */

  .rows {
    display: grid;
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .row {
    display: grid;
    gap: calc(var(--_space) / 2);
    inline-size: 100%;
    padding: calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 1.5);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    text-align: start;
    overflow-wrap: anywhere;
  }

  /* The number and the status tag side by side, the tag under the number when both do not fit. */
  .order-row {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    justify-content: space-between;
    cursor: pointer;
  }

  .order-row .row-title {
    flex: 1 1 auto;
    min-inline-size: 0;
  }

  .order-row .row-meta,
  .order-row .row-total {
    flex-basis: 100%;
  }

  .row-title {
    font-weight: var(--_strong);
  }

  .row-meta {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2) calc(var(--_space) * 2);
  }

  .status-tag,
  .new-tag {
    justify-self: start;
    align-self: start;
    padding-inline: var(--_space);
    border-radius: 999px;
    background: var(--_neutral-surface);
    color: var(--_text);
    font-size: 0.875em;
    font-weight: var(--_strong);
  }

  .new-tag {
    margin-inline-end: var(--_space);
    background: var(--_accent);
    color: var(--_on-accent);
  }

  .message[data-unread='true'] {
    border-inline-start: 0.25rem solid var(--_accent);
  }

  .row-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }

  .empty-state {
    display: grid;
    gap: calc(var(--_space) / 2);
  }

  .empty-title {
    font-weight: var(--_strong);
  }

  /* ---- detail ---- */

  .detail {
    padding-block-start: 0;
    border-block-start: 0;
  }

  .back-arrow::before {
    content: '←';
    margin-inline-end: var(--_space);
  }

  :host(:dir(rtl)) .back-arrow::before {
    content: '→';
  }

  .status-line {
    display: grid;
    gap: calc(var(--_space) / 2);
  }

  .detail-grid {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
    gap: calc(var(--_space) * 3);
  }

  .block {
    display: grid;
    align-content: start;
    gap: var(--_space);
    min-inline-size: 0;
  }

  .items,
  .shipments,
  .cases {
    list-style: none;
    padding-inline-start: 0;
  }

  .item,
  .shipment,
  .case {
    display: grid;
    gap: calc(var(--_space) / 4);
    padding-block: var(--_space);
    border-block-end: 1px solid var(--_border);
    overflow-wrap: anywhere;
  }

  .item-title {
    font-weight: var(--_strong);
  }

  .prices {
    display: grid;
    gap: calc(var(--_space) / 2);
    margin: 0;
  }

  .price-row {
    display: flex;
    justify-content: space-between;
    gap: var(--_space);
  }

  .price-row dd {
    margin: 0;
    font-variant-numeric: tabular-nums;
  }

  .price-row.total {
    padding-block-start: calc(var(--_space) / 2);
    border-block-start: 1px solid var(--_border);
    font-weight: var(--_strong);
  }

  .address {
    display: grid;
    overflow-wrap: anywhere;
  }

  .late {
    color: var(--_attention);
    font-weight: var(--_strong);
  }

  .case-button {
    justify-self: start;
    margin-block-start: calc(var(--_space) / 2);
  }

  .actions-list {
    display: grid;
    gap: calc(var(--_space) / 2);
  }

  @media (forced-colors: active) {
    .tab[aria-selected='true'] {
      border-block-end-color: Highlight;
    }

    .badge,
    .status-tag,
    .new-tag,
    .offline {
      border: 1px solid CanvasText;
    }
  }
`;

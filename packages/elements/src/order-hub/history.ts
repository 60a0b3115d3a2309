import { ORDER_STATUSES } from '@txassist/contract/values';
import type { Order } from '@txassist/contract/types';
import type { Translator } from '@txassist/sdk/i18n';
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { renderAlert, renderFailureText, renderSectionState, sectionHeading } from '../internal/section-views.js';
import { filtered, type HistoryFilters, type Paged, type PagedList } from './state.js';
import { wordsFor } from '../internal/words-for.js';

export interface HistoryOptions {
  readonly translator: Translator;
  readonly level: number;
  readonly list: PagedList<Order>;
  readonly filters: HistoryFilters;
  readonly onFilter: (event: Event) => void;
  readonly onClear: () => void;
  readonly onSelect: (order: Order) => void;
  readonly onMore: () => void;
  readonly onReload: () => void;
}

/** The order history: search and status filter, the orders (newest first) and "Show more orders". */
export function renderHistory(options: HistoryOptions) {
  const { translator, level, list, filters } = options;
  const { t } = translator;
  const { view } = list;
  return html`<section class="section" aria-labelledby="history-heading">
    ${sectionHeading(level + 1, 'history-heading', t('hub.history.heading'), true)}
    <form part="search" class="search" @submit=${options.onFilter} @change=${onSelectChange(options)}>
      <div class="field">
        <label for="order-number">${t('hub.history.search_label')}</label>
        <p id="order-number-hint" class="hint">${t('hub.history.search_hint')}</p>
        <input
          id="order-number"
          name="number"
          type="search"
          autocomplete="off"
          maxlength="40"
          aria-describedby="order-number-hint"
          .value=${filters.number}
        />
      </div>
      <div class="field">
        <label for="order-status">${t('hub.history.status_label')}</label>
        <select id="order-status" name="status" .value=${live(filters.status)}>
          <option value="">${t('hub.history.status_all')}</option>
          ${ORDER_STATUSES.map(
            (status) =>
              html`<option value=${status} ?selected=${filters.status === status}>
                ${t(`status.${status}.label`)}
              </option>`,
          )}
        </select>
      </div>
      <div class="search-actions">
        <button part="search-button" class="button primary" type="submit">${t('hub.history.search')}</button>
        ${
          filtered(filters)
            ? html`<button class="button secondary" type="button" @click=${onClearClick(options)}>
                ${t('hub.history.clear')}
              </button>`
            : nothing
        }
      </div>
    </form>
    ${renderAlert('history-error', view.kind === 'error' && !view.retrying ? renderFailureText(view.failure, translator) : '')}
    ${view.kind === 'loaded' ? renderOrders(view.data, options) : renderSectionState(view, translator, options.onReload)}
  </section>`;
}

/** The filters in the search form that `event` came from. */
export function filtersOf(event: Event): HistoryFilters {
  const form = (event.target as HTMLElement).closest('form');
  const data = form ? new FormData(form) : undefined;
  return { status: String(data?.get('status') ?? ''), number: String(data?.get('number') ?? '').trim() };
}

/** A new status filters at once; the number waits for Search (Enter), so typing does not reload on every key. */
function onSelectChange(options: HistoryOptions) {
  return (event: Event) => {
    if ((event.target as HTMLElement).localName === 'select') options.onFilter(event);
  };
}

/**
 * Clear search also empties a number typed but never searched for: the field's binding (deliberately not
 * `live()`) writes only when the applied number changes, so re-renders never wipe what the buyer is typing.
 */
function onClearClick(options: HistoryOptions) {
  return (event: Event) => {
    const root = (event.target as Element).getRootNode() as ParentNode;
    const field = root.querySelector<HTMLInputElement>('#order-number');
    if (field) field.value = '';
    options.onClear();
  };
}

function renderOrders(page: Paged<Order>, options: HistoryOptions) {
  const { translator, list, filters } = options;
  const { t } = translator;
  if (page.items.length === 0) {
    return filtered(filters)
      ? html`<div part="empty" class="empty-state">
          <p class="empty-title">${t('hub.history.no_match')}</p>
          <p class="muted">${t('hub.history.no_match_next')}</p>
          <button class="button secondary" type="button" @click=${onClearClick(options)}>
            ${t('hub.history.clear')}
          </button>
        </div>`
      : html`<div part="empty" class="empty-state">
          <p class="empty-title">${t('hub.history.empty')}</p>
          <p class="muted">${t('hub.history.empty_next')}</p>
        </div>`;
  }
  return html`<ul part="order-list" class="rows" aria-label=${t('hub.history.list_label')}>
      ${page.items.map((order, index) => html`<li>${renderOrderRow(order, index, options)}</li>`)}
    </ul>
    ${list.moreFailure ? renderAlert('history-more-error', renderFailureText(list.moreFailure, translator)) : nothing}
    ${
      page.nextCursor
        ? html`<button
            part="more-button"
            class="button secondary"
            type="button"
            aria-disabled=${list.loadingMore ? 'true' : 'false'}
            @click=${options.onMore}
          >
            ${list.loadingMore ? t('hub.history.more_loading') : t('hub.history.more')}
          </button>`
        : nothing
    }`;
}

function renderOrderRow(order: Order, index: number, { translator, onSelect }: HistoryOptions) {
  const { t } = translator;
  const count = order.line_items.reduce((sum, item) => sum + item.quantity, 0);
  return html`<button
    part="order"
    class="row order-row"
    type="button"
    data-index=${index}
    data-order-id=${order.id}
    @click=${() => onSelect(order)}
  >
    <span class="row-title">${t('hub.order.number', { number: order.number })}</span>
    <span class="status-tag" data-status=${order.status}
      >${wordsFor(t, `status.${order.status}.label`, 'hub.other')}</span
    >
    <span class="meta row-meta">
      <span>${t('hub.order.placed', { date: translator.date(order.placed_at) })}</span>
      <span>${t('hub.order.items', { count })}</span>
    </span>
    <span class="row-total">${t('hub.order.total', { total: translator.money(order.amounts.total) })}</span>
  </button>`;
}

import type { LineItem, Order, OrderStatus, PriceBreakdown } from '@txassist/contract/types';
import type { Translator } from '@txassist/sdk/i18n';
import { html, nothing } from 'lit';
import { html as staticHtml, type StaticValue } from 'lit/static-html.js';
import { wordsFor } from '../internal/words-for.js';
import { statusWords } from './words.js';

/** Statuses grouped by what they mean for the buyer; drives the badge colour (the label always says it in words). */
const STATUS_TONE: Readonly<Record<OrderStatus, 'attention' | 'progress' | 'success' | 'neutral'>> = {
  unpaid: 'attention',
  on_hold: 'progress',
  awaiting_shipment: 'progress',
  partially_shipped: 'progress',
  awaiting_collection: 'progress',
  in_transit: 'progress',
  delivered: 'success',
  completed: 'success',
  cancelled: 'neutral',
};

/** The order's number, date, seller, status with what it means: the top of the tracker. */
export function renderOrderHeader(order: Order, { t }: Translator, heading: StaticValue, subheading: StaticValue) {
  return staticHtml`
    <header part="header" class="header">
      <${heading} part="heading" id="order-heading" class="heading" tabindex="-1">${t('tracker.heading', { number: order.number })}</${heading}>
      <p class="meta">
        <span>${t('tracker.placed', { date: new Date(order.placed_at) })}</span>
        <span>${t('tracker.sold_by', { seller: order.seller.name })}</span>
      </p>
    </header>
    <section part="status" class="status">
      <${subheading} id="status-heading" class="visually-hidden">${t('tracker.status_heading')}</${subheading}>
      <p part="status-badge" class="badge" data-status=${order.status} data-tone=${STATUS_TONE[order.status]}>
        ${statusWords(t, `status.${order.status}.label`)}
      </p>
      <p class="explanation">${wordsFor(t, `status.${order.status}.explanation`)}</p>
    </section>`;
}

/** The items and the payment summary. */
export function renderOrderContents(order: Order, translator: Translator, subheading: StaticValue) {
  const { t } = translator;
  const itemCount = order.line_items.reduce((count, item) => count + item.quantity, 0);
  return staticHtml`
    <section class="items-section">
      <${subheading} id="items-heading" class="section-heading">${t('tracker.items_heading', { count: itemCount })}</${subheading}>
      <ul part="items" class="items" role="list">
        ${order.line_items.map((item) => renderItem(item, translator))}
      </ul>
    </section>
    <section class="totals-section">
      <${subheading} id="totals-heading" class="visually-hidden">${t('tracker.summary_heading')}</${subheading}>
      ${renderTotals(order.amounts, translator)}
    </section>`;
}

function renderItem(item: LineItem, { t, money }: Translator) {
  return html`<li part="item" class="item">
    <div class="item-main">
      <span class="item-title">${item.title}</span>
      ${item.variant ? html`<span class="item-detail">${t('tracker.variant', { variant: item.variant })}</span>` : nothing}
      <span class="item-detail"
        >${t('tracker.quantity', { count: item.quantity })} ·
        ${t('tracker.unit_price', { price: money(item.unit_price) })}</span
      >
    </div>
    <span class="item-total">${money(item.total)}</span>
  </li>`;
}

/** The discount is shown as a negative amount formatted by Intl: the sign goes where the locale puts it, with the bidi marks Arabic and Hebrew need. */
function renderTotals(amounts: PriceBreakdown, { t, money }: Translator) {
  return html`<dl part="totals" class="totals">
    <div>
      <dt>${t('tracker.subtotal')}</dt>
      <dd>${money(amounts.subtotal)}</dd>
    </div>
    <div>
      <dt>${t('tracker.shipping')}</dt>
      <dd>${money(amounts.shipping)}</dd>
    </div>
    ${
      amounts.tax.amount > 0
        ? html`<div>
            <dt>${t('tracker.tax')}</dt>
            <dd>${money(amounts.tax)}</dd>
          </div>`
        : nothing
    }
    ${
      amounts.discount.amount > 0
        ? html`<div>
            <dt>${t('tracker.discount')}</dt>
            <dd>${money({ ...amounts.discount, amount: -amounts.discount.amount })}</dd>
          </div>`
        : nothing
    }
    <div class="grand-total">
      <dt>${t('tracker.total')}</dt>
      <dd>${money(amounts.total)}</dd>
    </div>
  </dl>`;
}

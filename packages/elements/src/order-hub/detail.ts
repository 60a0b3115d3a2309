import type { Order, Shipment } from '@txassist/contract/types';
import type { MessageBundle, Translator } from '@txassist/sdk/i18n';
import { html, nothing } from 'lit';
import { renderUnpaid as renderUnpaidSlot } from '../internal/unpaid-slot.js';
import { renderAlert, renderRetry, sectionHeading } from '../internal/section-views.js';
import { ORDER } from '../i18n/catalogs/order/en.js';
import { maskedAddressLines } from './address.js';
import { refundedTotal, renderCases } from './cases.js';
import { detailSkeleton, type DetailOptions } from './detail-shell.js';
import type { Failure } from './state.js';
import { hasWords, wordsFor } from '../internal/words-for.js';

/**
 * The order detail's words (the `order` namespace): this chunk brings them (see `HubViews`). Typed as any
 * bundle, so the published declarations do not name the namespace (as `caseWords` in the dispute form).
 */
export const orderWords: MessageBundle = ORDER;

/**
 * What the detail shows under its heading (`renderDetailShell`, in the first chunk): the order, or what
 * failed with Try again, or a skeleton while the order loads.
 */
export function renderDetailBody(options: DetailOptions) {
  const { translator, detail } = options;
  const { t } = translator;
  const { view } = detail;
  if (view.kind === 'error') {
    return html`${renderAlert('detail-error', view.retrying ? '' : renderNextStep(view.failure, translator))}
    ${view.failure.retryable ? renderRetry(t('error.retry'), view.retrying, () => options.onRetry('order')) : nothing}`;
  }
  return view.kind === 'loaded' ? renderOrder(view.data, options) : detailSkeleton;
}

function renderOrder(order: Order, options: DetailOptions) {
  const { translator, level } = options;
  const { t } = translator;
  const sub = level + 2;
  return html`<div class="status-line">
      <span class="status-tag" data-status=${order.status}
        >${wordsFor(t, `status.${order.status}.label`, 'hub.other')}</span
      >
      <p>${wordsFor(t, `status.${order.status}.explanation`)}</p>
    </div>
    <p class="meta row-meta">
      <span>${t('hub.order.placed', { date: translator.date(order.placed_at) })}</span>
      <span>${t('order.sold_by', { seller: order.seller.name })}</span>
    </p>
    ${renderUnpaid(order, options)}
    <div class="detail-grid">
      ${block(sub, 'items', t('order.items_heading'), renderItems(order, translator))}
      ${block(sub, 'price', t('order.price_heading'), renderPrice(order, options))}
      ${block(sub, 'payment', t('order.payment_heading'), html`<p>${paymentText(order, translator)}</p>`)}
      ${block(sub, 'address', t('order.address_heading'), renderAddress(order, translator))}
      ${block(sub, 'shipments', t('order.shipments_heading'), renderShipments(options))}
      ${block(sub, 'cases', t('order.cases.heading'), renderCaseBlock(options))}
      ${block(sub, 'requests', t('order.help_heading'), renderActions(order, options))}
    </div>`;
}

/** Pay now and Cancel while the order waits for its payment (its view loads when first needed). */
function renderUnpaid(order: Order, { translator, level, detail }: DetailOptions) {
  const actions = detail.actions;
  if (!actions) return nothing;
  return renderUnpaidSlot(order, {
    host: actions.host,
    translator,
    level: level + 2,
    client: actions.client,
    onCancelled: actions.onCancelled,
    focusAfterCancel: '#detail-heading',
  });
}

function renderNextStep(failure: Failure, { t }: Translator) {
  return html`<p>${t(failure.nextStep)}</p>
    <p class="error-code">${t('error.code', { code: failure.displayCode })}</p>`;
}

function block(level: number, name: string, heading: string, content: unknown) {
  return html`<div part="detail-block" class="block" data-block=${name}>
    ${sectionHeading(level, `${name}-heading`, heading)} ${content}
  </div>`;
}

function renderItems(order: Order, translator: Translator) {
  const { t } = translator;
  return html`<ul class="plain-list items">
    ${order.line_items.map(
      (item) =>
        html`<li class="item">
          <span class="item-title">${item.title}</span>
          ${item.variant ? html`<span class="meta">${t('order.variant', { variant: item.variant })}</span>` : nothing}
          <span class="meta">${t('order.quantity', { count: item.quantity })}</span>
          <span class="item-total">${translator.money(item.total)}</span>
        </li>`,
    )}
  </ul>`;
}

function renderPrice({ amounts }: Order, { translator, detail }: DetailOptions) {
  const { t } = translator;
  const refunded =
    detail.cases.kind === 'loaded' ? refundedTotal(detail.cases.data, amounts.total.currency) : undefined;
  const row = (label: string, value: string, total = false) =>
    html`<div class=${total ? 'price-row total' : 'price-row'}>
      <dt>${label}</dt>
      <dd>${value}</dd>
    </div>`;
  return html`<dl part="price-breakdown" class="prices">
    ${row(t('order.subtotal'), translator.money(amounts.subtotal))}
    ${row(t('order.shipping'), translator.money(amounts.shipping))}
    ${amounts.tax.amount > 0 ? row(t('order.tax'), translator.money(amounts.tax)) : nothing}
    ${amounts.discount.amount > 0 ? row(t('order.discount'), `−${translator.money(amounts.discount)}`) : nothing}
    ${row(t('order.total'), translator.money(amounts.total), true)}
    ${refunded ? row(t('order.refunded'), `−${translator.money(refunded)}`) : nothing}
  </dl>`;
}

/**
 * The Order carries no payment record yet, so the confirmation follows from the status: every
 * status after `unpaid` means the payment went through.
 */
export function paymentText(order: Order, { t, money }: Translator): string {
  if (order.status === 'unpaid') return t('order.payment.pending');
  if (order.status === 'cancelled') return t('order.payment.cancelled');
  return t('order.payment.received', { total: money(order.amounts.total) });
}

function renderAddress(order: Order, translator: Translator) {
  const { t } = translator;
  if (!order.shipping_address) return html`<p class="muted">${t('order.no_address')}</p>`;
  return html`<p part="address" class="address">
      ${maskedAddressLines(order.shipping_address, translator).map((line) => html`<span>${line}</span>`)}
    </p>
    <p class="meta">${t('order.address_masked')}</p>`;
}

/** A part loaded after the order: its failure (with Try again) or a skeleton until it is there. */
function renderPartState(part: 'shipments' | 'cases', { detail, translator, onRetry }: DetailOptions) {
  const view = detail[part];
  if (view.kind === 'error') {
    return html`${renderAlert(`${part}-error`, view.retrying ? '' : renderNextStep(view.failure, translator))}
    ${view.failure.retryable ? renderRetry(translator.t('error.retry'), view.retrying, () => onRetry(part)) : nothing}`;
  }
  return html`<div class="skeleton" aria-hidden="true"><div class="bone"></div></div>`;
}

function renderCaseBlock(options: DetailOptions) {
  const { cases } = options.detail;
  if (cases.kind !== 'loaded') return renderPartState('cases', options);
  return renderCases({ translator: options.translator, cases: cases.data, onSelect: options.onCaseSelect });
}

function renderShipments(options: DetailOptions) {
  const { detail, translator } = options;
  const { t } = translator;
  const view = detail.shipments;
  if (view.kind !== 'loaded') return renderPartState('shipments', options);
  if (view.data.length === 0) return html`<p class="muted">${t('order.no_shipments')}</p>`;
  return html`<ul class="plain-list shipments">
    ${view.data.map((shipment) => renderShipment(shipment, translator))}
  </ul>`;
}

function renderShipment(shipment: Shipment, translator: Translator) {
  const { t } = translator;
  const window = shipment.estimated_delivery;
  return html`<li part="shipment" class="shipment">
    <span class="item-title">${wordsFor(t, `order.milestone.${shipment.tag}`, 'hub.other')}</span>
    <span class="meta tracking"
      >${t('order.shipment.tracking', { carrier: shipment.carrier.name, number: shipment.tracking_number })}</span
    >
    ${
      shipment.delivered_at
        ? html`<span>${t('order.shipment.delivered', { date: translator.date(shipment.delivered_at) })}</span>`
        : window
          ? html`<span
              >${t('order.shipment.estimate', {
                from: translator.date(window.earliest, { dateStyle: 'medium' }),
                to: translator.date(window.latest, { dateStyle: 'medium' }),
              })}</span
            >`
          : nothing
    }
    ${shipment.late && !shipment.delivered_at ? html`<span class="late">${t('order.shipment.late')}</span>` : nothing}
  </li>`;
}

/** What can still be requested, each until when; a refund request with its button, right by its words. */
function renderActions(order: Order, { translator, onRequestRefund }: DetailOptions) {
  const { t } = translator;
  // An action added by a newer API is one this version cannot word or offer: it is left out.
  const known = order.buyer_actions.filter(({ action }) => hasWords(t, `order.action.${action}_open`));
  if (known.length === 0) return html`<p class="muted">${t('order.no_actions')}</p>`;
  return html`<ul class="plain-list actions-list">
    ${known.map(
      ({ action, until }) =>
        html`<li>
          ${until ? t(`order.action.${action}`, { date: translator.date(until) }) : t(`order.action.${action}_open`)}
          ${
            action === 'request_refund'
              ? html`<button
                  part="request-refund-button"
                  class="button secondary"
                  type="button"
                  @click=${() => onRequestRefund(order)}
                >
                  ${t('order.action.request_refund_button')}
                </button>`
              : nothing
          }
        </li>`,
    )}
  </ul>`;
}

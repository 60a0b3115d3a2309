import type { Order, Shipment } from '@txassist/contract/types';
import type { Translator } from '@txassist/sdk/i18n';
import { html, nothing, type ReactiveElement } from 'lit';
import { renderUnpaid as renderUnpaidSlot } from '../internal/unpaid-slot.js';
import { renderAlert, renderRetry, sectionHeading } from '../internal/section-views.js';
import type { CaseKind } from '../events/case-select.js';
import { maskedAddressLines } from './address.js';
import { refundedTotal, renderCases, type OrderCases } from './cases.js';
import type { Failure, Section } from './state.js';
import { hasWords, wordsFor } from '../internal/words-for.js';

/** The order shown in detail, its shipments and its cases (loaded separately: the order can show before them). */
export interface DetailState {
  readonly orderId: string;
  readonly view: Section<Order>;
  readonly shipments: Section<readonly Shipment[]>;
  readonly cases: Section<OrderCases>;
  /** What Pay now and Cancel need (set by the detail controller). */
  readonly actions?: DetailActions;
}

export interface DetailActions {
  readonly host: ReactiveElement;
  readonly client: () => unknown;
  readonly onCancelled: (order: Order) => void;
}

export interface DetailOptions {
  readonly translator: Translator;
  readonly level: number;
  readonly detail: DetailState;
  readonly onBack: () => void;
  /** Try again: the order (and everything in it), its shipments or its cases. */
  readonly onRetry: (part: 'order' | 'shipments' | 'cases') => void;
  /** The buyer chose one of the order's cases. */
  readonly onCaseSelect: (caseId: string, kind: CaseKind) => void;
  /** The buyer chose "Ask for a refund" for the order. */
  readonly onRequestRefund: (order: Order) => void;
}

/**
 * The order in detail. One outer template for every state, so the heading (where focus goes when an
 * order opens) stays the same element while the order loads, and focus stays on it.
 */
export function renderDetail(options: DetailOptions) {
  const { translator, level, detail } = options;
  const { t } = translator;
  const { view } = detail;
  let title = t('hub.detail.loading');
  let body: unknown = html`<div class="skeleton" aria-hidden="true">
    <div class="bone"></div>
    <div class="bone bone-short"></div>
  </div>`;
  if (view.kind === 'error') {
    title = t(view.failure.title);
    body = html`${renderAlert('detail-error', view.retrying ? '' : renderNextStep(view.failure, translator))}
    ${view.failure.retryable ? renderRetry(t('error.retry'), view.retrying, () => options.onRetry('order')) : nothing}`;
  } else if (view.kind === 'loaded') {
    title = t('hub.order.number', { number: view.data.number });
    body = renderOrder(view.data, options);
  }
  return html`<section
    part="detail"
    class="section detail"
    aria-labelledby="detail-heading"
    aria-busy=${view.kind === 'loading' || view.kind === 'idle' || (view.kind === 'error' && view.retrying) ? 'true' : 'false'}
  >
    <button part="back-button" class="button secondary back" type="button" @click=${options.onBack}>
      <span class="back-arrow" aria-hidden="true"></span>${t('hub.detail.back')}
    </button>
    ${sectionHeading(level + 1, 'detail-heading', title, true)} ${body}
  </section>`;
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
      <span>${t('hub.detail.sold_by', { seller: order.seller.name })}</span>
    </p>
    ${renderUnpaid(order, options)}
    <div class="detail-grid">
      ${block(sub, 'items', t('hub.detail.items_heading'), renderItems(order, translator))}
      ${block(sub, 'price', t('hub.detail.price_heading'), renderPrice(order, options))}
      ${block(sub, 'payment', t('hub.detail.payment_heading'), html`<p>${paymentText(order, translator)}</p>`)}
      ${block(sub, 'address', t('hub.detail.address_heading'), renderAddress(order, translator))}
      ${block(sub, 'shipments', t('hub.detail.shipments_heading'), renderShipments(options))}
      ${block(sub, 'cases', t('hub.cases.heading'), renderCaseBlock(options))}
      ${block(sub, 'requests', t('hub.detail.help_heading'), renderActions(order, options))}
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

/** What the live region says once an order is shown. */
export function detailLoaded(order: Order, { t }: Translator): string {
  return t('hub.detail.loaded', {
    number: order.number,
    status: wordsFor(t, `status.${order.status}.label`, 'hub.other'),
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
          ${item.variant ? html`<span class="meta">${t('hub.detail.variant', { variant: item.variant })}</span>` : nothing}
          <span class="meta">${t('hub.detail.quantity', { count: item.quantity })}</span>
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
    ${row(t('hub.detail.subtotal'), translator.money(amounts.subtotal))}
    ${row(t('hub.detail.shipping'), translator.money(amounts.shipping))}
    ${amounts.tax.amount > 0 ? row(t('hub.detail.tax'), translator.money(amounts.tax)) : nothing}
    ${amounts.discount.amount > 0 ? row(t('hub.detail.discount'), `−${translator.money(amounts.discount)}`) : nothing}
    ${row(t('hub.detail.total'), translator.money(amounts.total), true)}
    ${refunded ? row(t('hub.detail.refunded'), `−${translator.money(refunded)}`) : nothing}
  </dl>`;
}

/**
 * The Order carries no payment record yet, so the confirmation follows from the status: every
 * status after `unpaid` means the payment went through.
 */
export function paymentText(order: Order, { t, money }: Translator): string {
  if (order.status === 'unpaid') return t('hub.payment.pending');
  if (order.status === 'cancelled') return t('hub.payment.cancelled');
  return t('hub.payment.received', { total: money(order.amounts.total) });
}

function renderAddress(order: Order, translator: Translator) {
  const { t } = translator;
  if (!order.shipping_address) return html`<p class="muted">${t('hub.detail.no_address')}</p>`;
  return html`<p part="address" class="address">
      ${maskedAddressLines(order.shipping_address, translator).map((line) => html`<span>${line}</span>`)}
    </p>
    <p class="meta">${t('hub.detail.address_masked')}</p>`;
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
  if (view.data.length === 0) return html`<p class="muted">${t('hub.detail.no_shipments')}</p>`;
  return html`<ul class="plain-list shipments">
    ${view.data.map((shipment) => renderShipment(shipment, translator))}
  </ul>`;
}

function renderShipment(shipment: Shipment, translator: Translator) {
  const { t } = translator;
  const window = shipment.estimated_delivery;
  return html`<li part="shipment" class="shipment">
    <span class="item-title">${wordsFor(t, `hub.milestone.${shipment.tag}`, 'hub.other')}</span>
    <span class="meta tracking"
      >${t('hub.shipment.tracking', { carrier: shipment.carrier.name, number: shipment.tracking_number })}</span
    >
    ${
      shipment.delivered_at
        ? html`<span>${t('hub.shipment.delivered', { date: translator.date(shipment.delivered_at) })}</span>`
        : window
          ? html`<span
              >${t('hub.shipment.estimate', {
                from: translator.date(window.earliest, { dateStyle: 'medium' }),
                to: translator.date(window.latest, { dateStyle: 'medium' }),
              })}</span
            >`
          : nothing
    }
    ${shipment.late && !shipment.delivered_at ? html`<span class="late">${t('hub.shipment.late')}</span>` : nothing}
  </li>`;
}

/** What can still be requested, each until when; a refund request with its button, right by its words. */
function renderActions(order: Order, { translator, onRequestRefund }: DetailOptions) {
  const { t } = translator;
  // An action added by a newer API is one this version cannot word or offer: it is left out.
  const known = order.buyer_actions.filter(({ action }) => hasWords(t, `hub.action.${action}_open`));
  if (known.length === 0) return html`<p class="muted">${t('hub.detail.no_actions')}</p>`;
  return html`<ul class="plain-list actions-list">
    ${known.map(
      ({ action, until }) =>
        html`<li>
          ${until ? t(`hub.action.${action}`, { date: translator.date(until) }) : t(`hub.action.${action}_open`)}
          ${
            action === 'request_refund'
              ? html`<button
                  part="request-refund-button"
                  class="button secondary"
                  type="button"
                  @click=${() => onRequestRefund(order)}
                >
                  ${t('hub.action.request_refund_button')}
                </button>`
              : nothing
          }
        </li>`,
    )}
  </ul>`;
}

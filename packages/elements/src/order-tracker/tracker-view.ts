import type { Order, OrderStatus, Shipment, TxEvent } from '@txassist/contract/types';
import type { Translator } from '@txassist/sdk/i18n';
import { html, nothing, type ReactiveElement } from 'lit';
import { unsafeStatic, type StaticValue } from 'lit/static-html.js';
import { renderUnpaid as renderUnpaidSlot } from '../internal/unpaid-slot.js';
import type { LoadFailure } from '../internal/load-failure.js';
import { renderOrderContents, renderOrderHeader } from './order-summary.js';
import type { renderShipments, ShipmentsContext } from './shipment-card.js';
import { mergeShipment, mergeShipments } from './shipment-model.js';
import { statusWords } from './words.js';

/** What the tracker shows. */
export type View =
  | { readonly kind: 'idle' }
  | { readonly kind: 'guest' }
  | { readonly kind: 'loading' }
  | { readonly kind: 'loaded'; readonly order: Order; readonly shipments: readonly Shipment[] | undefined }
  | { readonly kind: 'error'; readonly failure: LoadFailure; readonly retrying: boolean };

export type LoadedView = Extract<View, { kind: 'loaded' }>;

/** Order statuses the server derives from the shipments' progress. */
const SHIPMENT_DRIVEN: ReadonlySet<OrderStatus> = new Set([
  'partially_shipped',
  'awaiting_collection',
  'in_transit',
  'delivered',
]);

const HEADINGS = [1, 2, 3, 4, 5, 6].map((level) => unsafeStatic(`h${level}`));

/** `<h1>`…`<h6>` for a level, clamped to 1–6 (a non-integer level means the default 2). */
export function headingTag(level: number) {
  const clamped = Number.isInteger(level) ? Math.min(Math.max(level, 1), 6) : 2;
  return HEADINGS[clamped - 1]!;
}

/** A live event applied to what is shown, and what to announce about it (nothing for an event that changes nothing visible). */
export function applyEvent(
  view: LoadedView,
  event: TxEvent,
  { t }: Translator,
): { view: LoadedView; announce?: string } {
  if (event.type === 'shipment.updated') {
    const shipment = event.data.object;
    return {
      view: { ...view, shipments: mergeShipment(view.shipments ?? [], shipment) },
      announce: t('tracker.live.shipment', {
        status: statusWords(t, `tracker.tag.${shipment.tag}.label`),
      }),
    };
  }
  // Case news (disputes, refund requests) is shown by their own views; an event type added later is ignored.
  if (event.type !== 'order.updated' && event.type !== 'order.created') return { view };
  const order = event.data.object;
  if (Date.parse(order.updated_at) < Date.parse(view.order.updated_at)) return { view };
  // A status that follows the parcels comes with their own, more precise announcement: say that one only.
  const followsParcels = (view.shipments?.length ?? 0) > 0 && SHIPMENT_DRIVEN.has(order.status);
  return {
    view: { ...view, order },
    announce:
      order.status !== view.order.status && !followsParcels
        ? t('tracker.live.order', { status: statusWords(t, `status.${order.status}.label`) })
        : undefined,
  };
}

/** A fresh read merged into what is shown: the newer copy of everything wins. */
export function refreshedView(
  current: LoadedView,
  order: Order | undefined,
  shipments: readonly Shipment[] | undefined,
): LoadedView {
  return {
    kind: 'loaded',
    order: order && Date.parse(order.updated_at) >= Date.parse(current.order.updated_at) ? order : current.order,
    shipments: shipments ? mergeShipments(current.shipments ?? [], shipments) : current.shipments,
  };
}

/**
 * What to announce when a background read (not an event) changed what is shown: the change is the
 * same news whichever way it arrived, so it is worded as the live event would have been.
 */
export function changeAnnouncement(before: LoadedView, after: LoadedView, { t }: Translator): string | undefined {
  const earlier = new Map((before.shipments ?? []).map((shipment) => [shipment.id, shipment.tag]));
  const moved = (after.shipments ?? []).filter(
    (shipment) => earlier.has(shipment.id) && earlier.get(shipment.id) !== shipment.tag,
  );
  const parcel = moved.at(-1);
  if (parcel)
    return t('tracker.live.shipment', {
      status: statusWords(t, `tracker.tag.${parcel.tag}.label`),
    });
  const followsParcels = (after.shipments?.length ?? 0) > 0 && SHIPMENT_DRIVEN.has(after.order.status);
  if (after.order.status !== before.order.status && !followsParcels)
    return t('tracker.live.order', {
      status: statusWords(t, `status.${after.order.status}.label`),
    });
  return undefined;
}

/**
 * The polite live region's text: Try again or a guest lookup in progress (the buyer acted), else the
 * latest announcement (a live update, Copied, connection). Never what loaded: that is on the page.
 */
export function statusText(view: View, guestSubmitting: boolean, announcement: string, { t }: Translator): string {
  if (view.kind === 'error' && view.retrying) return t('error.retrying');
  if (guestSubmitting) return t('tracker.guest.submitting');
  return announcement;
}

export function toggled(set: ReadonlySet<string>, id: string): ReadonlySet<string> {
  const next = new Set(set);
  if (!next.delete(id)) next.add(id);
  return next;
}

export const skeleton = html`<div class="skeleton" aria-hidden="true">
  <div class="bone bone-heading"></div>
  <div class="bone"></div>
  <div class="bone bone-short"></div>
</div>`;

/**
 * The alert region (in the DOM from the first render, empty unless there is an error: what went
 * wrong, what to do, the code to quote) and Try again for errors that may pass.
 */
export function renderErrorRegion(view: View, { t }: Translator, onRetry: () => void) {
  const failure = view.kind === 'error' && !view.retrying ? view.failure : undefined;
  return html`<div part="error" class=${failure ? 'error' : 'error empty'} role="alert">
      ${
        failure
          ? html`<p class="error-title">${t(failure.title)}</p>
              <p>${t(failure.nextStep)}</p>
              <p class="error-code">${t('error.code', { code: failure.displayCode })}</p>`
          : nothing
      }
    </div>
    ${
      view.kind === 'error' && view.failure.retryable
        ? html`<button
            part="retry-button"
            class="retry"
            type="button"
            aria-disabled=${view.retrying ? 'true' : 'false'}
            @click=${onRetry}
          >
            ${view.retrying ? t('error.retrying') : t('error.retry')}
          </button>`
        : nothing
    }`;
}

/** A loaded order: header and status, the tracking section (when shipments are known), items and totals. */
export function renderLoadedOrder(
  order: Order,
  shipments: readonly Shipment[] | undefined,
  headingLevel: number,
  context: Omit<ShipmentsContext, 'order' | 'heading' | 'cardHeading' | 'innerHeading'> & {
    /** The parcel cards (a chunk of their own); `undefined` while it loads: a placeholder instead. */
    readonly renderShipments: typeof renderShipments | undefined;
  },
) {
  const shipmentsView = context.renderShipments;
  const level = Number.isInteger(headingLevel) ? headingLevel : 2;
  const [heading, section, card, inner] = [0, 1, 2, 3].map((offset) => headingTag(level + offset)) as [
    StaticValue,
    StaticValue,
    StaticValue,
    StaticValue,
  ];
  return html`
    ${renderOrderHeader(order, context.translator, heading, section)} ${renderUnpaid(order, level + 1, context)}
    ${
      !shipments
        ? nothing
        : shipmentsView
          ? shipmentsView(shipments, { ...context, order, heading: section, cardHeading: card, innerHeading: inner })
          : html`<div class="shipments-loading" aria-busy="true">${skeleton}</div>`
    }
    ${renderOrderContents(order, context.translator, section)}
  `;
}

/** Pay now and Cancel while the order waits for its payment (the cancelled order then arrives live). */
function renderUnpaid(order: Order, level: number, context: { translator: Translator; host: EventTarget }) {
  return renderUnpaidSlot(order, {
    host: context.host as ReactiveElement,
    translator: context.translator,
    level,
    client: () => undefined,
    focusAfterCancel: '#order-heading',
  });
}

import type { Order, Shipment } from '@txassist/contract/types';
import type { Translator } from '@txassist/sdk/i18n';
import { html, nothing } from 'lit';
import { html as staticHtml, type StaticValue } from 'lit/static-html.js';
import { TxReportProblemEvent, type ReportProblemAction, type ShipmentProblem } from '../events/report-problem.js';
import { sameDay, shipmentProblem } from './shipment-model.js';
import { renderTimeline } from './timeline.js';
import { wordsFor } from '../internal/words-for.js';
import { statusWords } from './words.js';

/** What one shipment card needs from the tracker: its words, the state of its disclosures and its callbacks. */
export interface ShipmentCardContext {
  readonly translator: Translator;
  readonly order: Order;
  readonly index: number;
  readonly total: number;
  readonly now: Date;
  readonly timelineExpanded: boolean;
  readonly notReceivedOpen: boolean;
  /** Heading of the card, and of the sections inside it (one level below). */
  readonly heading: StaticValue;
  readonly subheading: StaticValue;
  readonly onToggleTimeline: (shipmentId: string) => void;
  readonly onToggleNotReceived: (shipmentId: string) => void;
  /** Announces "Copied" (or how to copy by hand) in the tracker's live region. */
  readonly announce: (message: string) => void;
  /** Where `tx-report-problem` is dispatched (the tracker). */
  readonly host: EventTarget;
}

const SHORT_DAY: Intl.DateTimeFormatOptions = { weekday: 'short', month: 'short', day: 'numeric' };

/** What the buyer can do about each problem: every one offers the seller and help; lost-looking parcels also "not received". */
const ACTIONS: Readonly<Record<ShipmentProblem, readonly ReportProblemAction[]>> = {
  exception: ['contact_seller', 'report_not_received', 'get_help'],
  failed_attempt: ['contact_seller', 'get_help'],
  expired: ['contact_seller', 'report_not_received', 'get_help'],
  late: ['contact_seller', 'report_not_received', 'get_help'],
  not_received: ['report_not_received', 'contact_seller', 'get_help'],
};

function renderEstimate(shipment: Shipment, { t, date, relativeTime }: Translator, now: Date) {
  if (shipment.tag === 'delivered' && shipment.delivered_at) {
    return html`<p part="estimate" class="estimate">
      ${t('tracker.delivered_on', { date: date(shipment.delivered_at, SHORT_DAY) })}
    </p>`;
  }
  const window = shipment.estimated_delivery;
  if (!window) return nothing;
  const earliest = new Date(window.earliest);
  const expected = sameDay(window.earliest, window.latest)
    ? t('tracker.estimate_day', { date: date(earliest, SHORT_DAY) })
    : t('tracker.estimate_range', { from: date(earliest, SHORT_DAY), to: date(window.latest, SHORT_DAY) });
  const upcoming = earliest.getTime() > now.getTime();
  return html`<p part="estimate" class="estimate">
    <span class="estimate-window">${expected}</span>
    ${upcoming ? html`<span class="muted">${t('tracker.estimate_relative', { relative: relativeTime(earliest, now) })}</span>` : nothing}
    ${shipment.estimate_revised ? html`<span class="muted">${t('tracker.estimate_revised')}</span>` : nothing}
  </p>`;
}

function reportProblem(shipment: Shipment, problem: ShipmentProblem, action: ReportProblemAction, host: EventTarget) {
  const { order_id: orderId, id: shipmentId, tracking_number: trackingNumber } = shipment;
  host.dispatchEvent(new TxReportProblemEvent({ action, problem, orderId, shipmentId, trackingNumber }));
}

async function copyTrackingNumber(shipment: Shipment, { translator, announce }: ShipmentCardContext): Promise<void> {
  try {
    await navigator.clipboard.writeText(shipment.tracking_number);
    announce(translator.t('tracker.copied'));
  } catch {
    announce(translator.t('tracker.copy_failed'));
  }
}

function renderProblem(shipment: Shipment, problem: ShipmentProblem, context: ShipmentCardContext) {
  const { t } = context.translator;
  return html`<div part="problem" class="problem" id=${`problem-${shipment.id}`} data-problem=${problem}>
    <p class="problem-title">${t(`tracker.problem.${problem}.title`)}</p>
    <p>${t(`tracker.problem.${problem}.explanation`)}</p>
    <div class="actions">
      ${ACTIONS[problem].map(
        (action, index) =>
          html`<button
            part="problem-action"
            class=${index === 0 ? 'primary-button' : 'secondary-button'}
            type="button"
            data-action=${action}
            @click=${() => reportProblem(shipment, problem, action, context.host)}
          >
            ${t(`tracker.action.${action}`)}
          </button>`,
      )}
    </div>
  </div>`;
}

function renderContents(shipment: Shipment, { order, translator }: ShipmentCardContext) {
  const titles = order.line_items.filter((item) => shipment.line_item_ids.includes(item.id)).map((item) => item.title);
  if (titles.length === 0) return nothing;
  const items = new Intl.ListFormat(translator.locale, { type: 'conjunction' }).format(titles);
  return html`<p class="contents">${translator.t('tracker.parcel_contents', { items })}</p>`;
}

/** One parcel: where it is in plain words, when it should arrive, the carrier and tracking number, what to do if it is stuck, and its history. */
export function renderShipmentCard(shipment: Shipment, context: ShipmentCardContext) {
  const { t } = context.translator;
  const problem = shipmentProblem(shipment, context.now);
  const headingId = `shipment-heading-${shipment.id}`;
  const title =
    context.total > 1
      ? t('tracker.parcel_heading', { index: context.index + 1, total: context.total })
      : t('tracker.parcel_single');
  const late = problem === 'late';

  return staticHtml`<article part="shipment" class="shipment" aria-labelledby=${headingId} data-tag=${shipment.tag}>
    <${context.heading} id=${headingId} class="shipment-heading">${title}</${context.heading}>
    ${context.total > 1 ? renderContents(shipment, context) : nothing}
    <div class="shipment-status">
      <p class="badges">
        <span part="shipment-badge" class="badge" data-tag=${shipment.tag}>${statusWords(t, `tracker.tag.${shipment.tag}.label`)}</span>
        ${late ? html`<span part="late-badge" class="badge" data-tone="attention">${t('tracker.late')}</span>` : nothing}
      </p>
      <p class="explanation">${wordsFor(t, `tracker.tag.${shipment.tag}.explanation`)}</p>
      ${renderEstimate(shipment, context.translator, context.now)}
    </div>
    <dl part="carrier" class="carrier">
      <div>
        <dt>${t('tracker.carrier')}</dt>
        <dd>${shipment.carrier.name}</dd>
      </div>
      <div>
        <dt>${t('tracker.tracking_number')}</dt>
        <dd class="tracking">
          <span part="tracking-number" class="tracking-number" dir="ltr">${shipment.tracking_number}</span>
          <button part="copy-button" class="secondary-button" type="button" @click=${() => void copyTrackingNumber(shipment, context)}>
            ${t('tracker.copy')}
          </button>
        </dd>
      </div>
    </dl>
    ${problem ? renderProblem(shipment, problem, context) : nothing}
    ${
      shipment.tag === 'delivered'
        ? html`<button
              part="not-received-toggle"
              class="secondary-button"
              type="button"
              aria-expanded=${context.notReceivedOpen ? 'true' : 'false'}
              aria-controls=${`problem-${shipment.id}`}
              @click=${() => context.onToggleNotReceived(shipment.id)}
            >
              ${t('tracker.not_received_toggle')}
            </button>
            ${context.notReceivedOpen ? renderProblem(shipment, 'not_received', context) : nothing}`
        : nothing
    }
    ${renderTimeline(shipment, context.timelineExpanded, context.onToggleTimeline, context.translator, context.subheading)}
  </article>`;
}

/** What the tracking section needs: the card context minus what differs per card. */
export interface ShipmentsContext extends Omit<
  ShipmentCardContext,
  'index' | 'total' | 'timelineExpanded' | 'notReceivedOpen' | 'heading' | 'subheading'
> {
  readonly expandedTimelines: ReadonlySet<string>;
  readonly openNotReceived: ReadonlySet<string>;
  /** Heading of the section, of each card, and of the sections inside a card. */
  readonly heading: StaticValue;
  readonly cardHeading: StaticValue;
  readonly innerHeading: StaticValue;
}

/** The tracking section: every parcel of the order, or a note that nothing has shipped yet. */
export function renderShipments(shipments: readonly Shipment[], context: ShipmentsContext) {
  const { t } = context.translator;
  return staticHtml`<section part="shipments" class="shipments">
    <${context.heading} id="shipments-heading" class="section-heading">${t('tracker.shipments_heading')}</${context.heading}>
    ${shipments.length === 0 ? html`<p class="muted">${t('tracker.no_shipments')}</p>` : nothing}
    ${shipments.map((shipment, index) =>
      renderShipmentCard(shipment, {
        ...context,
        index,
        total: shipments.length,
        timelineExpanded: context.expandedTimelines.has(shipment.id),
        notReceivedOpen: context.openNotReceived.has(shipment.id),
        heading: context.cardHeading,
        subheading: context.innerHeading,
      }),
    )}
  </section>`;
}

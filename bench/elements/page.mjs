// Browser side of the element benchmark, bundled by bench/elements.mjs (same Rollup plugins and
// minifier as the CDN bundle) into bench/.cache/elements/page.bundle: the real elements package plus a
// plain Lit element that renders the same checkpoint rows, both on one copy of Lit.
/* global document, window, customElements */
import '@txassist/elements';
import { css, html, LitElement } from 'lit';

const times = new Map();
function when(locale, value) {
  let format = times.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    times.set(locale, format);
  }
  return format.format(new Date(value));
}

/** The baseline: one Lit template per checkpoint, no i18n, no states, no parts — just the same rows. */
class BenchPlainList extends LitElement {
  static properties = { order: { attribute: false }, shipments: { attribute: false }, locale: {} };
  static styles = css`
    :host {
      display: block;
      font: 16px system-ui;
    }
    ol {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    li {
      display: grid;
      gap: 2px;
      padding: 8px 0;
      border-block-end: 1px solid #ddd;
    }
    .detail {
      color: #555;
    }
  `;

  render() {
    const order = this.order;
    const shipment = this.shipments?.[0];
    if (!order || !shipment) return html``;
    return html`<h2>Order ${order.number}</h2>
      <p data-tag=${shipment.tag}>${shipment.tag}</p>
      <p>${shipment.carrier.name} ${shipment.tracking_number}</p>
      <ol>
        ${shipment.checkpoints.map(
          (checkpoint) =>
            html`<li>
              <strong>${checkpoint.tag}</strong>
              <span class="message">${checkpoint.message}</span>
              <span class="detail"
                >${when('en', checkpoint.occurred_at)} ${checkpoint.location?.city ?? ''}
                ${checkpoint.location?.country ?? ''}</span
              >
            </li>`,
        )}
      </ol>`;
  }
}
customElements.define('bench-plain-list', BenchPlainList);

/** Forces style recalculation and layout, so the figures include what the browser does before paint. */
function forceLayout(element) {
  element.getBoundingClientRect();
  return document.body.offsetHeight;
}

const isTracker = (element) => element.localName === 'tx-order-tracker';

function rowCount(element) {
  return element.shadowRoot?.querySelectorAll(isTracker(element) ? '[part="checkpoint"]' : 'li').length ?? 0;
}

function newestMessage(element) {
  const selector = isTracker(element) ? '[part="checkpoint"] .checkpoint-message' : 'li .message';
  return element.shadowRoot?.querySelector(selector)?.textContent?.trim();
}

/**
 * Creates the element with the order and its shipment, appends it, waits for Lit's first render, then
 * layout. `expand`: for the tracker, also opens the full history (it shows the latest three at first),
 * so both elements end with the same 200 rows on screen.
 */
async function render(tag, { order, shipments, now }, expand) {
  const start = performance.now();
  const element = document.createElement(tag);
  element.locale = 'en';
  element.order = order;
  element.shipments = shipments;
  if (isTracker(element)) element.now = new Date(now);
  document.body.append(element);
  await element.updateComplete;
  if (expand && isTracker(element)) {
    element.shadowRoot.querySelector('[part="timeline-toggle"]').click();
    await element.updateComplete;
  }
  const rendered = performance.now();
  forceLayout(element);
  const laidOut = performance.now();
  return { timing: { render_ms: rendered - start, layout_ms: laidOut - start, rows: rowCount(element) }, element };
}

/**
 * A tracker fed by a stand-in client whose event stream is driven from here: `deliver(event)` is the
 * moment the SDK hands a parsed event to the tracker (network and parsing are in the events benchmark).
 */
async function liveTracker({ order, shipments, now }) {
  let deliver;
  const client = {
    orders: { get: async () => order },
    shipments: { list: async () => shipments },
    events: {
      subscribe(handler, options) {
        deliver = handler;
        queueMicrotask(() => options?.onStatus?.('open'));
        return () => undefined;
      },
    },
  };
  const element = document.createElement('tx-order-tracker');
  element.locale = 'en';
  element.now = new Date(now);
  element.client = client;
  element.orderId = order.id;
  document.body.append(element);
  while (!deliver || !element.shadowRoot?.querySelector('[part="shipment"]')) {
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  await element.updateComplete;
  return { element, deliver: (event) => deliver(event) };
}

let live;
let sequence = 0;

window.bench = {
  /** The first element of its kind on a fresh page: template preparation and styles included. */
  async firstRender(tag, data, expand = true) {
    return (await render(tag, data, expand)).timing;
  },

  /** A new instance in a page that already rendered one (templates and styles warm), removed afterwards. */
  async warmRender(tag, data, expand = true) {
    const { timing, element } = await render(tag, data, expand);
    element.remove();
    return timing;
  },

  /** A new checkpoint: for the tracker a `shipment.updated` event handed over by its stream; for the list a new property. */
  async update(tag, data, message) {
    const shipment = data.shipments[0];
    const checkpoint = {
      ...shipment.checkpoints[0],
      id: `chk_benchlive${String(++sequence).padStart(6, '0')}`,
      message,
    };
    const next = {
      ...shipment,
      checkpoints: [checkpoint, ...shipment.checkpoints],
      updated_at: new Date().toISOString(),
    };
    let element;
    const start = performance.now();
    if (tag === 'tx-order-tracker') {
      live ??= await liveTracker(data);
      element = live.element;
      const event = {
        object: 'event',
        id: `evt_benchlive${String(sequence).padStart(6, '0')}`,
        sequence: 1000 + sequence,
        created_at: next.updated_at,
        type: 'shipment.updated',
        data: { object: next },
      };
      const eventStart = performance.now();
      live.deliver(event);
      await element.updateComplete;
      const rendered = performance.now();
      forceLayout(element);
      const laidOut = performance.now();
      return { render_ms: rendered - eventStart, layout_ms: laidOut - eventStart, shown: newestMessage(element) };
    }
    element = document.querySelector(tag) ?? (await render(tag, data, true)).element;
    element.shipments = [next];
    await element.updateComplete;
    const rendered = performance.now();
    forceLayout(element);
    const laidOut = performance.now();
    return { render_ms: rendered - start, layout_ms: laidOut - start, shown: newestMessage(element) };
  },
};
window.benchReady = true;

// Browser side of the element benchmark, bundled by bench/elements.mjs (same Rollup plugins and
// minifier as the CDN bundle) into bench/.cache/elements/page.bundle: the real elements package plus a
// plain Lit element that renders the same rows, both on one copy of Lit.
/* global document, window, customElements */
import '@txassist/elements';
import { css, html, LitElement } from 'lit';

const formatters = new Map();
function money({ amount, currency }) {
  let format = formatters.get(currency);
  if (!format) {
    format = new Intl.NumberFormat('en', { style: 'currency', currency });
    formatters.set(currency, format);
  }
  return format.format(amount / 100);
}

/** The baseline: one Lit template per row, no i18n, no states, no parts — just the same list. */
class BenchPlainList extends LitElement {
  static properties = { order: { attribute: false }, locale: {} };
  static styles = css`
    :host {
      display: block;
      font: 16px system-ui;
    }
    ul {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    li {
      display: flex;
      justify-content: space-between;
      gap: 8px;
      padding: 8px 0;
      border-block-end: 1px solid #ddd;
    }
    .detail {
      display: block;
      color: #555;
    }
  `;

  render() {
    const order = this.order;
    if (!order) return html``;
    return html`<h2>Order ${order.number}</h2>
      <p class="badge" data-status=${order.status}>${order.status}</p>
      <ul>
        ${order.line_items.map(
          (item) =>
            html`<li>
              <div>
                <span>${item.title}</span>
                ${item.variant ? html`<span class="detail">${item.variant}</span>` : ''}
                <span class="detail">Qty ${item.quantity} · ${money(item.unit_price)} each</span>
              </div>
              <span>${money(item.total)}</span>
            </li>`,
        )}
      </ul>
      <p>Total ${money(order.amounts.total)}</p>`;
  }
}
customElements.define('bench-plain-list', BenchPlainList);

/** Forces style recalculation and layout, so the figures include what the browser does before paint. */
function forceLayout(element) {
  element.getBoundingClientRect();
  return document.body.offsetHeight;
}

function rowCount(element) {
  return element.shadowRoot?.querySelectorAll('li').length ?? 0;
}

function statusShown(element) {
  return element.shadowRoot?.querySelector('[data-status]')?.getAttribute('data-status');
}

/** Creates the element with `order` set, appends it, waits for Lit's first render, then layout. */
async function render(tag, order) {
  const start = performance.now();
  const element = document.createElement(tag);
  element.locale = 'en';
  element.order = order;
  document.body.append(element);
  await element.updateComplete;
  const rendered = performance.now();
  forceLayout(element);
  const laidOut = performance.now();
  return { timing: { render_ms: rendered - start, layout_ms: laidOut - start, rows: rowCount(element) }, element };
}

window.bench = {
  /** The first element of its kind on a fresh page: template preparation and styles included. */
  async firstRender(tag, order) {
    return (await render(tag, order)).timing;
  },

  /** A new instance in a page that already rendered one (templates and styles warm), removed afterwards. */
  async warmRender(tag, order) {
    const { timing, element } = await render(tag, order);
    element.remove();
    return timing;
  },

  /** What a live update does: a new `order` object with another status, to the DOM showing it. */
  async update(tag, order, status) {
    const element = document.querySelector(tag) ?? (await render(tag, order)).element;
    const next = { ...element.order, status };
    const start = performance.now();
    element.order = next;
    await element.updateComplete;
    const rendered = performance.now();
    forceLayout(element);
    const laidOut = performance.now();
    return { render_ms: rendered - start, layout_ms: laidOut - start, shown: statusShown(element) };
  },
};
window.benchReady = true;

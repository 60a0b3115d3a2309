// Element rendering in headless Chromium: first render of <tx-order-tracker> with a shipment of 200
// carrier checkpoints vs a plain Lit element rendering the same 200 rows (same page bundle, same Lit),
// and the time from a `shipment.updated` event handed to the tracker by its event stream to the
// updated DOM (vs a new property on the plain list).
/* global window */ // inside page.evaluate callbacks, which run in the page
import { mkdir, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import { join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { rollup } from 'rollup';
import { Order, Shipment } from '@txassist/contract';
import { minifyPlugin, onwarn, resolvePlugins } from '../rollup.config.mjs';
import { CACHE_DIR, fmt, heading, table } from './lib/report.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH as CHROMIUM } from '../scripts/chromium.mjs';
import { median } from './lib/stats.mjs';

const PAGE_DIR = join(CACHE_DIR, 'elements');
const ENTRY = fileURLToPath(new URL('./elements/page.mjs', import.meta.url));
const ROWS = 200;
const TAGS = { tracker: 'tx-order-tracker', plain: 'bench-plain-list' };

/** Bundles the page module with the CDN bundle's plugins and minifier into bench/.cache/elements/. */
async function bundle() {
  await rm(PAGE_DIR, { recursive: true, force: true });
  const build = await rollup({ input: ENTRY, plugins: resolvePlugins(), onwarn });
  try {
    await build.write({
      dir: PAGE_DIR,
      format: 'es',
      // Not `.js`: ESLint's `.cache/` ignore covers only the repository root, and `npm run lint`
      // must not lint this bundle. The static server sends every file as JavaScript.
      entryFileNames: 'page.bundle',
      chunkFileNames: 'chunks/[name]-[hash].chunk',
      plugins: [minifyPlugin()],
    });
  } finally {
    await build.close();
  }
}

const NOW = '2026-11-24T12:00:00.000Z';

/** An order and its shipment with `ROWS` checkpoints (newest first), checked against the contract. */
function fixtureData() {
  const money = (amount) => ({ amount, currency: 'USD' });
  const order = Order.parse({
    object: 'order',
    id: 'ord_benchTwoHundred',
    number: 'TX-200200',
    status: 'in_transit',
    currency: 'USD',
    seller: { id: 'sel_benchseller01', name: 'Lumen Beauty' },
    buyer_id: 'byr_benchbuyer0001',
    creator: null,
    line_items: [
      {
        id: 'li_bench00000001',
        title: 'Glow serum, 30 ml',
        variant: 'Rose',
        sku: 'SKU-1',
        image_url: null,
        quantity: 2,
        unit_price: money(2400),
        total: money(4800),
      },
    ],
    amounts: { subtotal: money(4800), shipping: money(499), tax: money(0), discount: money(0), total: money(5299) },
    shipping_address: null,
    buyer_actions: [{ action: 'request_refund', until: null }],
    placed_at: '2026-11-01T14:05:00.000Z',
    updated_at: '2026-11-21T09:00:00.000Z',
  });
  const start = Date.parse('2026-11-02T00:00:00.000Z');
  const cities = [
    ['Leipzig', 'DE'],
    ['Köln', 'DE'],
    ['Paris', 'FR'],
    ['Lyon', 'FR'],
    ['Madrid', 'ES'],
  ];
  const checkpoints = Array.from({ length: ROWS }, (_, index) => ({
    id: `chk_bench${String(index).padStart(6, '0')}`,
    tag: index === 0 ? 'info_received' : 'in_transit',
    subtag: null,
    message: `Scan ${index + 1}: processed at hub ${(index % 17) + 1}`,
    location: { city: cities[index % 5][0], region: null, country: cities[index % 5][1] },
    occurred_at: new Date(start + index * 2 * 3600 * 1000).toISOString(),
  })).reverse();
  const shipment = Shipment.parse({
    object: 'shipment',
    id: 'shp_benchTwoHundred',
    order_id: order.id,
    carrier: { code: 'sim', name: 'Parcelo Express' },
    tracking_number: 'PX000200200GB',
    tag: 'in_transit',
    subtag: null,
    line_item_ids: [order.line_items[0].id],
    estimated_delivery: { earliest: '2026-11-25T00:00:00.000Z', latest: '2026-11-27T00:00:00.000Z' },
    estimate_revised: false,
    late: false,
    delivered_at: null,
    checkpoints,
    created_at: '2026-11-01T18:00:00.000Z',
    updated_at: checkpoints[0].occurred_at,
  });
  return { order, shipments: [shipment], now: NOW };
}

const INDEX = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>txassist element bench</title>
<script type="module" src="/page.bundle"></script></head><body></body></html>`;

/** Serves the index page and the bundle from bench/.cache/elements on a free loopback port. */
async function staticServer() {
  const server = createServer(async (request, response) => {
    const path = new URL(request.url, 'http://localhost').pathname;
    if (path === '/') {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(INDEX);
      return;
    }
    const file = normalize(join(PAGE_DIR, path));
    if (!file.startsWith(PAGE_DIR)) return response.writeHead(403).end();
    try {
      const body = await readFile(file);
      response.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((done) => server.close(done)) };
}

function stats(samples) {
  return {
    runs: samples.length,
    render_ms_median: median(samples.map((sample) => sample.render_ms)),
    layout_ms_median: median(samples.map((sample) => sample.layout_ms)),
  };
}

function compare(samples) {
  const tracker = stats(samples.tracker);
  const plain = stats(samples.plain);
  return {
    tracker,
    plain,
    ratio_render: tracker.render_ms_median / plain.render_ms_median,
    ratio_with_layout: tracker.layout_ms_median / plain.layout_ms_median,
  };
}

export async function runElements({ quick = false } = {}) {
  const runs = quick ? 5 : 20;
  await mkdir(PAGE_DIR, { recursive: true });
  process.stdout.write('  elements: bundling the page…\n');
  await bundle();
  const data = fixtureData();
  const server = await staticServer();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS] });
  try {
    const page = await browser.newPage();
    const open = async () => {
      await page.goto(server.url);
      await page.waitForFunction(() => window.benchReady === true);
    };
    const kinds = (index) => (index % 2 === 0 ? ['tracker', 'plain'] : ['plain', 'tracker']);

    process.stdout.write(`  elements: first render on a fresh page, ${runs} runs each…\n`);
    const cold = { tracker: [], plain: [] };
    for (let index = 0; index < runs; index++) {
      for (const kind of kinds(index)) {
        await open();
        const sample = await page.evaluate(([tag, input]) => window.bench.firstRender(tag, input), [TAGS[kind], data]);
        if (sample.rows !== ROWS) throw new Error(`${TAGS[kind]} rendered ${sample.rows} rows, expected ${ROWS}`);
        cold[kind].push(sample);
      }
    }

    process.stdout.write(`  elements: tracker first render as buyers get it (latest 3 of ${ROWS} shown)…\n`);
    const collapsed = [];
    for (let index = 0; index < runs; index++) {
      await open();
      const sample = await page.evaluate(
        ([tag, input]) => window.bench.firstRender(tag, input, false),
        [TAGS.tracker, data],
      );
      if (sample.rows !== 3) throw new Error(`the collapsed tracker rendered ${sample.rows} rows, expected 3`);
      collapsed.push(sample);
    }

    process.stdout.write(`  elements: new instances on a warm page, update to DOM…\n`);
    await open();
    const warm = { tracker: [], plain: [] };
    for (let index = -3; index < runs; index++) {
      for (const kind of kinds(index)) {
        const sample = await page.evaluate(([tag, input]) => window.bench.warmRender(tag, input), [TAGS[kind], data]);
        if (index >= 0) warm[kind].push(sample); // the first three of each warm up
      }
    }

    await open();
    const update = { tracker: [], plain: [] };
    for (let index = -3; index < runs; index++) {
      const message = `Live checkpoint ${index + 4}`;
      for (const kind of kinds(index)) {
        const sample = await page.evaluate(
          ([tag, input, next]) => window.bench.update(tag, input, next),
          [TAGS[kind], data, message],
        );
        if (sample.shown !== message)
          throw new Error(`${TAGS[kind]} shows "${sample.shown}" after the checkpoint "${message}"`);
        if (index >= 0) update[kind].push(sample);
      }
    }

    return {
      benchmark: 'elements',
      description: `Headless Chromium, one page bundle (Rollup with the CDN bundle's plugins and minifier) holding @txassist/elements and a plain Lit element; an order with one shipment of ${ROWS} carrier checkpoints set through \`order\` and \`shipments\`. First render runs from createElement to Lit's updateComplete with all ${ROWS} checkpoints shown (the tracker's "Show all updates" pressed; render) and on to a forced style+layout (with layout); the tracker's own first render (latest 3 shown) is reported separately. "Update" runs from a shipment.updated event handed to the tracker by its event stream (a stand-in stream; network and SSE parsing are in the events benchmark) to the DOM showing the new checkpoint, vs a new \`shipments\` property on the plain list. Medians of ${runs} runs, kinds alternated.`,
      browser: `Chromium ${browser.version()}`,
      settings: { runs, rows: ROWS, chromium: CHROMIUM, args: CHROMIUM_ARGS },
      tracker_first_render_collapsed: stats(collapsed),
      first_render_fresh_page: compare(cold),
      first_render_warm_page: compare(warm),
      update_to_dom: compare(update),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

export function printElements(result) {
  const rows = [['measure (median)', 'tx-order-tracker ms', 'plain Lit ms', 'ratio']];
  const add = (label, comparison) => {
    rows.push([
      `${label}, render`,
      fmt(comparison.tracker.render_ms_median, 2),
      fmt(comparison.plain.render_ms_median, 2),
      `${fmt(comparison.ratio_render, 2)}×`,
    ]);
    rows.push([
      `${label}, with layout`,
      fmt(comparison.tracker.layout_ms_median, 2),
      fmt(comparison.plain.layout_ms_median, 2),
      `${fmt(comparison.ratio_with_layout, 2)}×`,
    ]);
  };
  add(`first render, fresh page, ${result.settings.rows} checkpoints shown`, result.first_render_fresh_page);
  add('new instance, warm page', result.first_render_warm_page);
  add('live checkpoint event → DOM', result.update_to_dom);
  const collapsed = result.tracker_first_render_collapsed;
  rows.push(['tracker first render, latest 3 shown, with layout', fmt(collapsed.layout_ms_median, 2), '', '']);
  return [heading(`Elements (${result.browser}, ${result.settings.runs} runs each)`), table(rows)].join('\n');
}

// Element rendering in headless Chromium: first render of <tx-order-tracker> with a 200-row order vs
// a plain Lit element rendering the same rows (same page bundle, same Lit), and the time from a new
// `order` (what a live event will deliver) to the updated DOM. Checkpoints and live events are not in
// the tracker yet, so the harness measures line items and property updates and says so.
/* global window */ // inside page.evaluate callbacks, which run in the page
import { mkdir, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import { join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { rollup } from 'rollup';
import { Order } from '@txassist/contract';
import { minifyPlugin, onwarn, resolvePlugins } from '../rollup.config.mjs';
import { CACHE_DIR, fmt, heading, table } from './lib/report.mjs';
import { median } from './lib/stats.mjs';

const PAGE_DIR = join(CACHE_DIR, 'elements');
const ENTRY = fileURLToPath(new URL('./elements/page.mjs', import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
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

/** An order with `ROWS` line items, built the way the server builds them and checked against the contract. */
function fixtureOrder() {
  const money = (amount) => ({ amount, currency: 'USD' });
  const items = Array.from({ length: ROWS }, (_, index) => {
    const quantity = (index % 3) + 1;
    const unit = 399 + ((index * 137) % 5000);
    return {
      id: `li_bench${String(index).padStart(6, '0')}`,
      title: `Glow serum ${index + 1}, 30 ml`,
      variant: index % 2 === 0 ? 'Rose' : null,
      sku: `SKU-${index}`,
      image_url: null,
      quantity,
      unit_price: money(unit),
      total: money(unit * quantity),
    };
  });
  const subtotal = items.reduce((sum, item) => sum + item.total.amount, 0);
  return Order.parse({
    object: 'order',
    id: 'ord_benchTwoHundred',
    number: 'TX-200200',
    status: 'in_transit',
    currency: 'USD',
    seller: { id: 'sel_benchseller01', name: 'Lumen Beauty' },
    buyer_id: 'byr_benchbuyer0001',
    creator: null,
    line_items: items,
    amounts: {
      subtotal: money(subtotal),
      shipping: money(499),
      tax: money(0),
      discount: money(0),
      total: money(subtotal + 499),
    },
    shipping_address: null,
    buyer_actions: [{ action: 'request_refund', until: null }],
    placed_at: '2026-11-20T14:05:00.000Z',
    updated_at: '2026-11-21T09:00:00.000Z',
  });
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
  const order = fixtureOrder();
  const server = await staticServer();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
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
        const sample = await page.evaluate(([tag, data]) => window.bench.firstRender(tag, data), [TAGS[kind], order]);
        if (sample.rows !== ROWS) throw new Error(`${TAGS[kind]} rendered ${sample.rows} rows, expected ${ROWS}`);
        cold[kind].push(sample);
      }
    }

    process.stdout.write(`  elements: new instances on a warm page, update to DOM…\n`);
    await open();
    const warm = { tracker: [], plain: [] };
    for (let index = -3; index < runs; index++) {
      for (const kind of kinds(index)) {
        const sample = await page.evaluate(([tag, data]) => window.bench.warmRender(tag, data), [TAGS[kind], order]);
        if (index >= 0) warm[kind].push(sample); // the first three of each warm up
      }
    }

    await open();
    const update = { tracker: [], plain: [] };
    for (let index = -3; index < runs; index++) {
      const status = index % 2 === 0 ? 'delivered' : 'in_transit';
      for (const kind of kinds(index)) {
        const sample = await page.evaluate(
          ([tag, data, next]) => window.bench.update(tag, data, next),
          [TAGS[kind], order, status],
        );
        if (sample.shown !== status)
          throw new Error(`${TAGS[kind]} shows ${sample.shown} after an update to ${status}`);
        if (index >= 0) update[kind].push(sample);
      }
    }

    return {
      benchmark: 'elements',
      description: `Headless Chromium, one page bundle (Rollup with the CDN bundle's plugins and minifier) holding @txassist/elements and a plain Lit element; an order of ${ROWS} line items set through the \`order\` property. Times run from createElement to Lit's updateComplete (render) and on to a forced style+layout (with layout); medians of ${runs} runs, kinds alternated.`,
      browser: `Chromium ${browser.version()}`,
      settings: { runs, rows: ROWS, chromium: CHROMIUM, args: CHROMIUM_ARGS },
      pending: {
        checkpoints:
          'tx-order-tracker renders no carrier checkpoints yet (a later issue): first render is measured with 200 line items instead of 200 checkpoints',
        live_events:
          'tx-order-tracker does not subscribe to live events yet: "update" measures a new `order` object (status changed, as an order.updated event carries) to the updated DOM, not network arrival to DOM',
      },
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
  add(`first render, fresh page, ${result.settings.rows} rows`, result.first_render_fresh_page);
  add('new instance, warm page', result.first_render_warm_page);
  add('order update → DOM', result.update_to_dom);
  return [
    heading(`Elements (${result.browser}, ${result.settings.runs} runs each)`),
    table(rows),
    `pending: checkpoints — ${result.pending.checkpoints}`,
    `pending: live events — ${result.pending.live_events}`,
  ].join('\n');
}

/**
 * The example storefront's help assistant, end to end in headless Chromium with the keyboard alone:
 * the real reference server (demo data, one parcel made late), the storefront's back end minting the
 * session, the pages with the elements' CDN bundle. A late parcel's "Get help" opens the assistant
 * with that order's suggestion first; its "Report a problem" opens the case dialog's dispute form for
 * that order; Escape gives focus back to "Get help". axe-core finds no violation at any step.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { DEMO_FIXTURES, DEMO_KEYS } from '@txassist/server';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';
import { startStorefront, type RunningStorefront } from '../../examples/storefront/server.js';
import { call } from '../support/http.js';
import { startTestServer, type TestServer } from '../support/server.js';

const CDN_BUNDLE = fileURLToPath(new URL('../../packages/elements/cdn/txassist.js', import.meta.url));
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const LATE_ORDER = DEMO_FIXTURES.orders.awaiting_shipment;
const DAY = 86_400_000;

let api: TestServer;
let storefront: RunningStorefront;
let browser: Browser;
let page: Page;
const consoleProblems: string[] = [];

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The focused element (inside shadow roots too) and the order of the tracker it sits in, if any. */
async function focused(): Promise<{ id: string; part: string; action: string; orderId: string }> {
  return page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    let host: Node | null | undefined = active;
    while (host && !(host instanceof HTMLElement && host.localName === 'tx-order-tracker'))
      host = host.parentNode instanceof ShadowRoot ? host.parentNode.host : host.parentNode;
    return {
      id: active?.id ?? '',
      part: active?.getAttribute('part') ?? '',
      action: (active as HTMLElement | null)?.dataset?.action ?? '',
      orderId: (host as HTMLElement | null)?.getAttribute('order-id') ?? '',
    };
  });
}

async function tabTo(description: string, matches: (seen: Awaited<ReturnType<typeof focused>>) => boolean) {
  for (let presses = 0; presses < 400; presses++) {
    await page.keyboard.press('Tab');
    if (matches(await focused())) return;
  }
  assert.fail(`Tab never reached ${description}`);
}

async function expectNoAxeViolations(step: string): Promise<void> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run(): Promise<{ violations: unknown[] }> } }).axe.run();
    return result.violations as { id: string; nodes: { target: unknown }[] }[];
  });
  assert.deepEqual(
    violations.map((violation) => `${violation.id}: ${JSON.stringify(violation.nodes.map((node) => node.target))}`),
    [],
    `axe violations ${step}`,
  );
}

describe('example storefront: the help assistant (Chromium, keyboard only)', () => {
  before(async () => {
    assert.ok(existsSync(CDN_BUNDLE), `${CDN_BUNDLE} is missing: run \`npm run bundle\` first`);
    const port = await freePort();
    api = await startTestServer({ config: { allowedOrigins: [`http://127.0.0.1:${port}`] } });
    // The seller ships the demo order that awaits shipment with an estimate that has already passed: late.
    const shipped = await call(api.url, 'POST', `/v1/orders/${LATE_ORDER}/shipments`, {
      token: DEMO_KEYS.secretKey,
      body: {
        carrier: 'sim',
        tracking_number: 'LATE0000001',
        estimated_delivery: {
          earliest: new Date(Date.now() - 4 * DAY).toISOString(),
          latest: new Date(Date.now() - 2 * DAY).toISOString(),
        },
      },
    });
    assert.equal(shipped.status, 201, shipped.text);
    storefront = await startStorefront({ apiBase: api.url, port, secretKey: DEMO_KEYS.secretKey });
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
    page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    page.on('pageerror', (error) => consoleProblems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') consoleProblems.push(message.text());
    });
  });

  after(async () => {
    await browser?.close();
    await storefront?.close();
    await api?.close();
  });

  it('a late parcel’s "Get help" → the assistant about that order → "Report a problem" → its dispute form', async () => {
    await page.goto(storefront.url);
    const tracker = page.locator(`tx-order-tracker[order-id="${LATE_ORDER}"]`);
    await tracker.locator('[data-action="get_help"]').waitFor();

    await tabTo('the late order’s "Get help"', (seen) => seen.action === 'get_help' && seen.orderId === LATE_ORDER);
    await page.keyboard.press('Enter');
    const assistant = page.locator('tx-help-assistant');
    const panelOpen = () => assistant.evaluate((element) => element.shadowRoot!.querySelector('dialog')!.open);
    assert.equal(await panelOpen(), true, 'the assistant opened');
    assert.equal((await focused()).id, 'heading', 'focus on the assistant’s heading');
    const first = assistant.locator('[part="suggestion"]').first();
    await first.waitFor();
    assert.equal(await first.getAttribute('data-code'), 'parcel_late', 'that order’s suggestion first');
    assert.match(await first.innerText(), /is late/);
    await expectNoAxeViolations('with the assistant open on the late parcel');

    await tabTo('"Report a problem"', (seen) => seen.action === 'report_problem');
    await page.keyboard.press('Enter');
    assert.equal(await panelOpen(), false, 'the assistant steps aside');
    assert.equal(await page.evaluate(() => document.querySelector<HTMLDialogElement>('#case-dialog')!.open), true);
    assert.equal((await focused()).id, 'case-dialog-heading', 'focus on the case dialog’s heading');
    const form = page.locator('#case-dialog tx-dispute-form');
    assert.equal(await form.getAttribute('order-id'), LATE_ORDER, 'for the late order');
    await form.locator('[part="form"], [part="error"]:not(:empty)').first().waitFor();
    await expectNoAxeViolations('with the dispute form open');

    await page.keyboard.press('Escape');
    const back = await focused();
    assert.equal(back.action, 'get_help', 'focus is back on "Get help"');
    assert.equal(back.orderId, LATE_ORDER);
    assert.deepEqual(consoleProblems, [], 'the browser console stayed clean');
  });
});

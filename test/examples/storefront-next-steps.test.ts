/**
 * The example storefront's next steps, end to end in headless Chromium with the keyboard alone: the
 * real reference server (demo data), the storefront's own back end minting the buyer's session, the
 * pages with the elements' CDN bundle. A tracker's "I didn't get it" opens the dispute form for that
 * order in a dialog; "Contact the seller" opens the same form under that title, saying the seller answers in
 * the case's conversation; "Get help" opens the help assistant about that order; the account page opens a
 * case the order hub lists. Focus moves into the dialog and back to the button that opened it; axe-core
 * finds no violation at any step, and the browser console stays clean.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { DEMO_FIXTURES, DEMO_KEYS } from '@txassist/server';
import { createClient } from '@txassist/sdk';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';
import { startStorefront, type RunningStorefront } from '../../examples/storefront/server.js';
import { buyerToken } from '../support/http.js';
import { startTestServer, type TestServer } from '../support/server.js';

const CDN_BUNDLE = fileURLToPath(new URL('../../packages/elements/cdn/txassist.js', import.meta.url));
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let api: TestServer;
let storefront: RunningStorefront;
let browser: Browser;
let page: Page;
const consoleProblems: string[] = [];

/** A free loopback port (the storefront's origin must be known before the API starts, for CORS). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The focused element, inside shadow roots too, described by what the test matches on. */
async function focused(): Promise<{ id: string; part: string; action: string; text: string }> {
  return page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return {
      id: active?.id ?? '',
      part: active?.getAttribute('part') ?? '',
      action: (active as HTMLElement | null)?.dataset?.action ?? '',
      text: (active?.textContent ?? '').trim(),
    };
  });
}

/** Presses Tab (at most `limit` times) until the focused element matches. */
async function tabTo(
  description: string,
  matches: (seen: Awaited<ReturnType<typeof focused>>) => boolean,
  limit = 400,
) {
  for (let presses = 0; presses < limit; presses++) {
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

const dialogOpen = () => page.evaluate(() => document.querySelector('dialog')?.open ?? false);

describe('example storefront: the trackers’ and the hub’s next steps (Chromium, keyboard only)', () => {
  before(async () => {
    assert.ok(existsSync(CDN_BUNDLE), `${CDN_BUNDLE} is missing: run \`npm run bundle\` first`);
    const port = await freePort();
    api = await startTestServer({ config: { allowedOrigins: [`http://127.0.0.1:${port}`] } });
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

  it('"I didn’t get it" opens the dispute form for that order; Escape closes it and focus goes back', async () => {
    await page.goto(storefront.url);
    const delivered = page.locator('tx-order-tracker[order-id="' + DEMO_FIXTURES.orders.delivered + '"]');
    await delivered.locator('[part="not-received-toggle"]').waitFor();
    await expectNoAxeViolations('on the storefront');

    await tabTo('"I didn’t get it"', (seen) => seen.part === 'not-received-toggle');
    await page.keyboard.press('Enter');
    await tabTo('"Report it not received"', (seen) => seen.action === 'report_not_received');
    await page.keyboard.press('Enter');

    assert.equal(await dialogOpen(), true, 'the dialog opened');
    assert.equal((await focused()).id, 'case-dialog-heading', 'focus on the dialog’s heading');
    assert.equal(await page.locator('#case-dialog-heading').innerText(), 'Report a problem with your order');
    const form = page.locator('#case-dialog tx-dispute-form');
    assert.equal(await form.getAttribute('order-id'), DEMO_FIXTURES.orders.delivered, 'for the tracker’s order');
    await form.locator('[part="form"]').waitFor();
    await expectNoAxeViolations('with the dispute form open');

    await page.keyboard.press('Escape');
    assert.equal(await dialogOpen(), false, 'Escape closes it');
    assert.equal((await focused()).action, 'report_not_received', 'focus is back on the button that opened it');
  });

  it('"Contact the seller" opens a message to the seller about that order; Escape gives focus back', async () => {
    await tabTo('"Contact the seller"', (seen) => seen.action === 'contact_seller');
    await page.keyboard.press('Enter');
    assert.equal(await dialogOpen(), true, 'the dialog opened');
    assert.equal((await focused()).id, 'case-dialog-heading', 'focus on the dialog’s heading');
    assert.equal(await page.locator('#case-dialog-heading').innerText(), 'Contact the seller');
    assert.match(
      await page.locator('#case-dialog-body > p').innerText(),
      /^Write to the seller in a case about this order/,
    );
    const form = page.locator('#case-dialog tx-dispute-form');
    assert.equal(await form.getAttribute('order-id'), DEMO_FIXTURES.orders.delivered, 'for the tracker’s order');
    await form.locator('[part="form"]').waitFor();
    await expectNoAxeViolations('with the message to the seller open');
    await page.keyboard.press('Escape');
    assert.equal(await dialogOpen(), false, 'Escape closes it');
    assert.equal((await focused()).action, 'contact_seller', 'focus is back on "Contact the seller"');
  });

  it('"Get help" opens the help assistant on its suggestions; Escape gives focus back', async () => {
    await tabTo('"Get help"', (seen) => seen.action === 'get_help');
    await page.keyboard.press('Enter');
    const assistant = page.locator('tx-help-assistant');
    assert.equal(await assistant.evaluate((element) => element.shadowRoot!.querySelector('dialog')!.open), true);
    assert.equal((await focused()).id, 'heading', 'focus on the assistant’s heading');
    assert.equal(await assistant.locator('#heading').innerText(), 'Help');
    await assistant.locator('[part="suggestion"]').first().waitFor();
    await expectNoAxeViolations('with the help assistant open');

    await page.keyboard.press('Escape');
    assert.equal(await assistant.evaluate((element) => element.shadowRoot!.querySelector('dialog')!.open), false);
    assert.equal((await focused()).action, 'get_help', 'focus is back on "Get help"');
  });

  it('the account page opens a case the order hub lists', async () => {
    // The buyer's own dispute about the delivered order, filed through the API as the buyer.
    const token = await buyerToken(api.url);
    const buyer = createClient({
      apiBase: api.url,
      publishableKey: DEMO_KEYS.publishableKey,
      getSessionToken: () => token,
    });
    const order = await buyer.orders.get(DEMO_FIXTURES.orders.delivered);
    const dispute = await buyer.disputes.file(order.id, {
      reason: 'damaged',
      items: [{ line_item_id: order.line_items[0]!.id, quantity: 1 }],
      description: 'The lid was cracked and the serum leaked.',
      desired_outcome: 'full_refund',
    });

    await page.goto(`${storefront.url}/account.html`);
    const hub = page.locator('tx-order-hub');
    await hub.locator(`text=${order.number}`).first().waitFor();
    await tabTo(`order ${order.number} in the hub`, (seen) => seen.text.includes(order.number));
    await page.keyboard.press('Enter');
    await tabTo('the case in the order’s details', (seen) => seen.part === 'case-button');
    await page.keyboard.press('Enter');

    assert.equal(await dialogOpen(), true, 'the case opened in the dialog');
    assert.equal(await page.locator('#case-dialog-heading').innerText(), 'Your case');
    assert.equal(await page.locator('#case-dialog tx-dispute-form').getAttribute('dispute-id'), dispute.id);
    await page.locator('#case-dialog tx-dispute-form [part="case"]').waitFor();
    await expectNoAxeViolations('with the case open');
    await page.keyboard.press('Escape');
    assert.equal(await dialogOpen(), false);
    assert.deepEqual(consoleProblems, [], 'the browser console stayed clean');
  });
});

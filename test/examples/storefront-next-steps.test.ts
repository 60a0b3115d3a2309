/**
 * The example storefront's next steps, end to end in headless Chromium with the keyboard alone: the
 * real reference server (demo data), the storefront's own back end minting the buyer's session, the
 * pages with the elements' CDN bundle. A tracker's "I didn't get it" opens the dispute form for that
 * order in a dialog; "Contact the seller" opens the same form under that title, saying the seller answers in
 * the case's conversation; "Get help" opens the help assistant about that order; the account page opens a
 * case the order hub lists, and its "Ask for a refund" opens the refund request. Focus moves into the dialog and back to the button that opened it; axe-core
 * finds no violation at any step, and the browser console stays clean.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEMO_FIXTURES, DEMO_KEYS } from '@txassist/server';
import { createClient } from '@txassist/sdk';
import { createServerClient } from '@txassist/sdk/server';
import type { Browser, Page } from 'playwright-core';
import { startStorefront, type RunningStorefront } from '../../examples/storefront/server.js';
import * as pages from '../browser-support/example-pages.js';
import { buyerToken } from '../support/http.js';
import { startTestServer, type TestServer } from '../support/server.js';

let api: TestServer;
let storefront: RunningStorefront;
let browser: Browser;
let page: Page;
let consoleProblems: string[] = [];

const focused = () => pages.focused(page);
const tabTo = (description: string, matches: (seen: pages.Focused) => boolean) =>
  pages.tabTo(page, description, matches);
const expectNoAxeViolations = (step: string) => pages.expectNoAxeViolations(page, step);

const dialogOpen = () => page.evaluate(() => document.querySelector('dialog')?.open ?? false);

describe('example storefront: the trackers’ and the hub’s next steps (Chromium, keyboard only)', () => {
  before(async () => {
    pages.assertCdnBundle();
    const port = await pages.freePort();
    api = await startTestServer({ config: { allowedOrigins: [`http://127.0.0.1:${port}`] } });
    storefront = await startStorefront({ apiBase: api.url, port, secretKey: DEMO_KEYS.secretKey });
    browser = await pages.launchChromium();
    page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    consoleProblems = pages.watchConsole(page);
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

  it('the hub’s "Ask for a refund" opens the refund request for that order; Escape gives focus back', async () => {
    // A delivered order of its own for the signed-in demo buyer, placed and moved on as the seller's back office would.
    const seller = createServerClient({ apiBase: api.url, secretKey: DEMO_KEYS.secretKey });
    const order = await seller.orders.create(
      {
        buyer_id: DEMO_FIXTURES.buyers[0].id,
        currency: 'USD',
        line_items: [{ title: 'Glow Serum 30 ml', quantity: 1, unit_amount: 2400, sku: 'GS-30' }],
        shipping_amount: 499,
      },
      { idempotencyKey: `refund-button-${Date.now()}` },
    );
    for (const status of ['awaiting_shipment', 'in_transit', 'delivered'] as const)
      await seller.orders.updateStatus(order.id, { status }, { idempotencyKey: `refund-${order.id}-${status}` });

    await page.goto(`${storefront.url}/account.html`);
    const hub = page.locator('tx-order-hub');
    await hub.locator(`text=${order.number}`).first().waitFor();
    await tabTo(`order ${order.number} in the hub`, (seen) => seen.text.includes(order.number));
    await page.keyboard.press('Enter');
    await hub.locator('[part="request-refund-button"]').waitFor();
    await expectNoAxeViolations('with the order’s details open');
    await tabTo('"Ask for a refund" in the order’s details', (seen) => seen.part === 'request-refund-button');
    await page.keyboard.press('Enter');

    assert.equal(await dialogOpen(), true, 'the refund request opened in the dialog');
    assert.equal((await focused()).id, 'case-dialog-heading', 'focus on the dialog’s heading');
    assert.equal(await page.locator('#case-dialog-heading').innerText(), 'Ask for a refund, return or replacement');
    const form = page.locator('#case-dialog tx-refund-request');
    assert.equal(await form.getAttribute('order-id'), order.id, 'for the order the buyer chose');
    await form.locator('[part="form"]').waitFor();
    await expectNoAxeViolations('with the refund request open');

    await page.keyboard.press('Escape');
    assert.equal(await dialogOpen(), false, 'Escape closes it');
    assert.equal((await focused()).part, 'request-refund-button', 'focus is back on "Ask for a refund"');
    assert.deepEqual(consoleProblems, [], 'the browser console stayed clean');
  });
});

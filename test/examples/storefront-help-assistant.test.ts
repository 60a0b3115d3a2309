/**
 * The example storefront's help assistant, end to end in headless Chromium with the keyboard alone:
 * the real reference server (demo data, one parcel made late), the storefront's back end minting the
 * session, the pages with the elements' CDN bundle. A late parcel's "Get help" opens the assistant
 * with that order's suggestion first; its "Report a problem" opens the case dialog's dispute form for
 * that order; Escape gives focus back to "Get help". axe-core finds no violation at any step.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEMO_FIXTURES, DEMO_KEYS } from '@txassist/server';
import type { Browser, Page } from 'playwright-core';
import { startStorefront, type RunningStorefront } from '../../examples/storefront/server.js';
import { call } from '../support/http.js';
import * as pages from '../browser-support/example-pages.js';
import { startTestServer, type TestServer } from '../support/server.js';

const LATE_ORDER = DEMO_FIXTURES.orders.awaiting_shipment;
const DAY = 86_400_000;

let api: TestServer;
let storefront: RunningStorefront;
let browser: Browser;
let page: Page;
let consoleProblems: string[] = [];

const focused = () => pages.focused(page);
const tabTo = (description: string, matches: (seen: pages.Focused) => boolean) =>
  pages.tabTo(page, description, matches, 400);
const expectNoAxeViolations = (step: string) => pages.expectNoAxeViolations(page, step);

describe('example storefront: the help assistant (Chromium, keyboard only)', () => {
  before(async () => {
    pages.assertCdnBundle();
    const port = await pages.freePort();
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
    browser = await pages.launchChromium();
    page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    consoleProblems = pages.watchConsole(page);
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

/**
 * The example storefront's account page, end to end in headless Chromium with the keyboard alone: an
 * agent answers the buyer's support conversation on the real reference server; the reply is in the
 * hub's inbox as "Reply from support"; its "Read the reply" (the hub's `tx-open-support`, wired by
 * account.js) opens the help assistant on that conversation with the agent's answer; Escape gives
 * focus back to "Read the reply". axe-core finds no violation at any step, the console stays clean.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { DEMO_KEYS } from '@txassist/server';
import type { Browser, Page } from 'playwright-core';
import { startStorefront, type RunningStorefront } from '../../examples/storefront/server.js';
import * as pages from '../browser-support/example-pages.js';
import { call } from '../support/http.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { staffToken } from '../support/staff.js';
import { deliveredOrder, newBuyer } from '../server/disputes-support.js';

const ANSWER = 'Your parcel left our warehouse this morning.';

let api: TestServer;
let storefront: RunningStorefront;
let browser: Browser;
let page: Page;
let consoleProblems: string[] = [];
let conversationId: string;
let orderId: string;

const focused = () => pages.focused(page);
const tabTo = (description: string, matches: (seen: pages.Focused) => boolean) =>
  pages.tabTo(page, description, matches, 400);

describe('example storefront: a reply from support, from the inbox to the assistant (Chromium, keyboard only)', () => {
  before(async () => {
    pages.assertCdnBundle();
    const port = await pages.freePort();
    api = await startTestServer({ config: { allowedOrigins: [`http://127.0.0.1:${port}`] } });
    // A buyer of this test alone, with a delivered order and a question about it that an agent answered.
    const buyer = await newBuyer(api.url);
    orderId = (await deliveredOrder(api.url, buyer.buyerId)).id;
    const opened = await call(api.url, 'POST', '/v1/support/conversations', {
      token: buyer.token,
      body: { topic: 'delivery', message: 'Where is my parcel?', order_id: orderId },
      idempotencyKey: randomUUID(),
    });
    assert.equal(opened.status, 201, opened.text);
    conversationId = opened.json.id as string;
    const reply = await call(api.url, 'POST', `/v1/agent/conversations/${conversationId}/messages`, {
      token: await staffToken(api, 'agent'),
      body: { message: ANSWER, internal: false },
      idempotencyKey: randomUUID(),
    });
    assert.equal(reply.status, 201, reply.text);
    storefront = await startStorefront({
      apiBase: api.url,
      port,
      secretKey: DEMO_KEYS.secretKey,
      buyerId: buyer.buyerId,
      demoOrders: false,
    });
    browser = await pages.launchChromium();
    page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    consoleProblems = pages.watchConsole(page);
  });

  after(async () => {
    await browser?.close();
    await storefront?.close();
    await api?.close();
  });

  it('"Read the reply" opens the assistant on that conversation; Escape returns to the button', async () => {
    await page.goto(`${storefront.url}/account.html`);
    const hub = page.locator('tx-order-hub');
    await hub.locator('[part="order"]').first().waitFor();

    // The hub's tabs have a roving tabindex: Tab reaches the selected one, the arrow moves to the inbox.
    await tabTo('the hub’s tabs', (seen) => seen.id === 'tab-orders');
    await page.keyboard.press('ArrowRight');
    assert.equal((await focused()).id, 'tab-inbox', 'the inbox tab is focused');
    const reply = hub.locator('#panel-inbox li', { hasText: 'Reply from support' });
    await reply.waitFor();
    await pages.expectNoAxeViolations(page, 'the inbox with the reply');

    await tabTo('"Read the reply"', (seen) => seen.action === 'view' && seen.text === 'Read the reply');
    await page.keyboard.press('Enter');

    const assistant = page.locator('tx-help-assistant');
    const panelOpen = () => assistant.evaluate((element) => element.shadowRoot!.querySelector('dialog')!.open);
    await page.waitForFunction(
      () => document.querySelector('tx-help-assistant')?.shadowRoot?.querySelector('dialog')?.open === true,
    );
    assert.equal(await panelOpen(), true, 'the assistant opened');
    await assistant.getByText(ANSWER).waitFor();
    const inside = await page.evaluate(() => {
      const host = document.querySelector('tx-help-assistant')!;
      return host.shadowRoot!.activeElement !== null;
    });
    assert.equal(inside, true, 'focus moved into the assistant');
    await pages.expectNoAxeViolations(page, 'the assistant on the conversation');

    await page.keyboard.press('Escape');
    await page.waitForFunction(
      () => document.querySelector('tx-help-assistant')?.shadowRoot?.querySelector('dialog')?.open === false,
    );
    const back = await focused();
    assert.equal(back.text, 'Read the reply', 'focus is back on "Read the reply"');
    assert.deepEqual(consoleProblems, [], 'the browser console stayed clean');
  });
});

/**
 * The example storefront's language picker and demo-buyer switch, in headless Chromium at 320 px with
 * the keyboard alone, on the real reference server (demo data) and the storefront's own back end. The
 * picker offers every supported locale; choosing one words the page itself and the elements in it, and
 * the account page opens in the same language. Switching to demo buyer 3 shows that buyer's orders on
 * both pages (the disputable TX-1011), remembered across pages. axe finds nothing at each step; the
 * back end refuses a demo buyer that does not exist with a stable code and a next step.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { AVAILABLE_LOCALES } from '@txassist/sdk/i18n';
import { DEMO_DISPUTE_FIXTURES, DEMO_FIXTURES, DEMO_KEYS } from '@txassist/server';
import type { Browser, Page } from 'playwright-core';
import { startStorefront, type RunningStorefront } from '../../examples/storefront/server.js';
import * as pages from '../browser-support/example-pages.js';
import { startTestServer, type TestServer } from '../support/server.js';

/** Every locale the elements have words for: the page offers each one. */
const SUPPORTED = [...AVAILABLE_LOCALES].sort();

let api: TestServer;
let storefront: RunningStorefront;
let browser: Browser;
let page: Page;
let consoleProblems: string[] = [];

const tabTo = (description: string, matches: (seen: pages.Focused) => boolean) =>
  pages.tabTo(page, description, matches, 200);
const expectNoAxeViolations = (step: string) => pages.expectNoAxeViolations(page, step);

const trackerOf = (orderId: string) => page.locator(`tx-order-tracker[order-id="${orderId}"]`);

describe('example storefront: every language and the demo-buyer switch, remembered (Chromium, 320 px, keyboard)', () => {
  before(async () => {
    pages.assertCdnBundle();
    const port = await pages.freePort();
    api = await startTestServer({ config: { allowedOrigins: [`http://127.0.0.1:${port}`] } });
    storefront = await startStorefront({ apiBase: api.url, port, secretKey: DEMO_KEYS.secretKey });
    browser = await pages.launchChromium();
    page = await browser.newPage({ viewport: { width: 320, height: 640 }, locale: 'en-US' });
    consoleProblems = pages.watchConsole(page);
  });

  after(async () => {
    await browser?.close();
    await storefront?.close();
    await api?.close();
  });

  it('offers every supported locale; German words the page and its elements, and the account page opens in German', async () => {
    await page.goto(storefront.url);
    await trackerOf(DEMO_FIXTURES.orders.delivered).locator('[part="not-received-toggle"]').waitFor();
    const offered = await page
      .locator('#language option')
      .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
    assert.deepEqual([...offered].sort(), SUPPORTED, 'every supported locale is offered');
    await expectNoAxeViolations('on the storefront in English');

    await tabTo('the language picker', (seen) => seen.id === 'language');
    await page.keyboard.type('Deutsch');
    await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Ihre Bestellungen');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'de');
    assert.equal(await page.title(), 'Ihre Bestellungen · Lumen Beauty');
    assert.match(await page.locator('#orders-status').innerText(), /^Angezeigte Bestellungen: \d+$/);
    assert.equal(await page.locator('#place-demo-order').innerText(), 'Demo-Bestellung aufgeben');
    // The elements follow: the delivered order's tracker words its help in German.
    await page.waitForFunction(
      (id) =>
        document.querySelector(`tx-order-tracker[order-id="${id}"]`)?.shadowRoot?.querySelector('[lang="de"]') !== null,
      DEMO_FIXTURES.orders.delivered,
    );
    await expectNoAxeViolations('on the storefront in German');

    await tabTo('the account link', (seen) => seen.text === 'Ihr Konto');
    await page.keyboard.press('Enter');
    await page.waitForURL(/account\.html$/);
    await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Ihr Konto');
    assert.equal(await page.locator('#language').inputValue(), 'de', 'the picker shows the remembered choice');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'de');
    assert.equal(
      await page.locator('tx-provider').evaluate((provider) => (provider as HTMLElement & { locale: string }).locale),
      'de',
    );
    await page.locator('tx-order-hub').locator('text=TX-1001').first().waitFor();
    await expectNoAxeViolations('on the account page in German');
  });

  it('switches to demo buyer 3 by keyboard: both pages show that buyer’s orders, remembered', async () => {
    await tabTo('the demo-buyer choice', (seen) => seen.id === 'demo-buyer');
    await page.keyboard.type('Cy');
    assert.equal(await page.locator('#demo-buyer').inputValue(), '3');
    await tabTo('"Käufer wechseln"', (seen) => seen.text === 'Käufer wechseln');
    await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);

    const hub = page.locator('tx-order-hub');
    await hub.locator(`text=${DEMO_DISPUTE_FIXTURES.disputableOrder.number}`).first().waitFor();
    assert.equal(await hub.locator('text=TX-1001').count(), 0, 'buyer 1’s orders are gone');
    assert.equal(await page.locator('#demo-buyer').inputValue(), '3');
    assert.equal(await page.locator('h1').innerText(), 'Ihr Konto', 'still in German');
    await expectNoAxeViolations('on the account page as buyer 3');

    await tabTo('the orders link', (seen) => seen.text === 'Ihre Bestellungen');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/');
    await trackerOf(DEMO_DISPUTE_FIXTURES.disputableOrder.id).waitFor();
    assert.equal(await trackerOf(DEMO_FIXTURES.orders.delivered).count(), 0, 'not buyer 1’s trackers');
    assert.equal(await page.locator('#demo-buyer').inputValue(), '3', 'the switch remembers buyer 3');
    await expectNoAxeViolations('on the storefront as buyer 3');
  });

  it('the back end refuses a demo buyer that does not exist, and a language that is not a tag, with a code and a next step', async () => {
    // (No named functions inside: tsx would wrap them in a helper the page does not have.)
    const answers = await page.evaluate(
      async (requests) => {
        const results = [];
        for (const [path, body] of requests) {
          const response = await fetch(
            path,
            body === null ? {} : { method: 'POST', headers: { 'Content-Type': 'application/json' }, body },
          );
          results.push({ status: response.status, body: (await response.json()) as unknown });
        }
        return results;
      },
      [
        ['/session', '{"buyer": 7}'],
        ['/session', '{"buyer": "x"}'],
        ['/session', '[1]'],
        ['/orders.json?buyer=9', null],
        ['/session', '{"locale": "not a language"}'],
      ] as [string, string | null][],
    );
    assert.deepEqual(answers, [
      {
        status: 400,
        body: { code: 'unknown_demo_buyer', message: 'There is no such demo buyer: choose buyer 1, 2 or 3.' },
      },
      {
        status: 400,
        body: { code: 'unknown_demo_buyer', message: 'There is no such demo buyer: choose buyer 1, 2 or 3.' },
      },
      { status: 400, body: { code: 'malformed_json', message: 'Send a JSON object, such as {"buyer": 1}' } },
      {
        status: 400,
        body: { code: 'unknown_demo_buyer', message: 'There is no such demo buyer: choose buyer 1, 2 or 3.' },
      },
      { status: 400, body: { code: 'invalid_locale', message: 'Send the language as a tag such as "de" or "pt-BR"' } },
    ]);
    // The failed calls above are the only console errors (the browser logs each 400).
    assert.deepEqual(
      consoleProblems.filter((problem) => !problem.includes('400 (Bad Request)')),
      [],
      'the browser console stayed clean',
    );
  });
});

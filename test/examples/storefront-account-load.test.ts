/**
 * Loading the example storefront's account page in headless Chromium: the elements wait for the
 * session the page supplies (`provider.getSessionToken`, set by account.js after the elements are
 * defined), so a correct set-up makes no request that fails — no 401, nothing aborted — and logs
 * nothing. A page that never supplies a session makes no request that needs one and logs one clear
 * developer message, not a buyer-facing "check your connection".
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEMO_KEYS } from '@txassist/server';
import type { Browser, Page } from 'playwright-core';
import { startStorefront, type RunningStorefront } from '../../examples/storefront/server.js';
import * as pages from '../browser-support/example-pages.js';
import { startTestServer, type TestServer } from '../support/server.js';

let api: TestServer;
let storefront: RunningStorefront;
let browser: Browser;

/** A fresh page that records every failed request, every HTTP error answer and every console problem. */
async function watchedPage(): Promise<{ page: Page; failed: string[]; console: string[] }> {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  const failed: string[] = [];
  const console: string[] = [];
  page.on('requestfailed', (request) =>
    failed.push(`${request.method()} ${request.url()}: ${request.failure()?.errorText}`),
  );
  page.on('response', (response) => {
    if (response.status() >= 400)
      failed.push(`${response.request().method()} ${response.url()}: HTTP ${response.status()}`);
  });
  page.on('pageerror', (error) => console.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') console.push(message.text());
  });
  return { page, failed, console };
}

/** Waits until the hub lists orders and the privacy centre shows its consents: everything on the page loaded. */
async function accountLoaded(page: Page): Promise<void> {
  await page.locator('tx-order-hub [part="order"]').first().waitFor();
  await page.locator('tx-privacy-center [role="switch"]').first().waitFor();
  await page.locator('tx-privacy-center [part="erase-button"], tx-privacy-center .blockers').first().waitFor();
}

describe('example storefront: the account page loads without a failed request (Chromium)', () => {
  before(async () => {
    pages.assertCdnBundle();
    const port = await pages.freePort();
    api = await startTestServer({ config: { allowedOrigins: [`http://127.0.0.1:${port}`] } });
    storefront = await startStorefront({ apiBase: api.url, port, secretKey: DEMO_KEYS.secretKey });
    browser = await pages.launchChromium();
  });

  after(async () => {
    await browser?.close();
    await storefront?.close();
    await api?.close();
  });

  for (const round of [1, 2, 3]) {
    it(`a correct set-up: no 401, no aborted request, no console message (load ${round})`, async () => {
      const { page, failed, console } = await watchedPage();
      await page.goto(`${storefront.url}/account.html`);
      await accountLoaded(page);
      // The help assistant and the hub's inbox load after the first paint: let the network settle.
      await page.waitForLoadState('networkidle');
      assert.deepEqual(failed, [], 'failed requests');
      assert.deepEqual(console, [], 'console errors and warnings');
      await page.close();
    });
  }

  it('a page that never supplies the session: no request that needs one, one clear developer message', async () => {
    const { page, failed, console } = await watchedPage();
    // The page's own script (which hands the provider its getSessionToken) never runs.
    await page.route('**/account.js', (route) =>
      route.fulfill({ status: 200, contentType: 'text/javascript', body: '// no session set-up' }),
    );
    await page.goto(`${storefront.url}/account.html`);
    await page.waitForLoadState('networkidle');
    await page.waitForFunction(() => document.readyState === 'complete');
    await page.locator('tx-order-hub').waitFor();
    assert.deepEqual(failed, [], 'no request was sent without a session');
    assert.equal(console.length, 1, `one developer message: ${JSON.stringify(console)}`);
    assert.match(console[0]!, /getSessionToken/, 'it says what to set');
    assert.match(console[0]!, /tx-provider/, 'and where');
    const hubText = await page.locator('tx-order-hub').evaluate((element) => element.shadowRoot?.textContent ?? '');
    assert.doesNotMatch(hubText, /connection/i, 'no "check your connection" for the buyer');
    await page.close();
  });
});

/**
 * Creator one-tag checkout (issue 15) in headless Chromium at 320 px, keyboard only, on the real
 * server: the static page with exactly the snippet; the guest types an email and the guest checkout
 * starts (focus on the address step's heading), axe at each step; then the guest buys through the
 * page (address, delivery, a card that asks for step-up typed into the hosted fields, review, place
 * order, the code emailed to the guest) to the confirmation with the order number, and the
 * track-your-order email reaches the development mail capture over real SMTP with a link to the
 * creator's static tracking page (track.html), where the guest lookup finds the order. From an unregistered origin the key is refused: one developer console
 * message, the buyer sees the code.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEMO_FIXTURES, DEMO_KEYS } from '@txassist/server';
import type { Browser, Page } from 'playwright-core';
import { startCreatorVideo } from '../../examples/creator-video/server.js';
import { startMailCapture } from '../../examples/mail-capture/server.js';
import * as pages from '../browser-support/example-pages.js';
import { startTestServer, type TestServer } from '../support/server.js';

let api: TestServer;
let capture: Awaited<ReturnType<typeof startMailCapture>>;
let browser: Browser;
const creators: { url: string; close(): Promise<void> }[] = [];

async function openPage(registered: boolean): Promise<{ page: Page; errors: string[] }> {
  const port = await pages.freePort();
  if (registered)
    await api.services.db.query('insert into seller_origins (seller_id, origin) values ($1, $2)', [
      DEMO_FIXTURES.seller.id,
      `http://127.0.0.1:${port}`,
    ]);
  const creator = await startCreatorVideo({
    apiBase: api.url,
    port,
    secretKey: DEMO_KEYS.secretKey,
    publishableKey: DEMO_KEYS.publishableKey,
    buyerId: DEMO_FIXTURES.buyers[0].id,
  });
  creators.push(creator);
  const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(`${creator.url}/buy.html`);
  return { page, errors };
}

const expectNoAxeViolations = pages.expectNoAxeViolations;

const tabTo = (page: Page, id: string) => pages.tabTo(page, `#${id}`, (seen) => seen.id === id, 40);

/** Whether the focused element (through open shadow roots) matches `selector`. */
async function focusMatches(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((wanted) => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return Boolean(active?.matches(wanted));
  }, selector);
}

/** Tab (at most 60 presses) until focus is on `selector`, inside the element's shadow root. */
async function tabToMatch(page: Page, selector: string): Promise<void> {
  for (let presses = 0; presses < 60; presses++) {
    if (await focusMatches(page, selector)) return;
    await page.keyboard.press('Tab');
  }
  assert.fail(`Tab never reached ${selector}`);
}

/** Tab to a text field and type `text` into it, as a person does. */
async function typeInto(page: Page, id: string, text: string): Promise<void> {
  await tabToMatch(page, `#${id}`);
  await page.keyboard.type(text);
}

/** Which step the element shows as current (its heading's id), or '' when none. */
async function currentStep(page: Page): Promise<string> {
  return page
    .locator('tx-checkout-helper [aria-current="step"] [id$="-heading"]')
    .first()
    .getAttribute('id', { timeout: 1_000 })
    .then((id) => id?.replace(/^step-|-heading$/g, '') ?? '')
    .catch(() => '');
}

async function waitForStep(page: Page, step: string): Promise<void> {
  for (let tries = 0; tries < 300; tries++) {
    if ((await currentStep(page)) === step) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  assert.fail(`the ${step} step never became current (now: ${await currentStep(page)})`);
}

/** The newest captured email to `email` whose body matches `pattern` (waits up to 30 s). */
async function mailTo(email: string, pattern: RegExp): Promise<{ subject: string; body: string }> {
  for (let tries = 0; tries < 300; tries++) {
    const found = capture.messages.find((message) => message.to.includes(email) && pattern.test(message.body));
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  assert.fail(
    `no email to ${email} matching ${pattern} (captured: ${capture.messages.map((m) => m.subject).join(' | ')})`,
  );
}

describe('creator one-tag checkout page (Chromium, 320 px, keyboard only)', { timeout: 180_000 }, () => {
  before(async () => {
    pages.assertCdnBundle();
    capture = await startMailCapture({ smtpPort: 0, httpPort: 0 });
    api = await startTestServer({ config: { smtpUrl: capture.smtpUrl } });
    browser = await pages.launchChromium();
  });
  after(async () => {
    await browser?.close();
    for (const creator of creators) await creator.close();
    await api?.close();
    await capture?.close();
  });

  it('starts a guest checkout from the email alone, focus on the address step', async () => {
    const { page, errors } = await openPage(true);
    const helper = page.locator('tx-checkout-helper');
    await helper.locator('#guest-email').waitFor();
    await expectNoAxeViolations(page, 'on the email step');
    await tabTo(page, 'guest-email');
    await page.keyboard.press('Enter');
    assert.equal(await helper.locator('#guest-email-error').innerText(), 'Enter your email address.');
    await page.keyboard.type(`guest-${Date.now()}@example.test`);
    await page.keyboard.press('Enter');
    await helper.locator('#step-address-heading').waitFor();
    await page.waitForFunction(() => {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return active?.id === 'step-address-heading';
    });
    assert.match(await helper.locator('[part="summary"]').innerText(), /Glow Serum/);
    await expectNoAxeViolations(page, 'on the address step');
    assert.deepEqual(errors, []);
  });

  it(
    'a guest buys by keyboard to the confirmation; the emailed link opens track.html, whose guest lookup finds the order',
    { timeout: 120_000 },
    async () => {
      const { page, errors } = await openPage(true);
      const helper = page.locator('tx-checkout-helper');
      const email = `guest-buy-${Date.now()}@example.test`;
      const pageUrl = page.url();
      await helper.locator('#guest-email').waitFor();
      await tabTo(page, 'guest-email');
      await page.keyboard.type(email);
      await page.keyboard.press('Enter');
      await waitForStep(page, 'address');

      // Address, keyboard only.
      await typeInto(page, 'shipping-name', 'Ada Guest');
      await tabToMatch(page, '#shipping-country');
      await page.keyboard.type('United States');
      await typeInto(page, 'shipping-line1', '1 Infinite Loop');
      await typeInto(page, 'shipping-city', 'Cupertino');
      await typeInto(page, 'shipping-region', 'CA');
      await typeInto(page, 'shipping-postal-code', '95014');
      await tabToMatch(page, 'button[part="continue-button"]');
      await page.keyboard.press('Enter');
      await waitForStep(page, 'shipping');
      assert.ok(await focusMatches(page, '#step-shipping-heading'), 'focus on the delivery step heading');
      await expectNoAxeViolations(page, 'on the delivery step');

      // Delivery: the default option.
      await tabToMatch(page, 'button[part="continue-button"]');
      await page.keyboard.press('Enter');
      await waitForStep(page, 'payment');

      // A new card in the hosted card fields (an iframe served by the API).
      await tabToMatch(page, 'input[name="payment-method"][value="card"]');
      await page.keyboard.press('Space');
      const frame = page.frameLocator('tx-checkout-helper iframe[part="card-frame"]');
      await frame.locator('#number').waitFor();
      const year = String((new Date().getFullYear() + 2) % 100).padStart(2, '0');
      for (const [index, [field, text]] of (
        [
          ['number', '4000002500003155'],
          ['expiry', `12${year}`],
          ['cvc', '123'],
        ] as const
      ).entries()) {
        await page.keyboard.press('Tab');
        await frame
          .locator(`#${field}:focus`)
          .waitFor({ timeout: 10_000 })
          .catch(() => {
            assert.fail(`Tab number ${index + 1} from the card choice did not reach the card ${field} field`);
          });
        await page.keyboard.type(text);
      }
      await expectNoAxeViolations(page, 'with the card typed');
      await tabToMatch(page, 'button[part="continue-button"]');
      await page.keyboard.press('Enter');
      await waitForStep(page, 'review');
      await expectNoAxeViolations(page, 'on the review step');

      // Place the order: this test card always asks for a step-up, and the code goes to the guest's email.
      await tabToMatch(page, 'button[part="place-order-button"]');
      await page.keyboard.press('Enter');
      await helper.locator('#challenge-code').waitFor({ timeout: 30_000 });
      await expectNoAxeViolations(page, 'at the verification step');
      const mailed = await mailTo(email, /verification code is \d{6}/i);
      const code = /verification code is (\d{6})/i.exec(mailed.body)![1]!;
      await tabToMatch(page, '#challenge-code');
      await page.keyboard.type(code);
      await page.keyboard.press('Enter');
      await helper.locator('[part="confirmation"]').waitFor({ timeout: 30_000 });
      const orderNumber = (await helper.locator('[part="order-number"]').innerText()).match(/TX-\d+/)?.[0];
      assert.ok(orderNumber, 'the confirmation shows the order number');
      await expectNoAxeViolations(page, 'on the confirmation');

      // The order confirmation email: the track-your-order line names the creator's tracking page and the number.
      const mail = await mailTo(email, /Track your order at /);
      const trackUrl = new URL('/track.html', pageUrl).href;
      const line = `Track your order at ${trackUrl} with the order number ${orderNumber}`;
      assert.ok(mail.body.includes(line), `the email says "${line}":\n${mail.body}`);

      // Following the link: the static tracking page's guest lookup finds the order by number and email.
      const link = /Track your order at (\S+) with/.exec(mail.body)![1]!;
      await page.goto(link);
      const tracker = page.locator('tx-order-tracker');
      await tracker.locator('#guest-order-number').waitFor();
      await expectNoAxeViolations(page, 'on the tracking page');
      await typeInto(page, 'guest-order-number', orderNumber);
      await typeInto(page, 'guest-email', email);
      await page.keyboard.press('Enter');
      await tracker.locator(`text=${orderNumber}`).first().waitFor({ timeout: 30_000 });
      assert.equal(await tracker.locator('[part="guest-form"]').count(), 0, 'the lookup form gave way to the order');
      await expectNoAxeViolations(page, 'with the order found');
      assert.deepEqual(errors, []);
    },
  );

  it('from an unregistered origin: one developer console message and the code for the buyer', async () => {
    const { page, errors } = await openPage(false);
    const helper = page.locator('tx-checkout-helper');
    await helper.locator('#guest-email').waitFor();
    await tabTo(page, 'guest-email');
    await page.keyboard.type(`guest-${Date.now()}@example.test`);
    await page.keyboard.press('Enter');
    await helper.locator('#guest-failure').waitFor();
    assert.match(await helper.locator('#guest-failure').innerText(), /origin_not_allowed/);
    assert.equal(errors.filter((text) => text.includes('origin_not_allowed')).length, 1, errors.join('\n'));
    await expectNoAxeViolations(page, 'with the refusal shown');
  });
});

/**
 * The development mail capture page in headless Chromium at 320 px: an email (over real SMTP, in
 * German with an encoded subject) and a text message (over HTTP, as the API's SMS adapter sends it)
 * arriving while the page is open appear in place — the page is not reloaded, no meta refresh — with a
 * polite count of what arrived; the subject reads decoded and the email carries its language. "Pause
 * updates" is a toggle button reached by keyboard. axe finds nothing before and after.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import nodemailer from 'nodemailer';
import type { Browser, Page } from 'playwright-core';
import { startMailCapture } from '../../examples/mail-capture/server.js';
import * as pages from '../browser-support/example-pages.js';

let capture: Awaited<ReturnType<typeof startMailCapture>>;
let browser: Browser;
let page: Page;

const expectNoAxeViolations = (step: string) => pages.expectNoAxeViolations(page, step);

describe('mail capture page: new messages appear without a reload (Chromium, 320 px, keyboard)', () => {
  before(async () => {
    capture = await startMailCapture({ smtpPort: 0, httpPort: 0 });
    browser = await pages.launchChromium();
    page = await browser.newPage({ viewport: { width: 320, height: 640 } });
  });

  after(async () => {
    await browser?.close();
    await capture?.close();
  });

  it('shows an email and a text message that arrive while it is open, in place, and says so', async () => {
    await page.goto(capture.url);
    assert.equal(await page.locator('meta[http-equiv="refresh" i]').count(), 0, 'no meta refresh');
    assert.equal(await page.locator('#mail-heading').innerText(), 'Email (0)');
    await expectNoAxeViolations('with nothing captured');
    // Something only this page load has: gone if the page were reloaded.
    await page.evaluate(() => ((window as unknown as { sameLoad: boolean }).sameLoad = true));

    const transport = nodemailer.createTransport(capture.smtpUrl);
    await transport.sendMail({
      from: 'shop@txassist.test',
      to: 'greta@example.com',
      subject: 'Ihre Bestellung TX-7001 ist unterwegs',
      text: 'Öffnen Sie Ihre Bestellseite für die Details.',
      headers: { 'Content-Language': 'de' },
    });
    transport.close();
    const sms = await fetch(capture.smsUrl, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ id: 'ntf_capturepage1', to: '+4915112345678', text: 'txassist: Order TX-7001 shipped.' }),
    });
    assert.equal(sms.status, 201);

    await page.waitForFunction(() => document.querySelector('#mail-heading')?.textContent === 'Email (1)', null, {
      timeout: 30_000,
    });
    await page.waitForFunction(
      () => document.querySelector('#sms-heading')?.textContent === 'Text messages (1)',
      null,
      { timeout: 30_000 },
    );
    assert.equal(
      await page.evaluate(() => (window as unknown as { sameLoad?: boolean }).sameLoad),
      true,
      'not reloaded',
    );
    assert.equal(await page.locator('article[lang="de"] h3').innerText(), 'Ihre Bestellung TX-7001 ist unterwegs');
    assert.match(await page.locator('article[lang="de"] pre').innerText(), /Öffnen Sie Ihre Bestellseite/);
    assert.match(await page.locator('#news').innerText(), /^(1 new message|2 new messages)\.$/);
    assert.equal(await page.title(), 'Captured messages (1 email, 1 SMS)');
    await expectNoAxeViolations('with an email and a text message');
  });

  it('"Pause updates" is a toggle button the keyboard reaches', async () => {
    for (let presses = 0; presses < 20; presses++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.id === 'pause')) break;
    }
    const pause = page.locator('#pause');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'pause');
    await page.keyboard.press('Enter');
    assert.equal(await pause.getAttribute('aria-pressed'), 'true');
    assert.equal(await pause.innerText(), 'Resume updates');
    await page.keyboard.press('Space');
    assert.equal(await pause.getAttribute('aria-pressed'), 'false');
    assert.equal(await pause.innerText(), 'Pause updates');
    await expectNoAxeViolations('after pausing and resuming');
  });
});

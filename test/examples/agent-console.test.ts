/**
 * The example agent console, end to end in headless Chromium at 320 px: the real reference server
 * (demo data: one escalated dispute), the console's own back end, the page with `<tx-order-tracker>`
 * from the elements' CDN bundle. A staff member works with the keyboard alone: signs in with email,
 * password and the TOTP code (computed here from the demo agent's secret; a wrong code first), opens
 * the case from the queue, views the evidence, asks for information, decides for the buyer with an
 * amount in the case currency (a malformed and a too-large one refused first), signs out, and finds
 * the account locked after too many wrong passwords. axe-core finds no violation at any step, and
 * nothing scrolls sideways.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { AgentCaseFile } from '@txassist/contract';
import { DEMO_STAFF, totpAt, totpStep } from '@txassist/server';
import type { Browser, Page } from 'playwright-core';
import { startAgentConsole, type RunningAgentConsole } from '../../examples/agent-console/server.js';
import * as pages from '../browser-support/example-pages.js';
import { startTestServer, type TestServer } from '../support/server.js';

const AGENT = DEMO_STAFF.agent;

let api: TestServer;
let agentConsole: RunningAgentConsole;
let browser: Browser;
let page: Page;

/** Presses Tab (at most 120 times) until the focused element — inside shadow roots too — matches. */
async function tabTo(
  description: string,
  matches: (element: Element, arg: string) => boolean,
  arg = '',
): Promise<void> {
  for (let presses = 0; presses < 120; presses++) {
    await page.keyboard.press('Tab');
    const handle = await page.evaluateHandle(() => {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return active;
    });
    const element = handle.asElement();
    if (element && (await element.evaluate(matches, arg))) return;
  }
  assert.fail(`Tab never reached ${description}`);
}

const focusedId = () => page.evaluate(() => document.activeElement?.id);

async function expectNoAxeViolations(step: string): Promise<void> {
  await pages.expectNoAxeViolations(page, step);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 320, `nothing scrolls sideways at 320 px ${step} (page is ${width} px wide)`);
}

const text = (selector: string) => page.locator(selector).innerText();
const usd = (minor: number) => new Intl.NumberFormat('en', { style: 'currency', currency: 'USD' }).format(minor / 100);

/** The page's own call to its server (same origin, its session cookie). */
const pageGet = (path: string) =>
  page.evaluate(async (url) => {
    const response = await fetch(url);
    return {
      status: response.status,
      disposition: response.headers.get('content-disposition'),
      type: response.headers.get('content-type'),
      bytes: (await response.clone().arrayBuffer()).byteLength,
      json: response.headers.get('content-type')?.includes('json') ? await response.json() : undefined,
    };
  }, path);

async function typeInto(description: string, id: string, value: string): Promise<void> {
  await tabTo(description, (element, wanted) => element.id === wanted, id);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(value);
}

describe('example agent console (Chromium, 320 px, keyboard only)', () => {
  before(async () => {
    pages.assertCdnBundle();
    api = await startTestServer();
    agentConsole = await startAgentConsole({ apiBase: api.url, port: 0 });
    browser = await pages.launchChromium();
    page = await browser.newPage({ viewport: { width: 320, height: 720 } });
  });

  after(async () => {
    await browser?.close();
    await agentConsole?.close();
    await api?.close();
  });

  it('signs in with TOTP, opens the case, views evidence, asks, decides with an amount, signs out', async () => {
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(agentConsole.url);

    // Signed out: the sign-in screen, and no queue or case form anywhere.
    await page.locator('#password-form').waitFor();
    for (const selector of ['#workspace', '#ask-form', '#decide-form', '#code-form', '#sign-out'])
      assert.equal(await page.locator(selector).isVisible(), false, `${selector} is hidden before sign-in`);
    assert.equal(await text('#sign-in-heading'), 'Staff sign-in');
    // No empty band: the still-empty status line takes no room, so the form follows the heading after one gap.
    const { space, expected } = await page.evaluate(() => {
      const heading = document.querySelector('#sign-in-heading')!;
      const panel = getComputedStyle(document.querySelector('#sign-in')!);
      return {
        space:
          document.querySelector('#password-form')!.getBoundingClientRect().top -
          heading.getBoundingClientRect().bottom,
        expected: parseFloat(getComputedStyle(heading).marginBlockEnd) + parseFloat(panel.rowGap),
      };
    });
    assert.ok(space <= expected + 1, `the form follows the heading after one gap (${space} px, not ${expected} px)`);
    assert.equal((await pageGet('/api/queue')).json.code, 'not_signed_in');
    await expectNoAxeViolations('on the sign-in screen');

    await typeInto('the email field', 'email', AGENT.email);
    await typeInto('the password field', 'password', AGENT.password);
    await page.keyboard.press('Enter');
    await page.locator('#code-heading:focus').waitFor();
    assert.equal(await page.locator('#password-form').isVisible(), false);
    await expectNoAxeViolations('on the code step');

    // A wrong code: refused in plain words with its code; the code step stays.
    const step = totpStep(new Date());
    const valid = await Promise.all([step - 1, step, step + 1].map((s) => totpAt(AGENT.totpSecret, s)));
    const wrong = ['000000', '111111', '222222', '333333'].find((code) => !valid.includes(code))!;
    await typeInto('the code field', 'code', wrong);
    await page.keyboard.press('Enter');
    await page.locator('#sign-in-error:not(:empty)').waitFor();
    assert.match(await text('#sign-in-error'), /code is not right.*\(code: mfa_invalid\)/);
    await expectNoAxeViolations('after a wrong code');

    await typeInto('the code field', 'code', await totpAt(AGENT.totpSecret, totpStep(new Date())));
    await page.keyboard.press('Enter');
    await page.locator('#queue li button').first().waitFor();
    assert.equal(await text('#account-name'), `Signed in as ${AGENT.email}`);
    assert.equal(await text('#queue-status'), '1 case waiting.');
    assert.equal(await page.locator('#case').isVisible(), false, 'no case form with no case open');
    const queued = await text('#queue li');
    assert.match(queued, /TX-1012 · Arrived damaged · \$\d/);
    await expectNoAxeViolations('on the queue');

    // Open the case from the queue with the keyboard: labelled values, money in dollars.
    await tabTo('the TX-1012 case in the queue', (element) => (element.textContent ?? '').includes('TX-1012'));
    await page.keyboard.press('Enter');
    await page.locator('#case-heading:focus').waitFor();
    assert.equal(await text('#case-heading'), 'Case about order TX-1012');
    const queue = (await pageGet('/api/queue')).json as { data: { dispute_id: string }[] };
    const file = (await pageGet(`/api/cases/${queue.data[0]!.dispute_id}`)).json as AgentCaseFile;
    const facts = await text('#case-facts');
    assert.match(facts, /Status\s+Escalated to review/);
    assert.match(facts, /Reason\s+Arrived damaged/);
    assert.match(facts, new RegExp(`Amount in dispute\\s+${usd(file.dispute.amount.amount).replace('$', '\\$')}`));
    assert.doesNotMatch(facts, /escalated|resolved|_/, 'no raw values');
    assert.match(await text('#case-audit'), /buyer: escalated to review/);

    const tracker = page.locator('#case-order');
    await tracker.locator('[part="shipment"]').first().waitFor();
    assert.equal(await tracker.locator('[part="shipment-badge"]').innerText(), 'Delivered');
    await expectNoAxeViolations('on the open case');

    // Evidence: listed with its real size, viewed in the page, downloadable — all through the console.
    const evidence = file.dispute.evidence[0]!;
    assert.ok(evidence, 'the demo case has evidence');
    const size = new Intl.NumberFormat('en', {
      style: 'unit',
      unit: evidence.size < 1000 ? 'byte' : 'kilobyte',
      unitDisplay: 'short',
      maximumFractionDigits: 1,
    }).format(evidence.size < 1000 ? evidence.size : evidence.size / 1000);
    assert.match(
      await text('#case-evidence'),
      new RegExp(`${evidence.filename} · image/png · ${size} · from the buyer`),
    );
    await tabTo(
      `"View ${evidence.filename}"`,
      (element, name) => element.textContent === `View ${name}`,
      evidence.filename,
    );
    await page.keyboard.press('Enter');
    assert.equal(await focusedId(), 'evidence-view');
    await page.waitForFunction(() => (document.getElementById('evidence-image') as HTMLImageElement).naturalWidth > 0);
    assert.equal(
      await page.locator('#evidence-image').getAttribute('alt'),
      `Evidence from the buyer: ${evidence.filename}`,
    );
    const download = await pageGet(await page.locator('#case-evidence a').first().getAttribute('href').then(String));
    assert.equal(download.status, 200);
    assert.equal(download.bytes, evidence.size);
    assert.match(download.disposition ?? '', /^attachment; filename=/);
    await expectNoAxeViolations('with the evidence open');

    // "Contact the seller" in the tracker's "I didn't get it" notice opens the question to the seller.
    await tabTo(
      'the tracker\'s "I didn\'t get it"',
      (element) => element.getAttribute('part') === 'not-received-toggle',
    );
    await page.keyboard.press('Enter');
    await tabTo('"Contact the seller"', (element) => (element as HTMLElement).dataset.action === 'contact_seller');
    await page.keyboard.press('Enter');
    assert.equal(await focusedId(), 'question');
    assert.equal(await page.locator('input[name="from"]:checked').getAttribute('value'), 'seller');
    await page.keyboard.type('Please send the courier’s proof of delivery photo.');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.locator('#case-status', { hasText: 'Question sent to the seller.' }).waitFor();
    assert.match(await text('#case-facts'), /Status\s+Waiting for information/);
    assert.equal(await page.locator('#ask-form').isVisible(), false, 'one question at a time');
    assert.match(await text('#queue li'), /waiting for the seller/);
    await expectNoAxeViolations('after asking the seller');

    // Decide: the refund is typed in dollars. A malformed amount and one above what was paid are refused.
    const disputed = file.dispute.amount.amount;
    assert.equal(
      await page.inputValue('#refund-amount'),
      (disputed / 100).toFixed(2),
      'proposes the amount in dispute',
    );
    assert.match(await text('#refund-amount-label'), /^Refund amount in USD \(\$\)$/);
    await typeInto('the refund amount', 'refund-amount', '12.345');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Parcel photos show it arrived crushed.');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.locator('#case-error:not(:empty)').waitFor();
    assert.match(
      await text('#case-error'),
      /Enter the refund as an amount in USD \(\$\), like 12\.50\. \(code: amount_invalid\)/,
    );
    assert.equal(await focusedId(), 'refund-amount');

    await page.keyboard.press('Control+A');
    await page.keyboard.type(((file.captured.amount + 100) / 100).toFixed(2));
    await tabTo('the Decide button', (element) => element.textContent === 'Decide');
    await page.keyboard.press('Enter');
    await page.locator('#case-error', { hasText: 'refund_limit_exceeded' }).waitFor();
    assert.match(await text('#case-error'), /more than can still be refunded/);
    assert.match(await text('#case-facts'), /Waiting for information/);
    await expectNoAxeViolations('after a refused refund');

    await typeInto('the refund amount', 'refund-amount', (disputed / 100).toFixed(2));
    await tabTo('the Decide button', (element) => element.textContent === 'Decide');
    await page.keyboard.press('Enter');
    await page.locator('#case-facts', { hasText: 'Decided for the buyer' }).waitFor();
    assert.match(await text('#case-history'), new RegExp(`Refunded so far\\s+\\${usd(disputed)}`));
    assert.match(await text('#case-audit'), /agent: decided for the buyer/);
    assert.doesNotMatch(await text('#case-facts'), /resolved/);
    assert.equal(await page.locator('#decide-form').isVisible(), false, 'a decided case has no forms');
    await page.locator('#queue-status', { hasText: 'No escalated cases' }).waitFor();
    await expectNoAxeViolations('after the decision');

    // The API agrees: resolved for the buyer with the refund the agent typed, in cents.
    const decided = (await pageGet(`/api/cases/${file.dispute.id}`)).json as AgentCaseFile;
    assert.equal(decided.dispute.status, 'resolved_buyer');
    assert.equal(decided.dispute.decision?.refund_amount?.amount, disputed);
    assert.equal(decided.refunded.amount, disputed);

    // Sign out: back to the sign-in screen; the console's server forgot the session.
    await tabTo('Sign out', (element) => element.id === 'sign-out');
    await page.keyboard.press('Enter');
    await page.locator('#sign-in-heading:focus').waitFor();
    assert.equal(await text('#sign-in-status'), 'You are signed out.');
    assert.equal(await page.locator('#workspace').isVisible(), false);
    assert.equal((await pageGet('/api/queue')).json.code, 'not_signed_in');
    await expectNoAxeViolations('after signing out');
    assert.deepEqual(pageErrors, []);
  });

  it('respects the lockout: after five wrong passwords even the right one is refused, in plain words', async () => {
    page = await browser.newPage({ viewport: { width: 320, height: 720 } }); // no session cookie
    await page.goto(agentConsole.url);
    await page.locator('#password-form').waitFor();
    for (let attempt = 0; attempt < 5; attempt++) {
      await page.locator('#sign-in-error').evaluate((element) => (element.textContent = ''));
      if (attempt === 0) await typeInto('the email field', 'email', AGENT.email);
      else assert.equal(await focusedId(), 'email', 'a refused password puts focus back on the email');
      await page.keyboard.press('Control+A');
      await page.keyboard.type(AGENT.email);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Control+A');
      await page.keyboard.type(`wrong-password-${attempt}`);
      await page.keyboard.press('Enter');
      await page.locator('#sign-in-error', { hasText: 'invalid_credentials' }).waitFor();
    }
    await typeInto('the email field', 'email', AGENT.email);
    await typeInto('the password field', 'password', AGENT.password);
    await page.keyboard.press('Enter');
    await page.locator('#sign-in-error', { hasText: 'invalid_credentials' }).waitFor();
    assert.match(await text('#sign-in-error'), /locked for a while.*wait 15 minutes/);
    assert.equal(await page.locator('#code-form').isVisible(), false, 'a locked account gets no code step');
    await expectNoAxeViolations('on a locked account');
  });
});

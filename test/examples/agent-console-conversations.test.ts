/**
 * The agent console's "Conversations" queue, end to end in headless Chromium at 320 px: the real
 * reference server, the console's own back end, keyboard only. A buyer of the test's own asks about a
 * delivered order through the API; the agent signs in, finds the conversation in the queue (topic,
 * order number, labelled status, waiting since, the context), is refused a blank reason, opens it with
 * a reason (audited), adds an internal note, replies and closes it. The buyer's own GET shows the reply
 * and not the note. axe-core finds no violation at any step, and nothing scrolls sideways.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { DEMO_STAFF, totpAt, totpStep } from '@txassist/server';
import type { Browser, Page } from 'playwright-core';
import { startAgentConsole, type RunningAgentConsole } from '../../examples/agent-console/server.js';
import * as pages from '../browser-support/example-pages.js';
import { call } from '../support/http.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { staffToken } from '../support/staff.js';
import { deliveredOrder, newBuyer } from '../server/disputes-support.js';

const AGENT = DEMO_STAFF.agent;

let api: TestServer;
let agentConsole: RunningAgentConsole;
let browser: Browser;
let page: Page;

const text = (selector: string) => page.locator(selector).innerText();
const tabToText = (description: string, wanted: string) =>
  pages.tabTo(page, description, (seen) => seen.text.includes(wanted), 200);
const tabToId = (id: string) => pages.tabTo(page, `#${id}`, (seen) => seen.id === id, 200);

async function expectNoAxeViolations(step: string): Promise<void> {
  await pages.expectNoAxeViolations(page, step);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 320, `nothing scrolls sideways at 320 px ${step} (page is ${width} px wide)`);
}

describe('agent console: support conversations (Chromium, 320 px, keyboard only)', () => {
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

  it('a buyer asks through the API; the agent reads it with a reason, notes, replies and closes it by keyboard', async () => {
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    // The buyer's side, through the API: a delivered order of their own and a question about it.
    const buyer = await newBuyer(api.url);
    const order = await deliveredOrder(api.url, buyer.buyerId);
    const number = (await call(api.url, 'GET', `/v1/orders/${order.id}`, { token: buyer.token })).json.number as string;
    const opened = await call(api.url, 'POST', '/v1/support/conversations', {
      token: buyer.token,
      body: { topic: 'delivery', message: 'The tracking page has not moved for a week.', order_id: order.id },
      idempotencyKey: randomUUID(),
    });
    assert.equal(opened.status, 201, opened.text);
    const id = opened.json.id as string;

    // The agent signs in with the keyboard: email, password, then the code.
    await page.goto(agentConsole.url);
    await page.locator('#password-form').waitFor();
    await tabToId('email');
    await page.keyboard.type(AGENT.email);
    await page.keyboard.press('Tab');
    await page.keyboard.type(AGENT.password);
    await page.keyboard.press('Enter');
    await page.locator('#code-heading:focus').waitFor();
    await tabToId('code');
    await page.keyboard.type(await totpAt(AGENT.totpSecret, totpStep(new Date())));
    await page.keyboard.press('Enter');

    // The queue: topic, order number and status in words, when it started waiting, and the context.
    const row = page.locator('#conversations-list li', { hasText: number });
    await row.waitFor();
    const rowText = await row.innerText();
    assert.match(rowText, new RegExp(`^Delivery · ${number} · Waiting for an agent`));
    assert.match(rowText, /waiting since \w{3} \d{1,2}, \d{4}/, 'the date through Intl');
    assert.match(rowText, /order: delivered · 0 open cases/, 'the context snapshot, counted through Intl');
    assert.doesNotMatch(rowText, /\bopen\b(?! case)|_/, 'no raw status values');
    assert.match(await text('#conversations-status'), /^\d+ conversations? not closed\.$/);
    await expectNoAxeViolations('on the conversations queue');

    // Open it: first the reason, nothing of the conversation is shown before.
    await tabToText(`the conversation about ${number}`, number);
    await page.keyboard.press('Enter');
    await page.locator('#conversation-reason:focus').waitFor();
    assert.equal(await text('#conversation-heading'), `Delivery · ${number}`);
    assert.equal(await page.locator('#conversation-body').isVisible(), false, 'no thread before a reason');
    assert.doesNotMatch(await page.locator('#conversation').innerText(), /tracking page/);
    await expectNoAxeViolations('asking for the reason');

    // A blank reason (three spaces pass the form's length check; the API trims) is refused in words.
    await page.keyboard.type('   ');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.locator('#conversation-error:not(:empty)').waitFor();
    assert.match(await text('#conversation-error'), /at least 3 characters.*\(code: invalid_query\)/);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'conversation-reason');
    assert.equal(await page.locator('#conversation-body').isVisible(), false);
    await expectNoAxeViolations('after a blank reason');

    const reason = 'Buyer reports tracking stuck for a week';
    await page.keyboard.press('Control+A');
    await page.keyboard.type(reason);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.locator('#conversation-heading:focus').waitFor();
    assert.equal(await text('#conversation-error'), '');
    assert.match(await text('#conversation-thread'), /buyer · .*\n+The tracking page has not moved for a week\./);
    assert.match(await text('#conversation-facts'), /Status\s+Waiting for an agent/);
    await expectNoAxeViolations('on the open conversation');

    // The read was audited with the agent's reason.
    const admin = await staffToken(api, 'admin');
    const audit = await call(api.url, 'GET', `/v1/staff/audit-events?subject_id=${buyer.buyerId}`, { token: admin });
    assert.deepEqual(
      audit.json.data
        .filter((event: { action: string }) => event.action === 'support.read_conversation')
        .map((event: { case_id: string; reason: string }) => [event.case_id, event.reason]),
      [[id, reason]],
    );

    // An internal note: marked as one, in words.
    await tabToId('conversation-message');
    await page.keyboard.type('Carrier says the parcel is held at the depot.');
    await tabToText('"Add as internal note"', 'Add as internal note');
    await page.keyboard.press('Enter');
    await page.locator('#conversation-status', { hasText: 'Internal note added' }).waitFor();
    const note = page.locator('#conversation-thread li.internal');
    assert.match(await note.innerText(), /^Internal note \(agents only, never shown to the buyer\) · /);
    assert.match(await note.innerText(), /held at the depot/);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'conversation-message');
    await expectNoAxeViolations('after an internal note');

    // The reply to the buyer: the button right after the message.
    await page.keyboard.type('Your parcel is at the local depot and goes out tomorrow.');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.locator('#conversation-status', { hasText: 'Reply sent' }).waitFor();
    assert.match(await text('#conversation-facts'), /Status\s+Answered/);
    assert.match(await text('#conversation-thread'), /agent · .*\n+Your parcel is at the local depot/);
    await page.locator('#conversations-list li', { hasText: `${number} · Answered` }).waitFor();
    await expectNoAxeViolations('after the reply');

    // The buyer's own view: the reply, and not the note.
    const seen = await call(api.url, 'GET', `/v1/support/conversations/${id}`, { token: buyer.token });
    assert.equal(seen.status, 200, seen.text);
    assert.equal(seen.json.status, 'answered');
    assert.deepEqual(
      seen.json.messages.map((message: { author: string; body: string }) => [message.author, message.body]),
      [
        ['buyer', 'The tracking page has not moved for a week.'],
        ['agent', 'Your parcel is at the local depot and goes out tomorrow.'],
      ],
    );
    assert.equal(seen.text.includes('held at the depot'), false, 'the note never reaches the buyer');

    // Close: no more forms, gone from the queue, closed for the buyer.
    await tabToId('conversation-close');
    await page.keyboard.press('Enter');
    await page.locator('#conversation-status', { hasText: 'Conversation closed.' }).waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'conversation-heading');
    assert.match(await text('#conversation-closed'), /^Closed \w{3} \d{1,2}, \d{4}/);
    assert.equal(await page.locator('#conversation-reply-form').isVisible(), false);
    assert.equal(await page.locator('#conversations-list li', { hasText: number }).count(), 0);
    const closed = await call(api.url, 'GET', `/v1/support/conversations/${id}`, { token: buyer.token });
    assert.equal(closed.json.status, 'closed');
    await expectNoAxeViolations('after closing');
    assert.deepEqual(pageErrors, []);
  });
});

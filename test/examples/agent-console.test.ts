/**
 * The example agent console, end to end in headless Chromium: the real reference server (demo data:
 * one escalated dispute), the console's own back end signed in as the demo agent (password + TOTP),
 * the page with `<tx-order-tracker>` from the elements' CDN bundle. The agent works with the keyboard
 * alone: opens the case from the queue, reads the order and parcels in the tracker, is refused a
 * refund above what is left, then decides for the buyer. axe-core finds no violation at any step.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { AgentCaseFile, AgentQueueItem } from '@txassist/contract';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';
import { demoAgent, startAgentConsole, type RunningAgentConsole } from '../../examples/agent-console/server.js';
import { startTestServer, type TestServer } from '../support/server.js';

const CDN_BUNDLE = fileURLToPath(new URL('../../packages/elements/cdn/txassist.js', import.meta.url));
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let api: TestServer;
let agentConsole: RunningAgentConsole;
let browser: Browser;
let page: Page;

/** Presses Tab (at most 80 times) until the focused element — inside shadow roots too — matches. */
async function tabTo(description: string, matches: (element: Element) => boolean): Promise<void> {
  for (let presses = 0; presses < 80; presses++) {
    await page.keyboard.press('Tab');
    const handle = await page.evaluateHandle(() => {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return active;
    });
    const element = handle.asElement();
    if (element && (await element.evaluate(matches))) return;
  }
  assert.fail(`Tab never reached ${description}`);
}

async function expectNoAxeViolations(step: string): Promise<void> {
  // Evaluated, not added as a <script>: the console's CSP (script-src 'self') refuses inline scripts.
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

const text = (selector: string) => page.locator(selector).innerText();

describe('example agent console (Chromium, keyboard only)', () => {
  before(async () => {
    assert.ok(existsSync(CDN_BUNDLE), `${CDN_BUNDLE} is missing: run \`npm run bundle\` first`);
    api = await startTestServer();
    agentConsole = await startAgentConsole({ apiBase: api.url, port: 0, agent: await demoAgent() });
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
    page = await browser.newPage();
  });

  after(async () => {
    await browser?.close();
    await agentConsole?.close();
    await api?.close();
  });

  it('lists the escalated demo case, opens it with the order in the tracker, refuses too big a refund, then decides', async () => {
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(agentConsole.url);
    await page.locator('#queue li button').first().waitFor();
    assert.match(await text('#queue-status'), /1 case\(s\) waiting/);
    const queued = await text('#queue li');
    assert.match(queued, /TX-1012/);
    const queue = (await (await fetch(`${agentConsole.url}/api/queue`)).json()) as { data: AgentQueueItem[] };
    const disputeId = queue.data[0]!.dispute_id;
    await expectNoAxeViolations('on the queue');

    // Open the case from the queue with the keyboard.
    await tabTo('the TX-1012 case in the queue', (element) => (element.textContent ?? '').includes('TX-1012'));
    await page.keyboard.press('Enter');
    await page.locator('#case-heading:focus').waitFor();
    assert.equal(await text('#case-heading'), 'Case about order TX-1012');

    // The element shows the order and its parcel from the case file.
    const tracker = page.locator('#case-order');
    await tracker.locator('[part="heading"]').waitFor();
    assert.match(await tracker.locator('[part="heading"]').innerText(), /TX-1012/);
    await tracker.locator('[part="shipment"]').first().waitFor();
    assert.equal(await tracker.locator('[part="shipment"]').count(), 1, 'one parcel');
    assert.equal(await tracker.locator('[part="shipment-badge"]').innerText(), 'Delivered');
    assert.match(await tracker.locator('[part="tracking-number"]').innerText(), /\S/);
    await expectNoAxeViolations('on the open case');

    // "Contact the seller" in the tracker's "I didn't get it" notice opens the question to the seller.
    await tabTo(
      'the tracker\'s "I didn\'t get it"',
      (element) => element.getAttribute('part') === 'not-received-toggle',
    );
    await page.keyboard.press('Enter');
    await tabTo('"Contact the seller"', (element) => (element as HTMLElement).dataset.action === 'contact_seller');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'question');
    assert.equal(await page.locator('input[name="from"]:checked').getAttribute('value'), 'seller');

    // A refund above what was captured is refused with the API's code and a plain message; nothing changes.
    const disputed = Number(await page.inputValue('#refund-amount'));
    assert.ok(disputed > 0, 'the form proposes the amount in dispute');
    await tabTo('the refund amount', (element) => element.id === 'refund-amount');
    await page.keyboard.press('Control+A');
    await page.keyboard.type(String(disputed * 100));
    await page.keyboard.press('Tab');
    await page.keyboard.type('Parcel photos show it arrived crushed.');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.locator('#case-error:not(:empty)').waitFor();
    assert.match(await text('#case-error'), /code: refund_limit_exceeded/);
    assert.match(await text('#case-facts'), /escalated/);

    // The amount in dispute is accepted: the case is decided for the buyer and the refund is booked.
    await tabTo('the refund amount', (element) => element.id === 'refund-amount');
    await page.keyboard.press('Control+A');
    await page.keyboard.type(String(disputed));
    await tabTo('the Decide button', (element) => element.textContent === 'Decide');
    await page.keyboard.press('Enter');
    await page.locator('#case-facts', { hasText: 'resolved buyer' }).waitFor();
    assert.match(await text('#case-history'), /Refunded so far/);
    assert.doesNotMatch(await text('#case-history'), /Refunded so far\s+\D*0[.,]00/);
    assert.match(await text('#case-audit'), /decide_for_buyer|decide for buyer/);
    await page.locator('#queue-status', { hasText: 'No escalated cases' }).waitFor();
    await expectNoAxeViolations('after the decision');

    // The API agrees: the dispute is resolved for the buyer with the refund the agent chose.
    const file = (await (await fetch(`${agentConsole.url}/api/cases/${disputeId}`)).json()) as AgentCaseFile;
    assert.equal(file.dispute.status, 'resolved_buyer');
    assert.equal(file.dispute.decision?.refund_amount?.amount, disputed);
    assert.equal(file.refunded.amount, disputed);
    assert.deepEqual(pageErrors, []);
  });
});

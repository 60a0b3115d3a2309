/**
 * `<tx-dispute-form>` on the real reference server, driven by the keyboard alone: the buyer files a
 * "damaged" dispute with a photo, the seller (API) offers a partial refund, the buyer declines and
 * escalates, an agent (API) decides for the buyer, and the buyer sees the refund — zero axe violations
 * at every step. Also: the draft survives a reload, and a submission retried after the network failed
 * files the case once.
 */
import { sendKeys } from '@web/test-runner-commands';
import '../../packages/elements/src/index.js';
import type { TxDisputeForm } from '../../packages/elements/src/dispute-form/dispute-form.js';
import type { TxDisputeChangeEvent } from '../../packages/elements/src/events/dispute-change.js';
import type { TxDisputeFiledEvent } from '../../packages/elements/src/events/dispute-filed.js';
import { assert, equal, includes } from '../browser-support/assert.js';
import { expectNoAxeViolations } from '../browser-support/axe.js';
import {
  actOnCase,
  buyerWithDeliveredOrder,
  mountCaseForm,
  q,
  shown,
  tabTo,
  type Buyer,
} from '../browser-support/case-e2e.js';
import { cleanupFixtures, deepActiveElement, textOf, waitUntil } from '../browser-support/dom.js';
import { flakyApi } from '../browser-support/tx-api.js';

const mount = (buyer: Buyer, apiBase?: string, disputeId?: string) =>
  mountCaseForm<TxDisputeForm>('tx-dispute-form', buyer, { apiBase, caseId: disputeId });
const actAs = (who: 'seller' | 'agent', disputeId: string, body: object) => actOnCase(who, 'disputes', disputeId, body);
const byId = (id: string) => (focused: Element) => focused.id === id;
const byPart = (part: string) => (focused: Element) => focused.getAttribute('part') === part;

/** The bytes of a tiny JPEG (the server checks the type by content). */
function photo(): File {
  const bytes = new Uint8Array(4096);
  bytes.set([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]);
  return new File([bytes], 'cracked-bottle.jpg', { type: 'image/jpeg' });
}

/** The operating system's file picker cannot be driven from a page: choose the file as it would. */
function pick(input: HTMLInputElement, file: File): void {
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

async function fillWithKeyboard(element: TxDisputeForm, description: string): Promise<void> {
  await shown(element, '#reason-damaged');
  // A fresh order: "It hasn't arrived" is not open yet (disabled), so Tab lands on "It arrived damaged".
  assert(q<HTMLInputElement>(element, '#reason-not_received')?.disabled, 'not received is not open yet');
  element.focus();
  await tabTo(byId('reason-damaged'), 'the first open reason');
  await sendKeys({ press: 'Space' });
  await waitUntil(() => q<HTMLInputElement>(element, '#reason-damaged')?.checked, 'damaged chosen');
  await tabTo((focused) => focused.getAttribute('name') === 'item', 'the first item');
  await sendKeys({ press: 'Space' });
  await tabTo(byId('description'), 'the description');
  await sendKeys({ type: description });
  await tabTo(byId('outcome-full_refund'), 'the first outcome');
  await sendKeys({ press: 'Space' });
  await waitUntil(() => q<HTMLInputElement>(element, '#outcome-full_refund')?.checked, 'outcome chosen');
}

describe('<tx-dispute-form> on the real server', () => {
  afterEach(() => cleanupFixtures());

  it('files a damaged dispute with a photo, declines an offer, escalates and sees the refund — keyboard only', async function () {
    this.timeout(90_000);
    const buyer = await buyerWithDeliveredOrder('wtr-dispute-');
    // The element's events bubble out of its shadow root to the page.
    const heard: Event[] = [];
    const listening = new AbortController();
    for (const type of ['tx-dispute-filed', 'tx-dispute-change']) {
      document.addEventListener(type, (event) => heard.push(event), { signal: listening.signal });
    }
    let element = await mount(buyer);
    await shown(element, '[part="eligibility"]');
    includes(textOf(q(element, '[part="eligibility"]')), 'You can open a case until');
    await expectNoAxeViolations(element);

    await fillWithKeyboard(element, 'The bottle arrived cracked and leaked into the box.');
    await tabTo(byId('evidence-input'), 'the file input');
    pick(q<HTMLInputElement>(element, '#evidence-input')!, photo());
    await shown(element, '[part="file"][data-status="uploaded"]');
    await expectNoAxeViolations(element);

    await tabTo(byPart('submit-button'), 'Open case');
    await sendKeys({ press: 'Enter' });
    const badge = await shown(element, '[part="status"]');
    equal(textOf(badge), 'Waiting for the seller');
    await waitUntil(() => deepActiveElement()?.id === 'case-heading', 'focus on the case heading');
    includes(textOf(q(element, '[part="deadline"]')), 'The seller has until');
    await expectNoAxeViolations(element);

    const [dispute] = (await buyer.sdk.disputes.list({ orderId: buyer.orderId })).data;
    assert(dispute, 'the dispute exists');
    equal(dispute.reason, 'damaged');
    const filed = heard.find((event): event is TxDisputeFiledEvent => event.type === 'tx-dispute-filed');
    equal(filed?.dispute.id, dispute.id, 'tx-dispute-filed carries the case (event.dispute)');
    equal(dispute.evidence.length, 1, 'the photo is attached');
    equal(dispute.evidence[0]?.content_type, 'image/jpeg');

    await actAs('seller', dispute.id, { action: 'offer', outcome: 'partial_refund', amount: 1200, note: 'Half back?' });
    cleanupFixtures(); // the buyer comes back to the page
    element = await mount(buyer);
    await shown(element, '[part="offer"]');
    includes(textOf(q(element, '[part="offer"]')), 'A partial refund of $12.00');
    includes(textOf(q(element, '[part="deadline"]')), 'Please answer by');
    await expectNoAxeViolations(element);

    element.focus();
    await tabTo(byPart('decline-offer'), 'Decline offer');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => textOf(q(element, '[part="status"]')) === 'No agreement yet', 'offer declined');
    await expectNoAxeViolations(element);
    await tabTo(byPart('escalate-button'), 'Ask our team to decide');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => textOf(q(element, '[part="status"]')) === 'Our team is reviewing it', 'escalated');
    const changes = heard.filter((event): event is TxDisputeChangeEvent => event.type === 'tx-dispute-change');
    equal(changes.map((event) => event.action).join(), 'decline_offer,escalate', 'tx-dispute-change: event.action');
    equal(changes[1]?.dispute.status, 'escalated', 'tx-dispute-change carries the case as answered (event.dispute)');
    listening.abort();
    await expectNoAxeViolations(element);

    await actAs('agent', dispute.id, {
      action: 'decide_for_buyer',
      refund_amount: 2400,
      reason: 'The photo shows the bottle broke in transit.',
    });
    cleanupFixtures(); // the buyer opens the case from the decision notice
    element = await mount(buyer, undefined, dispute.id);
    const refund = await shown(element, '[part="refund"]');
    includes(textOf(refund), '$24.00 was refunded on');
    equal(textOf(q(element, '[part="status"]')), 'Decided in your favour');
    includes(textOf(q(element, '[part="decision"]')), 'Why: The photo shows the bottle broke in transit.');
    await expectNoAxeViolations(element);
  });

  it('keeps the draft across a reload and says it was restored', async function () {
    this.timeout(30_000);
    const buyer = await buyerWithDeliveredOrder('wtr-dispute-');
    let element = await mount(buyer);
    await fillWithKeyboard(element, 'Kept across a reload.');
    await waitUntil(() => q(element, '[part="draft-status"][data-status="saved"]'), 'draft saved');
    includes(textOf(q(element, '[part="draft-status"]')), 'Your draft is saved on this device.');

    cleanupFixtures(); // reload
    element = await mount(buyer);
    await shown(element, '[part="draft-status"][data-status="restored"]');
    includes(textOf(q(element, '[part="draft-status"]')), 'We restored the draft you saved on');
    assert(q<HTMLInputElement>(element, '#reason-damaged')?.checked, 'reason restored');
    assert(q<HTMLInputElement>(element, '#outcome-full_refund')?.checked, 'outcome restored');
    equal(q<HTMLTextAreaElement>(element, '#description')?.value, 'Kept across a reload.');
    await expectNoAxeViolations(element);
  });

  it('retries a failed submission with the same key and files the case once', async function () {
    this.timeout(60_000);
    const buyer = await buyerWithDeliveredOrder('wtr-dispute-');
    const network = flakyApi();
    const element = await mount(buyer, network.apiBase);
    await fillWithKeyboard(element, 'Sent while the network was down.');

    await network.setDown(true);
    window.dispatchEvent(new Event('offline'));
    await shown(element, '[part="offline"]');
    await tabTo(byPart('submit-button'), 'Open case');
    await sendKeys({ press: 'Enter' });
    const alert = await waitUntil(
      () =>
        textOf(q(element, '#form-errors')).includes('Your case wasn’t sent yet.') ? q(element, '#form-errors') : null,
      'the failure is explained',
      30_000,
    );
    includes(textOf(alert), 'Send again — it will be filed only once.');
    equal((await buyer.sdk.disputes.list({ orderId: buyer.orderId })).data.length, 0, 'nothing filed while down');

    await network.setDown(false);
    window.dispatchEvent(new Event('online'));
    q<HTMLButtonElement>(element, '[part="submit-button"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await shown(element, '[part="case"]');
    await sendKeys({ press: 'Enter' }); // a second press on the old button's spot must not file again
    const disputes = (await buyer.sdk.disputes.list({ orderId: buyer.orderId })).data;
    equal(disputes.length, 1, 'filed exactly once');
  });

  it('shows a case in the language asked for: the case view brings its own words (mediation) in German', async function () {
    this.timeout(60_000);
    const buyer = await buyerWithDeliveredOrder('wtr-dispute-de');
    const order = await buyer.sdk.orders.get(buyer.orderId);
    const dispute = await buyer.sdk.disputes.file(buyer.orderId, {
      reason: 'damaged',
      items: [{ line_item_id: order.line_items[0]!.id, quantity: 1 }],
      description: 'Der Deckel ist gesprungen.',
      desired_outcome: 'full_refund',
    });
    const element = await mount(buyer, undefined, dispute.id);
    element.locale = 'de';
    await shown(element, '#case-heading');
    await waitUntil(() => textOf(q(element, '#case-heading')) === 'Dein Fall', 'the case heading in German');
    await element.updateComplete;
    equal(textOf(q(element, '#thread-heading')), 'Nachrichten', 'the thread heading in German');
    includes(textOf(q(element, '[part="withdraw-button"]')), 'Fall zurückziehen', 'withdraw in German');
    includes(
      textOf(q(element, '[part="status"]')),
      'Wartet auf den Verkäufer',
      'the status (dispute namespace) in German',
    );
    await expectNoAxeViolations(element);
  });
});

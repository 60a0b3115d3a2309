/**
 * The Cases block of `<tx-order-hub>`'s order detail against the real reference API: a buyer's dispute
 * on a delivered order shows with its status and deadline, a refund request moves from "Waiting for
 * the seller" to "Refunded" and the price breakdown shows what was paid back, a case opens by keyboard
 * through the cancelable `tx-case-select` event — zero axe violations throughout. Every test uses a
 * fresh buyer and a fresh delivered order (`deliveredOrder` in tx-api.ts), so nothing is shared.
 */
import { createClient, type TxClient } from '@txassist/sdk';
import { sendKeys } from '@web/test-runner-commands';
import '../../packages/elements/src/index.js';
import type { TxCaseSelectEvent } from '../../packages/elements/src/events/case-select.js';
import type { TxOrderHub } from '../../packages/elements/src/order-hub/order-hub.js';
import { assert, equal, includes, notIncludes } from '../browser-support/assert.js';
import { expectNoAxeViolations } from '../browser-support/axe.js';
import { cleanupFixtures, deepActiveElement, fixture, shadowQuery, textOf, waitUntil } from '../browser-support/dom.js';
import { actAs, apiConfig, deliveredOrder, freshBuyer } from '../browser-support/tx-api.js';

const q = <T extends Element = HTMLElement>(element: Element, selector: string) => shadowQuery<T>(element, selector);
const casesBlock = (element: Element) => textOf(q(element, '[data-block="cases"]'));
const breakdown = (element: Element) => textOf(q(element, '[part="price-breakdown"]'));

interface DeliveredOrder {
  id: string;
  number: string;
  line_items: { id: string; title: string }[];
}

/** A new buyer with one delivered order (Glow Serum $24.00, 2 × Velvet Lip Tint $12.50, shipping $4.99). */
async function buyerWithDeliveredOrder() {
  const config = await apiConfig();
  const { id: buyerId, token } = await freshBuyer('wtr-hub-cases');
  const order = (await deliveredOrder(buyerId)) as unknown as DeliveredOrder;
  const sdk: TxClient = createClient({
    apiBase: config.apiBase,
    publishableKey: config.publishableKey,
    getSessionToken: () => token,
  });
  const mount = async () => {
    const element = document.createElement('tx-order-hub');
    element.locale = 'en';
    element.setAttribute('api-base', config.apiBase);
    element.setAttribute('publishable-key', config.publishableKey);
    element.setAttribute('session-token', token);
    element.setAttribute('order-id', order.id);
    return fixture<TxOrderHub>(element);
  };
  return { order, sdk, mount };
}

const casesShown = (element: TxOrderHub, what: string, predicate: () => unknown) =>
  waitUntil(
    () => q(element, '[data-block="cases"]') && !q(element, '[data-block="cases"] .skeleton') && predicate(),
    what,
  );

async function sellerActs(refundId: string, body: object): Promise<void> {
  await actAs('seller', 'POST', `/v1/refunds/${refundId}/actions`, body);
}

/** The connection drops and comes back: the hub refetches what may have changed meanwhile. */
function reconnect(): void {
  window.dispatchEvent(new Event('offline'));
  window.dispatchEvent(new Event('online'));
}

async function tabTo(matches: (focused: Element) => boolean, what: string): Promise<void> {
  for (let presses = 0; presses < 60; presses++) {
    const focused = deepActiveElement();
    if (focused && matches(focused)) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab never reached ${what}`);
}

describe('tx-order-hub: the order’s cases', () => {
  afterEach(() => cleanupFixtures());

  it('shows the buyer’s dispute on a delivered order with its status, reason and deadline, and opens it by keyboard', async function () {
    this.timeout(60_000);
    const { order, sdk, mount } = await buyerWithDeliveredOrder();
    const dispute = await sdk.disputes.file(order.id, {
      reason: 'damaged',
      items: [{ line_item_id: order.line_items[0]!.id, quantity: 1 }],
      description: 'The serum bottle arrived cracked and leaking.',
      desired_outcome: 'full_refund',
    });
    equal(dispute.status, 'awaiting_seller', 'filed');

    const element = await mount();
    await casesShown(element, 'the dispute is listed', () => q(element, '[part="case"]'));
    const row = q(element, `[part="case"][data-case-id="${dispute.id}"]`)!;
    assert(row, 'the dispute’s row');
    equal(row.dataset.kind, 'dispute', 'its kind');
    const text = textOf(row);
    includes(text, 'Dispute', 'what it is');
    includes(text, 'Waiting for the seller', 'the status in words');
    includes(text, 'Reason: It arrived damaged', 'the reason');
    // The seller has 48 hours (the default policy): worded relative to now by Intl.RelativeTimeFormat.
    includes(text, 'The seller should answer in 2 days; after that you can ask us to step in.', 'the next deadline');
    notIncludes(text, 'Refunded so far', 'nothing refunded yet');
    notIncludes(breakdown(element), 'Refunded', 'no refund row in the price breakdown');
    await expectNoAxeViolations(element);

    // Keyboard only: Tab to View dispute, Enter → a cancelable `tx-case-select` with the ids.
    const events: TxCaseSelectEvent[] = [];
    element.addEventListener('tx-case-select', (event) => {
      events.push(event);
      event.preventDefault();
    });
    element.focus();
    await tabTo((focused) => focused.getAttribute('part') === 'case-button', 'View dispute');
    equal(textOf(deepActiveElement() as HTMLElement), 'View dispute', 'the button says what it opens');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => events.length === 1, 'tx-case-select is sent');
    const [event] = events;
    equal(event!.orderId, order.id, 'event.orderId');
    equal(event!.caseId, dispute.id, 'event.caseId');
    equal(event!.kind, 'dispute', 'event.kind');
    assert(event!.cancelable && event!.defaultPrevented, 'the page can cancel it');
    assert(event!.composed && event!.bubbles, 'it reaches the page from the shadow root');
  });

  it('shows a refund request from "Waiting for the seller" to "Refunded", and the refunded total in the price breakdown', async function () {
    this.timeout(60_000);
    const { order, sdk, mount } = await buyerWithDeliveredOrder();
    const element = await mount();
    await casesShown(element, 'the empty state', () => q(element, '[data-block="cases"] [part="empty"]'));
    includes(casesBlock(element), 'No refund requests or disputes for this order.', 'nothing to show yet');
    await expectNoAxeViolations(element);

    // The serum ($24.00) is above the demo seller's auto-approval limit ($5.00): the seller must answer.
    const request = await sdk.refunds.request(order.id, {
      type: 'refund',
      reason: 'damaged',
      items: [{ line_item_id: order.line_items[0]!.id, quantity: 1 }],
    });
    equal(request.status, 'requested', 'waiting for the seller');
    // Back online, the hub refetches what may have changed (here: the order's cases).
    reconnect();
    await casesShown(element, 'the request is listed', () => q(element, `[data-case-id="${request.id}"]`));
    let text = textOf(q(element, `[data-case-id="${request.id}"]`));
    includes(text, 'Refund request', 'what it is');
    includes(text, 'Waiting for the seller', 'its status');
    includes(text, 'If the seller doesn’t answer, it is approved automatically in 2 days.', 'its deadline');
    notIncludes(breakdown(element), 'Refunded', 'nothing refunded yet');

    // The seller approves: a refund is issued at once through the payment.
    await sellerActs(request.id, { action: 'approve' });
    reconnect();
    await casesShown(element, 'the request shows as refunded', () =>
      textOf(q(element, `[data-case-id="${request.id}"]`)).includes('Refunded so far'),
    );
    text = textOf(q(element, `[data-case-id="${request.id}"]`));
    includes(text, 'Refunded', 'status in words');
    includes(text, 'Refunded so far: $24.00', 'the amount paid back');
    includes(text, 'This request closes automatically in 3 days.', 'closes after 72 hours');
    const prices = breakdown(element);
    includes(prices, 'Total $53.99', 'the order total is unchanged');
    includes(prices, 'Refunded −$24.00', 'the refund row');
    assert(prices.indexOf('Refunded') > prices.indexOf('Total'), 'the refund comes after the total');
    equal(textOf(q(element, '[part="case-button"]')), 'View request', 'a refund request opens as a request');
    await expectNoAxeViolations(element);
  });

  it('never shows another buyer’s cases: their order is the same "can’t find" as a missing one', async function () {
    this.timeout(60_000);
    const first = await buyerWithDeliveredOrder();
    await first.sdk.disputes.file(first.order.id, {
      reason: 'wrong_item',
      items: [{ line_item_id: first.order.line_items[1]!.id, quantity: 1 }],
      description: 'I received a different shade than the one I ordered.',
      desired_outcome: 'replacement',
    });
    const other = await buyerWithDeliveredOrder();
    const element = await other.mount();
    element.setAttribute('order-id', first.order.id);
    await waitUntil(() => textOf(q(element, '#detail-error')).includes('Error code: not_found'), 'not found');
    equal(q(element, '[part="case"]'), null, 'no case of the other buyer');
    await expectNoAxeViolations(element);
  });
});

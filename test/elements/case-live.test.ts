/**
 * Case news live, end to end on the real reference server: `<tx-dispute-form>` and
 * `<tx-refund-request>` showing a case re-read and re-render it in place when the seller acts through
 * the API (a `dispute.updated` / `refund_request.updated` event on the buyer's stream), announce it
 * in their polite live region, and catch up after being offline — zero axe violations.
 */
import { createClient, type TxClient } from '@txassist/sdk';
import '../../packages/elements/src/index.js';
import type { TxDisputeForm } from '../../packages/elements/src/dispute-form/dispute-form.js';
import type { TxOrderHub } from '../../packages/elements/src/order-hub/order-hub.js';
import type { TxRefundRequest } from '../../packages/elements/src/refund-request/refund-request.js';
import { assert, deepEqual, equal, includes } from '../browser-support/assert.js';
import { expectNoAxeViolations } from '../browser-support/axe.js';
import { cleanupFixtures, fixture, shadowQuery, textOf, waitUntil } from '../browser-support/dom.js';
import { watchLitWarnings } from '../browser-support/lit-warnings.js';
import { actAs, apiConfig, deliveredOrder, freshBuyer } from '../browser-support/tx-api.js';

interface Buyer {
  token: string;
  orderId: string;
  sdk: TxClient;
}

/** A buyer created for this test, with one delivered order of the demo seller. */
async function buyerWithDeliveredOrder(): Promise<Buyer> {
  const config = await apiConfig();
  const { id: buyerId, token } = await freshBuyer('wtr-case-live');
  const order = await deliveredOrder(buyerId);
  const sdk = createClient({
    apiBase: config.apiBase,
    publishableKey: config.publishableKey,
    getSessionToken: () => token,
  });
  return { token, orderId: order.id, sdk };
}

/** The seller acts through the test back end (the secret key never reaches the page). */
async function sellerActs(path: string, body: object): Promise<void> {
  await actAs('seller', 'POST', `/v1/${path}`, body);
}

async function mount<T extends HTMLElement>(tag: string, buyer: Buyer, idAttribute: string, id: string): Promise<T> {
  const config = await apiConfig();
  const element = document.createElement(tag) as T & { locale: string };
  element.locale = 'en';
  element.setAttribute('order-id', buyer.orderId);
  element.setAttribute(idAttribute, id);
  element.setAttribute('api-base', config.apiBase);
  element.setAttribute('publishable-key', config.publishableKey);
  element.setAttribute('session-token', buyer.token);
  const mounted = await fixture<T>(element);
  await waitUntil(() => shadowQuery(mounted, '[part="status"]'), 'the case shows', 15_000);
  await waitUntil(() => shadowQuery(mounted, '[data-live="open"]'), 'the event stream is open', 15_000);
  return mounted;
}

const badge = (element: Element) => textOf(shadowQuery(element, '[part="status"]'));
const statusText = (element: Element) => textOf(shadowQuery(element, '[role="status"]'));

describe('case views update live', () => {
  let litWarnings: ReturnType<typeof watchLitWarnings>;
  before(() => {
    litWarnings = watchLitWarnings();
  });
  after(() => deepEqual(litWarnings.stop(), [], 'Lit dev-mode warnings'));
  afterEach(() => {
    cleanupFixtures();
    window.dispatchEvent(new Event('online'));
  });

  it('<tx-dispute-form>: the seller’s offer appears in place without a reload and is announced politely', async function () {
    this.timeout(60_000);
    const buyer = await buyerWithDeliveredOrder();
    const order = await buyer.sdk.orders.get(buyer.orderId);
    const dispute = await buyer.sdk.disputes.file(buyer.orderId, {
      reason: 'damaged',
      items: [{ line_item_id: order.line_items[0]!.id, quantity: 1 }],
      description: 'The handle snapped off on arrival.',
      desired_outcome: 'full_refund',
    });
    const element = await mount<TxDisputeForm>('tx-dispute-form', buyer, 'dispute-id', dispute.id);
    const live = shadowQuery(element, '[role="status"]');
    const heading = shadowQuery(element, '#case-heading');
    equal(badge(element), 'Waiting for the seller');
    equal(shadowQuery(element, '[part="offer"]'), null, 'no offer yet');

    await sellerActs(`disputes/${dispute.id}/actions`, {
      action: 'offer',
      outcome: 'partial_refund',
      amount: 1000,
      note: 'Half back?',
    });
    await waitUntil(() => badge(element) === 'The seller made an offer', 'the case changes without a reload', 15_000);
    assert(shadowQuery(element, '[part="offer"]'), 'the offer is shown');
    equal(statusText(element), 'This case was updated: The seller made an offer.', 'announced in the polite region');
    equal(shadowQuery(element, '[role="status"]'), live, 'the same live region node');
    equal(live?.getAttribute('aria-live'), 'polite');
    equal(shadowQuery(element, '#case-heading'), heading, 'rendered in place, not re-mounted');
    await expectNoAxeViolations(element);
  });

  it('<tx-refund-request>: catches up on what changed while offline, then stays live', async function () {
    this.timeout(60_000);
    const buyer = await buyerWithDeliveredOrder();
    const order = await buyer.sdk.orders.get(buyer.orderId);
    const request = await buyer.sdk.refunds.request(buyer.orderId, {
      type: 'return_and_refund',
      reason: 'damaged',
      items: [{ line_item_id: order.line_items[0]!.id, quantity: 1 }],
    });
    const element = await mount<TxRefundRequest>('tx-refund-request', buyer, 'refund-id', request.id);
    equal(badge(element), 'Waiting for the seller');

    window.dispatchEvent(new Event('offline'));
    await waitUntil(() => shadowQuery(element, '[data-live="idle"]'), 'the stream is closed while offline');
    await sellerActs(`refunds/${request.id}/actions`, { action: 'approve' });
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => badge(element) === 'Approved', 'the missed approval arrives after resuming', 15_000);
    equal(statusText(element), 'Your request was updated: Approved.');

    await sellerActs(`refunds/${request.id}/actions`, {
      action: 'issue_return_label',
      carrier: 'sim',
      tracking_number: `RET${Date.now()}`,
    });
    await waitUntil(() => badge(element) === 'Send the item back', 'the label arrives live', 15_000);
    equal(statusText(element), 'Your request was updated: Send the item back.');
    assert(shadowQuery(element, '[part="return-label"]'), 'the return label is shown');
    await expectNoAxeViolations(element);
  });

  it('<tx-order-hub>: the inbox words case news from its codes', async function () {
    this.timeout(60_000);
    const buyer = await buyerWithDeliveredOrder();
    const order = await buyer.sdk.orders.get(buyer.orderId);
    const dispute = await buyer.sdk.disputes.file(buyer.orderId, {
      reason: 'damaged',
      items: [{ line_item_id: order.line_items[0]!.id, quantity: 1 }],
      description: 'The glass is cracked.',
      desired_outcome: 'full_refund',
    });
    await sellerActs(`disputes/${dispute.id}/actions`, { action: 'reject', reason: 'It left us intact.' });
    for (let attempt = 0; !(await buyer.sdk.notifications.list()).data.some((n) => n.case); attempt++) {
      assert(attempt < 150, 'the case news was delivered to the inbox');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }

    const { apiBase, publishableKey } = await apiConfig();
    const hub = document.createElement('tx-order-hub');
    hub.locale = 'en';
    hub.tab = 'inbox';
    hub.setAttribute('api-base', apiBase);
    hub.setAttribute('publishable-key', publishableKey);
    hub.setAttribute('session-token', buyer.token);
    const element = await fixture<TxOrderHub>(hub);
    const first = await waitUntil(() => shadowQuery(element, '[part="message"]'), 'messages listed', 15_000);
    includes(textOf(first), `Order ${order.number}: Declined by the seller`, 'newest first, worded');
    includes(textOf(first), 'Refunds and disputes', 'the kind');
    await expectNoAxeViolations(element);
  });
});

/**
 * An order left unpaid by a declined card, on the real API, keyboard only: the hub's detail and the
 * tracker offer Pay now (the order's own checkout, handed to the page) and Cancel order; the privacy
 * centre names the orders that block erasure by number, links them and cancels the unpaid one there.
 */
import { sendKeys } from '@web/test-runner-commands';
import { createClient } from '@txassist/sdk';
import '../../packages/elements/src/index.js';
import type { TxPayOrderEvent } from '../../packages/elements/src/events/pay-order.js';
import { equal, includes, notIncludes } from '../browser-support/assert.js';
import { expectNoAxeViolations } from '../browser-support/axe.js';
import {
  cleanupFixtures,
  deepActiveElement,
  fixture,
  nextEvent,
  shadowQuery,
  textOf,
  waitUntil,
} from '../browser-support/dom.js';
import { actAs, apiConfig, createOrder, declinedOrder, freshBuyer, type TestBuyer } from '../browser-support/tx-api.js';

const q = <T extends Element = HTMLElement>(element: Element, selector: string) => shadowQuery<T>(element, selector);

/** Presses Tab until `selector` (in the element's shadow root) has focus. */
async function tabTo(element: Element, selector: string, limit = 60): Promise<HTMLElement> {
  for (let i = 0; i < limit; i++) {
    const target = q(element, selector);
    if (target && deepActiveElement() === target) return target;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab never reached ${selector} (focus is on ${deepActiveElement()?.outerHTML.slice(0, 80)})`);
}

/** After Cancel: the question has focus and names the order; Tab, Enter confirms it. */
async function confirmCancel(element: Element, orderId: string, number: string): Promise<void> {
  const question = await waitUntil(
    () => (deepActiveElement()?.id === `cancel-confirm-${orderId}` ? deepActiveElement() : null),
    'focus moves to the question',
  );
  equal(textOf(question), `Cancel order ${number}? This can’t be undone.`, 'the question names the order');
  equal(question!.getAttribute('role'), 'status', 'announced politely');
  await sendKeys({ press: 'Tab' });
  equal(deepActiveElement(), q(element, '[part="confirm-cancel-button"]'), 'Tab reaches "Cancel order"');
  await sendKeys({ press: 'Enter' });
}

async function standalone(tag: string, buyer: TestBuyer, attributes: Record<string, string>) {
  const config = await apiConfig();
  const element = document.createElement(tag) as HTMLElement & { locale: string };
  element.locale = 'en';
  element.setAttribute('api-base', config.apiBase);
  element.setAttribute('publishable-key', config.publishableKey);
  element.setAttribute('session-token', buyer.token);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return fixture(element);
}

async function orderOf(buyer: TestBuyer, id: string) {
  const config = await apiConfig();
  const sdk = createClient({
    apiBase: config.apiBase,
    publishableKey: config.publishableKey,
    getSessionToken: () => buyer.token,
  });
  return sdk.orders.get(id);
}

describe('unpaid orders: Pay now and Cancel', () => {
  afterEach(() => cleanupFixtures());

  it('the hub detail hands Pay now the order’s checkout and cancels by keyboard, with focus kept', async function () {
    this.timeout(90_000);
    const buyer = await freshBuyer('wtr-unpaid-hub');
    const { order_id: orderId, checkout_id: checkoutId } = await declinedOrder(buyer);
    const number = (await orderOf(buyer, orderId)).number;
    const hub = await standalone('tx-order-hub', buyer, { 'order-id': orderId });
    const pay = await waitUntil(() => q(hub, '[part="pay-button"]'), 'Pay now is offered');
    const block = q(hub, '[part="unpaid-actions"]')!;
    includes(textOf(block), 'Waiting for payment', 'the block says why');
    includes(textOf(block), 'Pay by', 'and until when');
    await expectNoAxeViolations(hub);

    await tabTo(hub, '[part="pay-button"]');
    const paying = nextEvent<TxPayOrderEvent>(hub, 'tx-pay-order');
    await sendKeys({ press: 'Enter' });
    const event = await paying;
    equal(event.checkoutId, checkoutId, 'the order’s own checkout');
    equal(event.orderNumber, number);
    equal(pay.isConnected, true);

    await tabTo(hub, '[part="cancel-order-button"]');
    await sendKeys({ press: 'Enter' });
    await confirmCancel(hub, orderId, number);
    await waitUntil(() => !q(hub, '[part="unpaid-actions"]'), 'the block goes once cancelled');
    includes(textOf(q(hub, '.status-line')), 'Cancelled', 'the order shows as cancelled');
    await waitUntil(() => deepActiveElement()?.id === 'detail-heading', 'focus on the order’s heading, not <body>');
    equal((await orderOf(buyer, orderId)).status, 'cancelled', 'cancelled on the server');
    await expectNoAxeViolations(hub);
  });

  it('a cancel the order has outgrown is refused with its code and a next step', async function () {
    this.timeout(90_000);
    const buyer = await freshBuyer('wtr-unpaid-late');
    const { order_id: orderId } = await declinedOrder(buyer);
    const number = (await orderOf(buyer, orderId)).number;
    const hub = await standalone('tx-order-hub', buyer, { 'order-id': orderId });
    await waitUntil(() => q(hub, '[part="cancel-order-button"]'), 'Cancel is offered');
    // Meanwhile the payment went through elsewhere and the parcel left.
    await actAs('seller', 'POST', `/v1/orders/${orderId}/status`, { status: 'awaiting_shipment' });
    await actAs('seller', 'POST', `/v1/orders/${orderId}/status`, { status: 'in_transit' });
    const cancel = await tabTo(hub, '[part="cancel-order-button"]');
    await sendKeys({ press: 'Enter' });
    await confirmCancel(hub, orderId, number);
    const alert = await waitUntil(
      () => (textOf(q(hub, `#cancel-error-${orderId}`)) ? q(hub, `#cancel-error-${orderId}`) : null),
      'the refusal is shown',
    );
    includes(textOf(alert), 'action_not_allowed', 'the code to quote');
    equal(alert.getAttribute('role'), 'alert');
    equal(deepActiveElement(), cancel, 'focus is back on Cancel');
    equal(q(hub, '[part="confirm-cancel-button"]'), null, 'the question is gone');
    equal((await orderOf(buyer, orderId)).status, 'in_transit', 'nothing changed');
    await expectNoAxeViolations(hub);
  });

  it('the tracker offers Pay now and Cancel; the cancelled order arrives live', async function () {
    this.timeout(90_000);
    const buyer = await freshBuyer('wtr-unpaid-tracker');
    const { order_id: orderId, checkout_id: checkoutId } = await declinedOrder(buyer);
    const number = (await orderOf(buyer, orderId)).number;
    const tracker = await standalone('tx-order-tracker', buyer, { 'order-id': orderId });
    await waitUntil(() => q(tracker, '[part="pay-button"]'), 'Pay now is offered');
    await expectNoAxeViolations(tracker);
    await tabTo(tracker, '[part="pay-button"]');
    const paying = nextEvent<TxPayOrderEvent>(tracker, 'tx-pay-order');
    await sendKeys({ press: ' ' });
    equal((await paying).checkoutId, checkoutId);

    await tabTo(tracker, '[part="cancel-order-button"]');
    await sendKeys({ press: 'Enter' });
    await confirmCancel(tracker, orderId, number);
    await waitUntil(
      () => q(tracker, '[part="status-badge"]')?.getAttribute('data-status') === 'cancelled',
      'the tracker shows the order cancelled',
    );
    equal(q(tracker, '[part="unpaid-actions"]'), null, 'no more Pay now or Cancel');
    // The live event may show the cancelled order before the answer to Cancel arrives; focus moves then.
    await waitUntil(() => deepActiveElement()?.id === 'order-heading', 'focus on the order’s heading');
    await expectNoAxeViolations(tracker);
  });

  it('"Keep order" keeps it: the question goes, focus returns to Cancel, nothing is cancelled', async function () {
    this.timeout(90_000);
    const buyer = await freshBuyer('wtr-unpaid-keep');
    const { order_id: orderId } = await declinedOrder(buyer);
    const number = (await orderOf(buyer, orderId)).number;
    const tracker = await standalone('tx-order-tracker', buyer, { 'order-id': orderId });
    await waitUntil(() => q(tracker, '[part="cancel-order-button"]'), 'Cancel is offered');
    const cancel = await tabTo(tracker, '[part="cancel-order-button"]');
    await sendKeys({ press: 'Enter' });
    const question = await waitUntil(
      () => (deepActiveElement()?.id === `cancel-confirm-${orderId}` ? deepActiveElement() : null),
      'focus moves to the question',
    );
    includes(textOf(question), number, 'the question names the order');
    await expectNoAxeViolations(tracker);

    const keep = await tabTo(tracker, '[part="keep-order-button"]', 3);
    equal(textOf(keep), 'Keep order');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !q(tracker, '[part="keep-order-button"]'), 'the question goes');
    await waitUntil(() => deepActiveElement() === cancel, 'focus returns to Cancel');
    equal(textOf(q(tracker, `#cancel-confirm-${orderId}`)), '', 'nothing left to announce');
    equal(textOf(q(tracker, `#cancel-error-${orderId}`)), '', 'no error');
    equal(q(tracker, '[part="status-badge"]')?.getAttribute('data-status'), 'unpaid', 'still unpaid here');
    equal((await orderOf(buyer, orderId)).status, 'unpaid', 'and on the server');
    await expectNoAxeViolations(tracker);
  });

  it('the privacy centre names blocking orders by number, links them, and cancels the unpaid one', async function () {
    this.timeout(90_000);
    const buyer = await freshBuyer('wtr-unpaid-privacy');
    const { order_id: unpaidId } = await declinedOrder(buyer);
    const shipped = await createOrder(buyer.id, { steps: ['awaiting_shipment', 'in_transit'] });
    const unpaidNumber = (await orderOf(buyer, unpaidId)).number;
    const privacy = await standalone('tx-privacy-center', buyer, {
      'order-url': '/orders/{order_number}?id={order_id}',
    });
    const blockers = await waitUntil(() => q(privacy, '.blocking-orders'), 'the blocking orders are listed');
    const text = textOf(q(privacy, '.blockers'));
    includes(text, unpaidNumber, 'the unpaid order by number');
    includes(text, shipped.number, 'the order on its way by number');
    notIncludes(text, unpaidId, 'no internal id');
    notIncludes(text, shipped.id, 'no internal id');
    const links = [...blockers.querySelectorAll('a')].map((link) => link.getAttribute('href'));
    includes(links.join(' '), `/orders/${shipped.number}?id=${shipped.id}`, 'each order links to its page');
    equal(
      blockers.querySelectorAll('[part="cancel-order-button"]').length,
      1,
      'only the unpaid order can be cancelled',
    );
    await expectNoAxeViolations(privacy);

    const button = await tabTo(privacy, '[part="cancel-order-button"]');
    includes(textOf(button), `Cancel order ${unpaidNumber}`, 'the button names its order');
    await sendKeys({ press: 'Enter' });
    await waitUntil(
      () => !textOf(q(privacy, '.blockers')).includes(unpaidNumber),
      'the cancelled order no longer blocks',
    );
    includes(textOf(q(privacy, '[role="status"]')), `Order ${unpaidNumber} is cancelled.`, 'announced');
    equal(deepActiveElement()?.id, 'blockers-heading', 'focus on what still blocks erasure');
    includes(textOf(q(privacy, '.blockers')), shipped.number, 'the order on its way still blocks');
    equal((await orderOf(buyer, unpaidId)).status, 'cancelled');
    await expectNoAxeViolations(privacy);
  });
});

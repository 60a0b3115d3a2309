/**
 * "Ask for a refund" in the order hub's detail, on the real API, keyboard only: the button sits by the
 * words saying until when a refund can be asked for, and hands the page the order (`tx-request-refund`)
 * so it opens the refund request; an order that allows no refund request has no button.
 */
import { sendKeys } from '@web/test-runner-commands';
import '../../packages/elements/src/index.js';
import type { TxRequestRefundEvent } from '../../packages/elements/src/events/request-refund.js';
import { equal, includes } from '../browser-support/assert.js';
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
import { apiConfig, createOrder, deliveredOrder, freshBuyer, type TestBuyer } from '../browser-support/tx-api.js';

const q = <T extends Element = HTMLElement>(element: Element, selector: string) => shadowQuery<T>(element, selector);

async function hubFor(buyer: TestBuyer, orderId: string) {
  const config = await apiConfig();
  const element = document.createElement('tx-order-hub');
  element.locale = 'en';
  element.setAttribute('api-base', config.apiBase);
  element.setAttribute('publishable-key', config.publishableKey);
  element.setAttribute('session-token', buyer.token);
  element.setAttribute('order-id', orderId);
  return fixture(element);
}

describe('<tx-order-hub> Ask for a refund', () => {
  afterEach(() => cleanupFixtures());

  it('the detail offers the button by its words and hands the order to the page, by keyboard', async function () {
    this.timeout(90_000);
    const buyer = await freshBuyer('wtr-hub-refund');
    const order = await deliveredOrder(buyer.id);
    const hub = await hubFor(buyer, order.id);
    const button = await waitUntil(() => q(hub, '[part="request-refund-button"]'), 'Ask for a refund is offered');
    equal(textOf(button), 'Ask for a refund');
    includes(textOf(button.closest('li')), 'You can ask for a refund until', 'right by the words');
    await expectNoAxeViolations(hub);

    for (let i = 0; i < 80 && deepActiveElement() !== button; i++) await sendKeys({ press: 'Tab' });
    equal(deepActiveElement(), button, 'Tab reaches the button');
    const asked = nextEvent<TxRequestRefundEvent>(hub, 'tx-request-refund');
    await sendKeys({ press: 'Enter' });
    const event = await asked;
    equal(event.orderId, order.id, 'the order to ask about');
    equal(event.composed && event.bubbles, true, 'reaches the page');
  });

  it('an order that allows no refund request has no button', async function () {
    this.timeout(90_000);
    const buyer = await freshBuyer('wtr-hub-no-refund');
    const order = await createOrder(buyer.id, { steps: ['awaiting_shipment'] });
    const hub = await hubFor(buyer, order.id);
    await waitUntil(() => q(hub, '[data-block="requests"] p, [data-block="requests"] li'), 'the requests are shown');
    equal(q(hub, '[part="request-refund-button"]'), null, 'no Ask for a refund');
  });
});

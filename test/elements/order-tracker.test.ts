import { formatMoney, type Order } from '@txassist/contract';
import { sendKeys } from '@web/test-runner-commands';
import '../../packages/elements/src/index.js';
import type { TxOrderLoadEvent } from '../../packages/elements/src/events/order-load.js';
import type { OrderReader } from '../../packages/elements/src/internal/client.js';
import type { TxOrderTracker } from '../../packages/elements/src/order-tracker/order-tracker.js';
import type { TxProvider } from '../../packages/elements/src/provider/provider.js';
import { assert, equal, includes } from '../browser-support/assert.js';
import { expectNoAxeViolations } from '../browser-support/axe.js';
import {
  collapseWhitespace,
  deepActiveElement,
  fixture,
  nextEvent,
  shadowQuery,
  textOf,
  waitUntil,
} from '../browser-support/dom.js';
import { apiConfig, flakyApi } from '../browser-support/tx-api.js';

import {
  owned,
  inTransit,
  delivered,
  tracker,
  standaloneTracker,
  fetchOrder,
  heading,
  statusRegion,
  alertRegion,
  retryButton,
  busyRegion,
  waitForOrder,
  waitForError,
  deferred,
  useTrackerSuite,
} from './order-tracker-support.js';

describe('tx-order-tracker', () => {
  useTrackerSuite('wtr-order-tracker');

  describe('loading', () => {
    it('has its polite live region and aria-busy from the first render, before data arrives', async () => {
      const order = await fetchOrder(inTransit().id);
      const response = deferred<Order>();
      const element = await fixture<TxOrderTracker>(
        tracker({ orderId: inTransit().id, client: { orders: { get: () => response.promise } } }),
      );

      const status = statusRegion(element);
      assert(status, 'the status live region exists on first render');
      equal(status.getAttribute('aria-live'), 'polite', 'status region politeness');
      equal(textOf(status), '', 'nothing is announced on first render');
      equal(textOf(shadowQuery(element, '[part="loading-message"]')), 'Loading your order…', 'loading is shown');
      assert(alertRegion(element), 'the alert region exists on first render');
      equal(textOf(alertRegion(element)), '', 'alert region is empty while loading');
      equal(busyRegion(element)?.getAttribute('aria-busy'), 'true', 'content is aria-busy while loading');
      equal(heading(element), null, 'no order is shown yet');
      await expectNoAxeViolations(element);

      response.resolve(order);
      await waitForOrder(element);
      equal(statusRegion(element), status, 'the same live region node is kept; only its text changes');
      equal(textOf(status), '', 'nothing is announced on load: the order is read from the page');
      equal(shadowQuery(element, '[part="loading-message"]'), null, 'the loading message is gone');
      equal(busyRegion(element)?.getAttribute('aria-busy'), 'false', 'not busy once loaded');
    });

    it('loads a real order through the SDK and shows its number, status, items and total', async () => {
      const expected = await fetchOrder(inTransit().id);
      const element = await fixture<TxOrderTracker>(await standaloneTracker(inTransit().id));
      const loaded = nextEvent<TxOrderLoadEvent>(document, 'tx-order-load');

      equal(textOf(await waitForOrder(element)), `Order ${expected.number}`, 'heading');
      equal(expected.number, inTransit().number, 'the in-transit order’s number');
      equal(textOf(shadowQuery(element, '[part="status-badge"]')), 'On its way', 'status label');
      includes(textOf(shadowQuery(element, '[part="status"]')), 'The carrier has your package', 'status explanation');
      includes(textOf(shadowQuery(element, '[part="header"]')), `Sold by ${expected.seller.name}`, 'seller');

      const items = element.shadowRoot!.querySelectorAll('[part="item"]');
      assert(expected.line_items.length > 0, 'the order has items');
      equal(items.length, expected.line_items.length, 'one row per line item');
      expected.line_items.forEach((item, index) => {
        const row = textOf(items[index]);
        includes(row, item.title, `item ${index} title`);
        includes(row, `Quantity: ${item.quantity}`, `item ${index} quantity`);
        includes(row, collapseWhitespace(`${formatMoney(item.unit_price, 'en')} each`), `item ${index} unit price`);
        includes(row, collapseWhitespace(formatMoney(item.total, 'en')), `item ${index} line total`);
      });
      equal(textOf(shadowQuery(element, '.grand-total dt')), 'Total', 'total label');
      equal(
        textOf(shadowQuery(element, '.grand-total dd')),
        collapseWhitespace(formatMoney(expected.amounts.total, 'en')),
        'order total',
      );

      const event = await loaded;
      equal(event.order.id, inTransit().id, 'tx-order-load carries the order');
      assert(event.bubbles && event.composed, 'tx-order-load bubbles out of shadow roots');
    });

    it('loads again when order-id changes', async () => {
      const element = await fixture<TxOrderTracker>(await standaloneTracker(inTransit().id));
      equal(textOf(await waitForOrder(element)), `Order ${inTransit().number}`, 'first order');
      element.orderId = delivered().id;
      await waitUntil(
        () => textOf(heading(element)) === `Order ${delivered().number}`,
        'the delivered order replaces it',
      );
      equal(textOf(shadowQuery(element, '[part="status-badge"]')), 'Delivered', 'status of the new order');
    });

    it('renders an order given as a property without fetching', async () => {
      const order = await fetchOrder(owned.orders.completed.id);
      let calls = 0;
      const client: OrderReader = {
        orders: {
          get: () => {
            calls += 1;
            return Promise.reject(new Error('must not be called'));
          },
        },
      };
      const element = await fixture<TxOrderTracker>(tracker({ orderId: owned.orders.completed.id, client, order }));
      equal(textOf(heading(element)), `Order ${order.number}`, 'heading from the property');
      equal(textOf(shadowQuery(element, '[part="status-badge"]')), 'Completed', 'status from the property');
      equal(calls, 0, 'the client was not called');
    });

    it('speaks Spanish when locale="es", with Spanish money formatting', async () => {
      const expected = await fetchOrder(inTransit().id);
      const element = await fixture<TxOrderTracker>(await standaloneTracker(inTransit().id, { locale: 'es' }));
      await waitUntil(() => textOf(heading(element)) === `Pedido ${expected.number}`, 'the Spanish catalog loads');
      equal(textOf(shadowQuery(element, '[part="status-badge"]')), 'En camino', 'Spanish status');
      equal(
        textOf(shadowQuery(element, '.grand-total dd')),
        collapseWhitespace(formatMoney(expected.amounts.total, 'es')),
        'Spanish money',
      );
      equal(shadowQuery(element, '[part="base"]')?.getAttribute('lang'), 'es', 'content is marked as Spanish');
      await expectNoAxeViolations(element);
    });
  });

  describe('keyboard', () => {
    it('reaches Retry with Tab and activates it with Enter', async () => {
      const network = flakyApi();
      await network.setDown(true);
      const element = await standaloneTracker(inTransit().id, { apiBase: network.apiBase });
      const container = document.createElement('div');
      const before = document.createElement('button');
      before.textContent = 'Before';
      container.append(before, element);
      await fixture(container);
      await waitForError(element);

      before.focus();
      await sendKeys({ press: 'Tab' });
      equal(deepActiveElement(), retryButton(element), 'Tab moves from the previous control to Retry');

      await network.setDown(false);
      await sendKeys({ press: 'Enter' });
      equal(textOf(await waitForOrder(element)), `Order ${inTransit().number}`, 'Enter on Retry loads the order');
    });

    it('focuses its first control when the host is focused (delegatesFocus)', async () => {
      const { unreachableApiBase } = await apiConfig();
      const element = await fixture<TxOrderTracker>(
        await standaloneTracker(inTransit().id, { apiBase: unreachableApiBase }),
      );
      await waitUntil(() => retryButton(element), 'Retry appears');
      element.focus();
      equal(deepActiveElement(), retryButton(element), 'host.focus() lands on Retry');
    });
  });

  describe('tx-provider', () => {
    it('shares one client and its locale with every tracker inside', async () => {
      const { apiBase, publishableKey } = await apiConfig();
      let tokenRequests = 0;
      const provider = document.createElement('tx-provider') as TxProvider;
      provider.apiBase = apiBase;
      provider.publishableKey = publishableKey;
      provider.locale = 'en';
      provider.getSessionToken = () => {
        tokenRequests += 1;
        return Promise.resolve(owned.buyer.token);
      };
      const first = document.createElement('tx-order-tracker');
      first.orderId = inTransit().id;
      const second = document.createElement('tx-order-tracker');
      second.orderId = delivered().id;
      provider.append(first, second);
      await fixture(provider);

      equal(textOf(await waitForOrder(first)), `Order ${inTransit().number}`, 'first tracker');
      equal(textOf(await waitForOrder(second)), `Order ${delivered().number}`, 'second tracker');
      equal(tokenRequests, 1, 'one shared client asked for the session token once');

      provider.locale = 'es';
      await waitUntil(
        () =>
          textOf(heading(first)) === `Pedido ${inTransit().number}` &&
          textOf(heading(second)) === `Pedido ${delivered().number}`,
        'both switch to Spanish',
      );
      equal(tokenRequests, 1, 'a locale change does not reload the token');
    });
  });
});

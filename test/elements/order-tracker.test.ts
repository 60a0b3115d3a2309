import { formatMoney, type Order } from '@txassist/contract';
import { createClient } from '@txassist/sdk';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../packages/elements/src/index.js';
import type { TxOrderErrorEvent } from '../../packages/elements/src/events/order-error.js';
import type { TxOrderLoadEvent } from '../../packages/elements/src/events/order-load.js';
import type { OrderReader } from '../../packages/elements/src/internal/client.js';
import type { TxOrderTracker } from '../../packages/elements/src/order-tracker/order-tracker.js';
import type { TxProvider } from '../../packages/elements/src/provider/provider.js';
import { assert, deepEqual, equal, includes } from '../browser-support/assert.js';
import { expectNoAxeViolations } from '../browser-support/axe.js';
import {
  cleanupFixtures,
  collapseWhitespace,
  deepActiveElement,
  fixture,
  nextEvent,
  shadowQuery,
  textOf,
  waitUntil,
} from '../browser-support/dom.js';
import { watchLitWarnings } from '../browser-support/lit-warnings.js';
import {
  apiConfig,
  buyerWithOrderPerStatus,
  createOrder,
  flakyApi,
  freshBuyer,
  type BuyerWithHistory,
  type TestOrder,
} from '../browser-support/tx-api.js';

/** This file's buyer (one order per status) and another buyer's order, made in `before`; nobody else reads or changes them. */
let owned: BuyerWithHistory;
let otherBuyersOrder: TestOrder;
const inTransit = () => owned.orders.in_transit;
const delivered = () => owned.orders.delivered;

interface TrackerSettings {
  orderId?: string;
  apiBase?: string;
  publishableKey?: string;
  sessionToken?: string;
  client?: OrderReader;
  order?: Order;
  locale?: string;
}

function tracker(settings: TrackerSettings): TxOrderTracker {
  const element = document.createElement('tx-order-tracker');
  element.locale = settings.locale ?? 'en';
  if (settings.orderId) element.setAttribute('order-id', settings.orderId);
  if (settings.apiBase) element.setAttribute('api-base', settings.apiBase);
  if (settings.publishableKey) element.setAttribute('publishable-key', settings.publishableKey);
  if (settings.sessionToken) element.setAttribute('session-token', settings.sessionToken);
  if (settings.client) element.client = settings.client;
  if (settings.order) element.order = settings.order;
  return element;
}

/** A standalone tracker for this file's buyer, configured from attributes like a creator embed. */
async function standaloneTracker(orderId: string, overrides: TrackerSettings = {}): Promise<TxOrderTracker> {
  const { apiBase, publishableKey } = await apiConfig();
  return tracker({ orderId, apiBase, publishableKey, sessionToken: owned.buyer.token, ...overrides });
}

/** The order as the API returns it, read with the SDK outside the element, to compare against. */
async function fetchOrder(orderId: string): Promise<Order> {
  const { apiBase, publishableKey } = await apiConfig();
  const { token } = owned.buyer;
  return createClient({ apiBase, publishableKey, getSessionToken: () => token }).orders.get(orderId);
}

const heading = (element: Element) => shadowQuery(element, '[part="heading"]');
const statusRegion = (element: Element) => shadowQuery(element, '[role="status"]');
const alertRegion = (element: Element) => shadowQuery(element, '[role="alert"]');
const retryButton = (element: Element) => shadowQuery<HTMLButtonElement>(element, '[part="retry-button"]');
const busyRegion = (element: Element) => shadowQuery(element, '[aria-busy]');

function waitForOrder(element: TxOrderTracker): Promise<HTMLElement> {
  return waitUntil(() => heading(element), `${element.orderId} shows its order`);
}

function waitForError(element: TxOrderTracker): Promise<string> {
  return waitUntil(() => textOf(alertRegion(element)), `${element.orderId || 'the tracker'} shows an error`);
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('tx-order-tracker', () => {
  let litWarnings: ReturnType<typeof watchLitWarnings>;
  before(async function () {
    this.timeout(90_000);
    litWarnings = watchLitWarnings();
    owned = await buyerWithOrderPerStatus('wtr-order-tracker');
    otherBuyersOrder = await createOrder((await freshBuyer('wtr-order-tracker-other')).id, {
      steps: ['awaiting_shipment'],
    });
  });
  after(() => {
    deepEqual(litWarnings.stop(), [], 'Lit dev-mode warnings');
  });

  afterEach(async () => {
    cleanupFixtures();
    await emulateMedia({ colorScheme: 'light', forcedColors: 'none' });
  });

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
      equal(textOf(status), 'Loading your order…', 'loading message');
      assert(alertRegion(element), 'the alert region exists on first render');
      equal(textOf(alertRegion(element)), '', 'alert region is empty while loading');
      equal(busyRegion(element)?.getAttribute('aria-busy'), 'true', 'content is aria-busy while loading');
      equal(heading(element), null, 'no order is shown yet');
      await expectNoAxeViolations(element);

      response.resolve(order);
      await waitForOrder(element);
      equal(statusRegion(element), status, 'the same live region node is kept; only its text changes');
      equal(textOf(status), `Order ${inTransit().number} loaded. Status: On its way.`, 'announcement after loading');
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

  describe('errors', () => {
    it('shows "not found" with a next step for an order of another buyer', async () => {
      const failed = nextEvent<TxOrderErrorEvent>(document, 'tx-order-error');
      const element = await fixture<TxOrderTracker>(await standaloneTracker(otherBuyersOrder.id));
      const message = await waitForError(element);
      includes(message, 'We can’t find this order', 'title');
      includes(message, 'Check the order number in your confirmation email', 'next step');
      includes(message, 'Error code: not_found', 'stable code');
      equal(retryButton(element), null, 'no Retry: asking again cannot help');
      equal(heading(element), null, 'no order content');
      const event = await failed;
      equal(event.code, 'not_found', 'tx-order-error code');
      equal(event.retryable, false, 'not retryable');
      await expectNoAxeViolations(element);
    });

    it('treats a malformed order id as not found without calling the API', async () => {
      let calls = 0;
      const client: OrderReader = {
        orders: {
          get: () => {
            calls += 1;
            return new Promise<Order>(() => {});
          },
        },
      };
      const element = await fixture<TxOrderTracker>(tracker({ orderId: 'TX-1006', client }));
      includes(await waitForError(element), 'We can’t find this order', 'title');
      equal(calls, 0, 'no request for an id that cannot exist');
    });

    it('says the page is not set up when it has no api-base and no provider', async () => {
      const element = await fixture<TxOrderTracker>(tracker({ orderId: inTransit().id }));
      const message = await waitForError(element);
      includes(message, 'Order tracking is not set up on this page', 'title');
      includes(message, 'Error code: not_configured', 'code');
      equal(retryButton(element), null, 'no Retry for a configuration problem');
    });

    it('shows a network error with a Retry button when the API is unreachable', async () => {
      const { unreachableApiBase } = await apiConfig();
      const failed = nextEvent<TxOrderErrorEvent>(document, 'tx-order-error');
      const element = await fixture<TxOrderTracker>(
        await standaloneTracker(inTransit().id, { apiBase: unreachableApiBase }),
      );
      const message = await waitForError(element);
      includes(message, 'We can’t connect right now', 'title');
      includes(message, 'Check your internet connection, then try again.', 'next step');
      includes(message, 'Error code: network_error', 'code');
      const button = retryButton(element);
      assert(button, 'Retry button is shown');
      equal(textOf(button), 'Try again', 'Retry label');
      const event = await failed;
      equal(event.code, 'network_error', 'tx-order-error code');
      equal(event.retryable, true, 'retryable');
      assert(event.bubbles && event.composed, 'tx-order-error bubbles out of shadow roots');
      await expectNoAxeViolations(element);
    });

    it('loads the order when Retry is pressed after the network comes back', async () => {
      const network = flakyApi();
      await network.setDown(true);
      const element = await fixture<TxOrderTracker>(
        await standaloneTracker(inTransit().id, { apiBase: network.apiBase }),
      );
      await waitForError(element);
      equal(heading(element), null, 'nothing loaded while the network is down');

      await network.setDown(false);
      const button = retryButton(element)!;
      button.focus();
      const loaded = nextEvent<TxOrderLoadEvent>(element, 'tx-order-load');
      button.click();
      equal((await loaded).order.id, inTransit().id, 'retry loaded the order');
      equal(textOf(await waitForOrder(element)), `Order ${inTransit().number}`, 'order shown after retry');
      equal(textOf(alertRegion(element)), '', 'the error is gone');
      equal(retryButton(element), null, 'Retry is gone');
      await waitUntil(
        () => deepActiveElement() === heading(element),
        'focus moves from the removed Retry button to the order heading',
      );
    });

    it('keeps showing the error and Retry when a retry fails again', async () => {
      const network = flakyApi();
      await network.setDown(true);
      const element = await fixture<TxOrderTracker>(
        await standaloneTracker(inTransit().id, { apiBase: network.apiBase }),
      );
      await waitForError(element);
      const failedAgain = nextEvent<TxOrderErrorEvent>(element, 'tx-order-error');
      retryButton(element)!.click();
      await element.updateComplete;
      equal(
        retryButton(element)?.getAttribute('aria-disabled'),
        'true',
        'Retry is aria-disabled (not removed) while retrying',
      );
      equal(textOf(statusRegion(element)), 'Trying again…', 'retry is announced');
      equal((await failedAgain).code, 'network_error', 'second failure reported');
      await waitForError(element);
      equal(retryButton(element)?.getAttribute('aria-disabled'), 'false', 'Retry usable again');
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

  describe('accessibility', () => {
    it('has no axe violations for an order in each status', async () => {
      const orders = await Promise.all(Object.values(owned.orders).map(({ id }) => fetchOrder(id)));
      equal(orders.length, 9, 'one order per status');
      for (const order of orders) {
        const element = await fixture<TxOrderTracker>(tracker({ order }));
        assert(heading(element), `${order.status} renders`);
        await expectNoAxeViolations(element);
        cleanupFixtures();
      }
    });

    for (const media of [{ colorScheme: 'dark' }, { forcedColors: 'active' }] as const) {
      it(`has no axe violations when loaded and in error with ${JSON.stringify(media)}`, async () => {
        await emulateMedia(media);
        const order = await fetchOrder(owned.orders.unpaid.id);
        const loaded = await fixture<TxOrderTracker>(tracker({ order }));
        await expectNoAxeViolations(loaded);
        const failing = await fixture<TxOrderTracker>(
          tracker({
            orderId: inTransit().id,
            client: {
              orders: { get: () => Promise.reject(Object.assign(new Error('down'), { name: 'NetworkError' })) },
            },
          }),
        );
        await waitForError(failing);
        await expectNoAxeViolations(failing);
      });
    }

    it('keeps the Retry button at least 24 × 24 CSS pixels', async () => {
      const { unreachableApiBase } = await apiConfig();
      const element = await fixture<TxOrderTracker>(
        await standaloneTracker(inTransit().id, { apiBase: unreachableApiBase }),
      );
      const button = await waitUntil(() => retryButton(element), 'Retry appears');
      const { width, height } = button.getBoundingClientRect();
      assert(width >= 24 && height >= 24, `Retry is ${width} × ${height}`);
    });
  });
});

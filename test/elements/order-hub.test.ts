/**
 * `<tx-order-hub>` against the real reference API, for a buyer this file creates with one order per
 * status (nobody else adds to its history): history, search and status filter, pages, order detail,
 * a foreign or missing order, a dead network, the tabs by keyboard, and every story with axe.
 */
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../packages/elements/src/index.js';
import type { TxOrderSelectEvent } from '../../packages/elements/src/events/order-select.js';
import type { TxOrderHub } from '../../packages/elements/src/order-hub/order-hub.js';
import { assert, deepEqual, equal, includes, notIncludes } from '../browser-support/assert.js';
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
import { watchLitWarnings } from '../browser-support/lit-warnings.js';
import { renderStory, settleStory, storiesOf } from '../browser-support/stories.js';
import {
  apiConfig,
  buyerWithOrderPerStatus,
  createOrder,
  flakyApi,
  freshBuyer,
  type BuyerWithHistory,
  type TestOrder,
} from '../browser-support/tx-api.js';

const q = <T extends Element = HTMLElement>(element: Element, selector: string) => shadowQuery<T>(element, selector);
const all = (element: Element, selector: string) => [
  ...(element.shadowRoot?.querySelectorAll<HTMLElement>(selector) ?? []),
];
const rows = (element: Element) => all(element, '[part="order"]');
const statusText = (element: Element) => textOf(q(element, '[role="status"]'));

/** This file's buyer (one order per status) and another buyer's order, made in `before`. */
let history: BuyerWithHistory;
let otherBuyersOrder: TestOrder;
const number = (status: keyof BuyerWithHistory['orders']) => history.orders[status].number;
/** Part of an order number, as a buyer would type it. */
const digits = (orderNumber: string) => orderNumber.replace(/^TX-/, '');

/** A hub for this file's buyer, configured from attributes alone like a creator embed. */
async function standaloneHub(options: { apiBase?: string; pageSize?: number; orderId?: string } = {}) {
  const config = await apiConfig();
  const element = document.createElement('tx-order-hub');
  element.locale = 'en';
  element.setAttribute('api-base', options.apiBase ?? config.apiBase);
  element.setAttribute('publishable-key', config.publishableKey);
  element.setAttribute('session-token', history.buyer.token);
  element.setAttribute('page-size', String(options.pageSize ?? 5));
  if (options.orderId) element.setAttribute('order-id', options.orderId);
  return fixture<TxOrderHub>(element);
}

const historyLoaded = (element: TxOrderHub, count: number) =>
  waitUntil(() => rows(element).length === count && !q(element, '[aria-busy="true"]'), `${count} orders are listed`);

async function search(element: TxOrderHub, number: string): Promise<void> {
  const input = q<HTMLInputElement>(element, '#order-number')!;
  input.focus();
  input.value = number;
  await sendKeys({ press: 'Enter' });
}

describe('tx-order-hub', () => {
  let litWarnings: ReturnType<typeof watchLitWarnings>;
  before(async function () {
    this.timeout(90_000);
    litWarnings = watchLitWarnings();
    history = await buyerWithOrderPerStatus('wtr-order-hub');
    otherBuyersOrder = await createOrder((await freshBuyer('wtr-order-hub-other')).id, {
      steps: ['awaiting_shipment'],
    });
  });
  after(() => {
    deepEqual(litWarnings.stop(), [], 'Lit dev-mode warnings');
  });
  afterEach(() => cleanupFixtures());

  describe('order history', () => {
    it('lists the buyer’s orders newest first with the status in words, and pages with Show more', async () => {
      const element = await standaloneHub();
      await historyLoaded(element, 5);
      includes(textOf(rows(element)[0]), `Order ${number('unpaid')}`, 'newest first');
      includes(textOf(rows(element)[0]), 'Waiting for payment', 'status in words');
      equal(statusText(element), '', 'nothing is announced on load (the list is on the page)');
      await expectNoAxeViolations(element);

      q<HTMLButtonElement>(element, '#panel-orders [part="more-button"]')!.click();
      await historyLoaded(element, 9);
      equal(q(element, '#panel-orders [part="more-button"]'), null, 'no further page');
      includes(textOf(rows(element)[8]), number('cancelled'), 'last order');
      includes(textOf(rows(element)[8]), 'Cancelled', 'its status');
      notIncludes(
        textOf(q(element, '[part="order-list"]')),
        otherBuyersOrder.number,
        'another buyer’s order is never listed',
      );
      await waitUntil(() => deepActiveElement() === rows(element)[5], 'focus moves to the first new order');
    });

    it('finds an order by part of its number, says how many, and clears the search', async () => {
      const element = await standaloneHub();
      await historyLoaded(element, 5);
      await search(element, digits(number('partially_shipped')));
      await historyLoaded(element, 1);
      includes(textOf(rows(element)[0]), number('partially_shipped'), 'found');
      await waitUntil(() => statusText(element).includes('1 order shown.'), 'result count announced');

      await search(element, otherBuyersOrder.number);
      await waitUntil(() => q(element, '#panel-orders [part="empty"]'), 'nothing found');
      includes(textOf(q(element, '#panel-orders [part="empty"]')), 'No orders match your search.', 'says so');
      await expectNoAxeViolations(element);
      const clear = all(element, 'button').find((button) => textOf(button) === 'Clear search')!;
      clear.click();
      await historyLoaded(element, 5);
      await waitUntil(() => deepActiveElement() === q(element, '#order-number'), 'focus back in the search field');
      equal(q<HTMLInputElement>(element, '#order-number')!.value, '', 'field emptied');
    });

    it('filters by status with the select', async () => {
      const element = await standaloneHub();
      await historyLoaded(element, 5);
      const select = q<HTMLSelectElement>(element, '#order-status')!;
      select.value = 'delivered';
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await historyLoaded(element, 1);
      includes(textOf(rows(element)[0]), 'Delivered', 'only delivered orders');
      includes(textOf(rows(element)[0]), number('delivered'), 'the buyer’s delivered order');
    });
  });

  describe('order detail', () => {
    it('opens an order from the list with items, price, payment, masked address and shipments; Back returns', async () => {
      const element = await standaloneHub();
      await historyLoaded(element, 5);
      const row = rows(element).find((candidate) => textOf(candidate).includes(number('on_hold')))!;
      const selected = nextEvent<TxOrderSelectEvent>(element, 'tx-order-select');
      row.focus();
      await sendKeys({ press: 'Enter' });
      equal((await selected).orderNumber, number('on_hold'), 'tx-order-select');
      const heading = await waitUntil(() => q(element, '#detail-heading'), 'the detail shows');
      await waitUntil(() => deepActiveElement() === heading, 'focus on the order heading');
      includes(textOf(heading), `Order ${number('on_hold')}`, 'heading');
      // The heading and Back are in the first chunk; what is under them comes with the detail's chunk.
      await waitUntil(() => q(element, '[data-block="payment"]'), 'the detail’s view arrives');
      equal(deepActiveElement(), heading, 'focus stayed on the heading');
      includes(textOf(q(element, '[data-block="payment"]')), 'Payment received', 'payment confirmation');
      includes(textOf(q(element, '[part="price-breakdown"]')), 'Discount', 'the order’s discount');
      const address = textOf(q(element, '[part="address"]'));
      includes(address, '•••', 'address masked');
      await waitUntil(() => !q(element, '[data-block="shipments"] .skeleton'), 'shipments loaded');
      includes(textOf(q(element, '[data-block="shipments"]')), 'Nothing has shipped yet.', 'not shipped');
      await expectNoAxeViolations(element);

      q<HTMLButtonElement>(element, '[part="back-button"]')!.click();
      await waitUntil(() => deepActiveElement() === rows(element)[1], 'focus back on the order it came from');
    });

    it('shows a shipped order’s tracking number from the API', async () => {
      const inTransit = history.orders.in_transit;
      const element = await standaloneHub({ orderId: inTransit.id });
      await waitUntil(() => q(element, '[part="shipment"]'), 'shipment listed');
      includes(textOf(q(element, '[part="shipment"]')), inTransit.trackingNumber!, 'tracking number');
      includes(textOf(q(element, '#detail-heading')), `Order ${inTransit.number}`, 'fetched by id');
      await expectNoAxeViolations(element);
    });

    it('says it cannot find another buyer’s order, exactly as for a missing one (404)', async () => {
      for (const orderId of [otherBuyersOrder.id, 'ord_doesnotexist01']) {
        const element = await standaloneHub({ orderId });
        const alert = await waitUntil(() => q(element, '#detail-error:not(.empty)'), `${orderId} fails`);
        includes(textOf(q(element, '#detail-heading')), 'We can’t find what you’re looking for', 'title');
        includes(textOf(alert), 'Error code: not_found', 'code');
        notIncludes(
          textOf(element.shadowRoot!.querySelector('[part="detail"]')),
          otherBuyersOrder.number,
          'nothing leaks',
        );
        await expectNoAxeViolations(element);
        cleanupFixtures();
      }
    });
  });

  describe('failures', () => {
    it('says the network is down with a code and Try again, then loads once it is back', async () => {
      const network = flakyApi();
      await network.setDown(true);
      const element = await standaloneHub({ apiBase: network.apiBase });
      const alert = await waitUntil(() => q(element, '#history-error:not(.empty)'), 'history fails');
      includes(textOf(alert), 'We can’t connect right now', 'title');
      includes(textOf(alert), 'Error code: network_error', 'code');
      await expectNoAxeViolations(element);
      await network.setDown(false);
      q<HTMLButtonElement>(element, '[part="panel"]:not([hidden]) [part="retry-button"]')!.click();
      await historyLoaded(element, 5);
    });

    it('goes offline and refreshes what failed when the browser is back online', async () => {
      const network = flakyApi();
      const element = await standaloneHub({ apiBase: network.apiBase });
      await historyLoaded(element, 5);
      await network.setDown(true);
      window.dispatchEvent(new Event('offline'));
      await waitUntil(() => q(element, '[part="offline-notice"]'), 'offline notice');
      includes(statusText(element), 'You’re offline.', 'announced');
      await search(element, digits(number('awaiting_shipment')));
      await waitUntil(() => q(element, '#history-error:not(.empty)'), 'the search fails offline');
      await expectNoAxeViolations(element);

      await network.setDown(false);
      window.dispatchEvent(new Event('online'));
      await waitUntil(() => !q(element, '[part="offline-notice"]'), 'notice gone');
      includes(statusText(element), 'You’re back online.', 'announced');
      await historyLoaded(element, 1);
      includes(textOf(rows(element)[0]), number('awaiting_shipment'), 'the search ran again');
    });

    it('says the page is not set up when it has no API base', async () => {
      const element = await fixture<TxOrderHub>('<tx-order-hub locale="en"></tx-order-hub>');
      const alert = await waitUntil(() => q(element, '#history-error:not(.empty)'), 'not configured');
      includes(textOf(alert), 'Error code: not_configured', 'code');
      await expectNoAxeViolations(element);
    });
  });

  describe('in a page', () => {
    it('uses the client and locale of the tx-provider around it', async () => {
      const { apiBase, publishableKey } = await apiConfig();
      const { token } = history.buyer;
      const provider = document.createElement('tx-provider');
      provider.apiBase = apiBase;
      provider.publishableKey = publishableKey;
      provider.locale = 'es';
      provider.getSessionToken = () => token;
      const element = document.createElement('tx-order-hub');
      element.setAttribute('page-size', '5');
      provider.append(element);
      await fixture(provider);
      await historyLoaded(element, 5);
      await waitUntil(() => textOf(q(element, '[part="heading"]')) === 'Tus pedidos', 'the Spanish catalog loads');
      includes(textOf(rows(element)[0]), `Pedido ${number('unpaid')}`, 'orders worded in Spanish');
      includes(textOf(q(element, '#tab-preferences')), 'Notificaciones', 'tabs in Spanish');
    });

    for (const media of [{ colorScheme: 'dark' }, { forcedColors: 'active' }] as const) {
      it(`has no axe violations with ${JSON.stringify(media)}`, async () => {
        await emulateMedia(media);
        try {
          const element = await standaloneHub();
          await historyLoaded(element, 5);
          await expectNoAxeViolations(element);
          rows(element)[0]!.click();
          await waitUntil(
            () => q(element, '[data-block="shipments"]') && !q(element, '[data-block="shipments"] .skeleton'),
            'detail loaded',
          );
          await expectNoAxeViolations(element);
        } finally {
          await emulateMedia({ colorScheme: 'light', forcedColors: 'none' });
        }
      });
    }
  });

  describe('keyboard', () => {
    it('moves between tabs with the arrow keys, Home and End, and Tab reaches only the selected tab', async () => {
      const element = await standaloneHub();
      await historyLoaded(element, 5);
      const tab = (name: string) => q<HTMLButtonElement>(element, `#tab-${name}`)!;
      tab('orders').focus();
      await sendKeys({ press: 'ArrowRight' });
      await waitUntil(() => deepActiveElement() === tab('inbox'), 'focus on Messages');
      equal(tab('inbox').getAttribute('aria-selected'), 'true', 'Messages selected');
      equal(element.tab, 'inbox', 'tab property follows');
      assert(!q(element, '#panel-inbox')!.hidden && q(element, '#panel-orders')!.hidden, 'panel shown');
      await sendKeys({ press: 'End' });
      await waitUntil(() => deepActiveElement() === tab('preferences'), 'End → last tab');
      await sendKeys({ press: 'ArrowRight' });
      await waitUntil(() => deepActiveElement() === tab('orders'), 'wraps to the first');
      await sendKeys({ press: 'End' });
      await sendKeys({ press: 'Home' });
      await waitUntil(() => deepActiveElement() === tab('orders'), 'Home → first tab');
      equal(tab('inbox').tabIndex, -1, 'unselected tabs are out of the Tab order');
      await sendKeys({ press: 'Tab' });
      assert(deepActiveElement() === q(element, '#order-number'), 'Tab goes from the tabs to the search field');
    });

    it('mirrors the arrow keys in right-to-left text', async () => {
      const element = await standaloneHub();
      element.locale = 'he';
      await waitUntil(() => element.getAttribute('dir') === 'rtl', 'Hebrew is right to left');
      q<HTMLButtonElement>(element, '#tab-orders')!.focus();
      await sendKeys({ press: 'ArrowLeft' });
      await waitUntil(() => element.tab === 'inbox', 'ArrowLeft goes to the next tab');
    });
  });

  describe('stories', () => {
    const EXPECTED: Record<string, (element: TxOrderHub) => unknown> = {
      History: (element) => rows(element).length === 5 && q(element, '[part="more-button"]'),
      Loading: (element) => statusText(element) === '' && q(element, '#panel-orders .skeleton'),
      EmptyHistory: (element) => textOf(q(element, '#panel-orders [part="empty"]')).includes('You have no orders yet.'),
      NoMatch: (element) => textOf(q(element, '#panel-orders [part="empty"]')).includes('No orders match your search.'),
      NetworkError: (element) => textOf(q(element, '#history-error')).includes('Error code: network_error'),
      OrderDetail: (element) =>
        textOf(q(element, '#detail-heading')) === 'Order TX-1006' && q(element, '[part="shipment"]'),
      DeliveredDetail: (element) =>
        textOf(q(element, '[data-block="requests"]')).includes('ask for a refund until') &&
        textOf(q(element, '[data-block="requests"] [part="request-refund-button"]')) === 'Ask for a refund',
      UnpaidDetail: (element) =>
        q(element, '[part="pay-button"]') &&
        q(element, '[part="cancel-order-button"]') &&
        textOf(q(element, '[part="unpaid-actions"]')).includes('Pay by'),
      UnpaidConfirmCancel: (element) =>
        /Cancel order TX-\d+\? This can’t be undone\./.test(textOf(q(element, '.unpaid-confirm'))) &&
        q(element, '[part="confirm-cancel-button"]') &&
        q(element, '[part="keep-order-button"]'),
      OpenDisputeDetail: (element) =>
        all(element, '[part="case"]').length === 2 &&
        textOf(q(element, '[part="case"][data-kind="dispute"]')).includes('Waiting for the seller') &&
        textOf(q(element, '[part="case"][data-kind="dispute"]')).includes('The seller should answer in 2 days'),
      RefundedDetail: (element) =>
        /Refunded\s*−\$\d+\.\d\d/.test(textOf(q(element, '[part="price-breakdown"]'))) &&
        textOf(q(element, '[part="case"]')).includes('Completed'),
      CasesError: (element) =>
        textOf(q(element, '#cases-error')).includes('Error code: network_error') &&
        q(element, '[data-block="cases"] [part="retry-button"]') &&
        textOf(q(element, '[part="price-breakdown"]')).includes('Total'),
      OrderNotFound: (element) => textOf(q(element, '#detail-error')).includes('Error code: not_found'),
      Inbox: (element) => !q(element, '#panel-inbox')!.hidden && all(element, '.new-tag').length === 2,
      InboxCaseNews: (element) =>
        /Order TX-\d+: The seller made an offer/.test(textOf(q(element, '#panel-inbox [part="message"] .row-title'))) &&
        all(element, '.new-tag').length === 4,
      EmptyInbox: (element) => textOf(q(element, '#panel-inbox [part="empty"]')).includes('No messages yet.'),
      Preferences: (element) => !q(element, '#panel-preferences')!.hidden && q(element, '[part="preferences-table"]'),
      Offline: (element) => q(element, '[part="offline-notice"]'),
      LongNamesRtl: (element) =>
        element.getAttribute('dir') === 'rtl' && textOf(q(element, '#detail-heading')).includes('TX-9988776655'),
    };

    it('show the state each one is named for', async () => {
      const stories = await storiesOf('tx-order-hub');
      deepEqual(stories.map((story) => story.exportName).sort(), Object.keys(EXPECTED).sort(), 'the stories');
      for (const story of stories) {
        const container = await renderStory(story, { locale: 'en', direction: 'auto', theme: 'auto' });
        await settleStory(container);
        const element = container.querySelector('tx-order-hub')!;
        await waitUntil(() => EXPECTED[story.exportName]!(element), `${story.id} shows its state`, 5_000);
        container.remove();
      }
      window.dispatchEvent(new Event('online'));
    });

    for (const locale of ['en', 'ar']) {
      it(`have no axe violations in ${locale}`, async function () {
        this.timeout(120_000);
        for (const story of await storiesOf('tx-order-hub')) {
          const container = await renderStory(story, { locale, direction: 'auto', theme: 'auto' });
          await settleStory(container, 8);
          try {
            await expectNoAxeViolations(container);
          } catch (error) {
            throw new Error(`${story.id} (${locale}): ${(error as Error).message}`);
          }
          container.remove();
        }
      });
    }
  });
});

/** `<tx-order-tracker>` when things go wrong (network, unknown and foreign orders, retry), and its accessibility. */
import { type Order } from '@txassist/contract';
import { emulateMedia } from '@web/test-runner-commands';
import '../../packages/elements/src/index.js';
import type { TxOrderErrorEvent } from '../../packages/elements/src/events/order-error.js';
import type { TxOrderLoadEvent } from '../../packages/elements/src/events/order-load.js';
import type { OrderReader } from '../../packages/elements/src/internal/client.js';
import type { TxOrderTracker } from '../../packages/elements/src/order-tracker/order-tracker.js';
import { assert, deepEqual, equal, includes } from '../browser-support/assert.js';
import { expectNoAxeViolations } from '../browser-support/axe.js';
import { cleanupFixtures, deepActiveElement, fixture, nextEvent, textOf, waitUntil } from '../browser-support/dom.js';
import { apiConfig, flakyApi } from '../browser-support/tx-api.js';
import errorsDe from '../../packages/sdk/src/i18n/catalogs/errors/de.js';

import {
  owned,
  otherBuyersOrder,
  inTransit,
  tracker,
  standaloneTracker,
  fetchOrder,
  heading,
  statusRegion,
  alertRegion,
  retryButton,
  waitForOrder,
  waitForError,
  useTrackerSuite,
} from './order-tracker-support.js';

describe('tx-order-tracker: errors and accessibility', () => {
  useTrackerSuite('wtr-order-tracker-errors');

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

    // The `errors` namespace loads with `import()` when a problem is first worded, before it renders (issue 14):
    // the alert never shows a message key, not even for one render, and reads in the element's language.
    for (const [locale, title, nextStep] of [
      ['en', 'Your session has ended', 'Sign in again on this site, then reload the page.'],
      ['de', errorsDe['error.unauthenticated.title'], errorsDe['error.unauthenticated.next_step']],
    ] as const) {
      it(`words a problem from the lazily loaded error messages at once (${locale})`, async () => {
        const element = await standaloneTracker(inTransit().id, { locale, sessionToken: 'txs_not-a-session' });
        const shown: string[] = [];
        const watch = new MutationObserver(() => shown.push(textOf(alertRegion(element))));
        element.addEventListener('tx-order-error', () => shown.push(textOf(alertRegion(element))));
        const attached = fixture<TxOrderTracker>(element);
        watch.observe(element.shadowRoot!, { subtree: true, childList: true, characterData: true });
        await attached;
        const message = await waitForError(element);
        watch.disconnect();
        includes(message, title, 'title');
        includes(message, nextStep, 'next step');
        includes(message, 'unauthenticated', 'stable code');
        deepEqual(
          shown.filter((text) => /\berror\.\w/.test(text)),
          [],
          'no render of the alert showed a message key',
        );
        await expectNoAxeViolations(element);
      });
    }

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

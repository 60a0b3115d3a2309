// The React storefront example (examples/react-storefront, built by Vite in the `frameworks` step) in
// Chromium against the real API: <TxProvider> + the generated <OrderTracker> wrapper load an order and
// the typed `onOrderLoad` callback reaches React state.
import { equal } from '../browser-support/assert.js';
import { expectNoAxeViolations } from '../browser-support/axe.js';
import { shadowQuery, textOf, waitUntil } from '../browser-support/dom.js';
import { apiConfig, createOrder, freshBuyer } from '../browser-support/tx-api.js';

const BUILT_APP = '/examples/react-storefront/dist/assets/storefront.js';

describe('examples/react-storefront (React wrapper, built with Vite)', function () {
  this.timeout(90_000);

  it('loads an order through <OrderTracker> inside <TxProvider>, and onOrderLoad fires with it', async () => {
    const { apiBase, publishableKey } = await apiConfig();
    const buyer = await freshBuyer('wtr-react');
    const order = await createOrder(buyer.id, { steps: ['awaiting_shipment', 'in_transit'] });

    const root = document.createElement('div');
    root.id = 'root';
    Object.assign(root.dataset, { apiBase, publishableKey, sessionToken: buyer.token, orderId: order.id });
    document.body.append(root);
    try {
      await import(BUILT_APP).catch((error: unknown) => {
        throw new Error(`${BUILT_APP} did not load (run: node scripts/test.mjs --only frameworks): ${String(error)}`);
      });
      const main = await waitUntil(() => root.querySelector('main'), 'React renders the page');
      equal(main.dataset['hasClient'], 'true', 'useTxClient() returns the provider client');

      const loaded = await waitUntil(() => main.dataset['loadedOrder'], 'onOrderLoad set React state', 60_000);
      equal(loaded, order.number, 'the callback got the loaded order');
      equal(main.dataset['loadedStatus'], 'in_transit', 'with its status');

      const tracker = root.querySelector('tx-order-tracker')!;
      const heading = shadowQuery(tracker, '[part="heading"]');
      equal(textOf(heading), `Order ${order.number}`, 'the element shows the order');
      equal(heading?.localName, 'h1', 'headingLevel={1} reached the element as a property');
      await expectNoAxeViolations(root);
    } finally {
      root.remove();
    }
  });
});

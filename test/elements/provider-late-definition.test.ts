// Its own test file, so its own page: here `tx-order-tracker` is defined before `tx-provider`
// exists, as happens when a page loads the two define modules separately and out of order.
import '../../packages/elements/src/order-tracker/define.js';
import type { TxProvider } from '../../packages/elements/src/provider/provider.js';
import { equal } from '../browser-support/assert.js';
import { cleanupFixtures, fixture, shadowQuery, textOf, waitUntil } from '../browser-support/dom.js';
import { apiConfig, createOrder, freshBuyer } from '../browser-support/tx-api.js';

describe('tx-order-tracker inside a tx-provider defined later', () => {
  afterEach(cleanupFixtures);

  it('waits for the provider instead of reporting a missing configuration, then loads', async () => {
    equal(customElements.get('tx-provider'), undefined, 'tx-provider is not defined yet');
    const { apiBase, publishableKey } = await apiConfig();
    const buyer = await freshBuyer('wtr-late-provider');
    const order = await createOrder(buyer.id, { steps: ['awaiting_shipment', 'in_transit', 'delivered'] });
    const container = await fixture(
      `<tx-provider api-base="${apiBase}" publishable-key="${publishableKey}" session-token="${buyer.token}" locale="en">` +
        `<tx-order-tracker order-id="${order.id}"></tx-order-tracker></tx-provider>`,
    );
    const tracker = container.querySelector('tx-order-tracker')!;
    await tracker.updateComplete;
    equal(textOf(shadowQuery(tracker, '[role="alert"]')), '', 'no "not set up" error while the provider is undefined');
    equal(Boolean(shadowQuery(tracker, '.skeleton')), true, 'a neutral loading skeleton until the client is known');

    await import('../../packages/elements/src/provider/define.js');
    equal((container as TxProvider).apiBase, apiBase, 'the provider upgraded');
    const heading = await waitUntil(
      () => shadowQuery(tracker, '[part="heading"]'),
      'the tracker loads through the provider',
    );
    equal(textOf(heading), `Order ${order.number}`, 'order from the late provider');
  });
});

import { contractValidation } from '@txassist/sdk/validation';
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ApiError, createClient, type TxClient } from '@txassist/sdk';
import { startTestServer, type TestServer } from '../support/server.js';
import { ADDRESS, card, cardToken, freshBuyer, SERUM } from '../server/payments-support.js';
import { DEMO_KEYS, rejectionOf, setOrderStatus } from './helpers.js';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

/** A fresh buyer's client (responses validated against the contract) and an order whose card was declined. */
async function declinedOrder(): Promise<{ client: TxClient; orderId: string; checkoutId: string }> {
  const buyer = await freshBuyer(server.url);
  const client = createClient({
    validateResponses: contractValidation,
    apiBase: server.url,
    publishableKey: DEMO_KEYS.publishableKey,
    getSessionToken: () => buyer.token,
  });
  const checkout = await client.checkouts.create({ items: [{ product_id: SERUM, quantity: 1 }] });
  await client.checkouts.update(checkout.id, { shipping_address: ADDRESS });
  const intent = await client.checkouts.place(checkout.id, {
    payment_method: { type: 'card', token: await cardToken(server.url, card('generic_decline')) },
  });
  assert.notEqual(intent.status, 'succeeded');
  return { client, orderId: intent.order_id, checkoutId: checkout.id };
}

describe('unpaid orders through the SDK', () => {
  test('payment_due names the checkout to resume; cancel is safe to repeat and closes it', async () => {
    const { client, orderId, checkoutId } = await declinedOrder();
    const order = await client.orders.get(orderId);
    assert.equal(order.status, 'unpaid');
    assert.equal(order.payment_due?.checkout_id, checkoutId);

    const cancelled = await client.orders.cancel(orderId);
    assert.equal(cancelled.status, 'cancelled');
    assert.equal(cancelled.payment_due, null);
    const again = await client.orders.cancel(orderId);
    assert.equal(again.status, 'cancelled');
  });

  test('an order on its way is refused with action_not_allowed', async () => {
    const { client, orderId } = await declinedOrder();
    await setOrderStatus(server.url, orderId, 'awaiting_shipment');
    await setOrderStatus(server.url, orderId, 'in_transit');
    const error = await rejectionOf(client.orders.cancel(orderId));
    assert.ok(error instanceof ApiError, String(error));
    assert.equal(error.code, 'action_not_allowed');
    assert.equal(error.status, 409);
  });

  test('the erasure preview lists each blocking order with its number and whether it can be cancelled', async () => {
    const { client, orderId } = await declinedOrder();
    const order = await client.orders.get(orderId);
    const preview = await client.privacy.erasure.preview();
    assert.equal(preview.can_erase, false);
    assert.deepEqual(preview.blockers[0]?.details, [
      { id: orderId, order_id: orderId, order_number: order.number, cancellable: true },
    ]);
  });
});

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Order } from '@txassist/contract';
import { DEMO_KEYS, expireUnpaidOrders } from '@txassist/server';
import { call } from '../support/http.js';
import { BACKENDS, startTestServer, type TestServer } from '../support/server.js';
import { card, cardToken, freshBuyer, place, readyCheckout, uniqueCardNumber } from './payments-support.js';

const HOUR = 3600_000;

/**
 * A declined or abandoned checkout leaves an unpaid order: its buyer can pay it (the same checkout
 * and payment intent) or cancel it, and it is cancelled on its own 24 h after it was placed.
 */
for (const backend of BACKENDS) {
  describe(`unpaid orders (${backend})`, () => {
    let server: TestServer;
    let offset = 0;
    const now = () => new Date(Date.now() + offset);
    before(async () => {
      // The expiry job must not run on its own during the test: the test runs it.
      server = await startTestServer({
        backend,
        config: { now, lateShipmentCheckMs: 24 * HOUR, sessionTtlSeconds: 30 * 86_400 },
      });
    });
    after(() => server?.close());

    /** A fresh buyer's checkout placed with a declined card: an unpaid order waiting for payment. */
    async function declinedOrder(token: string) {
      const checkoutId = await readyCheckout(server.url, token);
      const declined = await place(server.url, token, checkoutId, {
        type: 'card',
        token: await cardToken(server.url, card('generic_decline')),
      });
      assert.equal(declined.status, 200, declined.text);
      // Declined, or (the same test card again, across these tests) held for a step-up code: both wait for the buyer.
      assert.ok(['requires_payment_method', 'requires_action'].includes(declined.json.status), declined.text);
      return { checkoutId, intentId: declined.json.id as string, orderId: declined.json.order_id as string };
    }
    const getOrder = async (token: string, id: string) => {
      const read = await call(server.url, 'GET', `/v1/orders/${id}`, { token });
      assert.equal(read.status, 200, read.text);
      return Order.parse(read.json);
    };
    const intentStatus = async (id: string) =>
      (await server.services.db.query<{ status: string }>('select status from payment_intents where id = $1', [id]))
        .rows[0]!.status;

    it('an unpaid order tells its buyer the checkout to resume; Pay now pays the same intent', async () => {
      const buyer = await freshBuyer(server.url);
      const { checkoutId, intentId, orderId } = await declinedOrder(buyer.token);
      const order = await getOrder(buyer.token, orderId);
      assert.equal(order.status, 'unpaid');
      assert.equal(order.payment_due?.checkout_id, checkoutId);
      assert.equal(Date.parse(order.payment_due!.until), Date.parse(order.placed_at) + 24 * HOUR);
      assert.ok(order.buyer_actions.some((action) => action.action === 'cancel'));

      // The seller sees the order, never the buyer's checkout.
      const seller = await call(server.url, 'GET', `/v1/orders/${orderId}`, { token: DEMO_KEYS.secretKey });
      assert.equal(seller.status, 200, seller.text);
      assert.equal(seller.json.payment_due, undefined);

      const paid = await place(server.url, buyer.token, checkoutId, {
        type: 'card',
        token: await cardToken(server.url, uniqueCardNumber()),
      });
      assert.equal(paid.status, 200, paid.text);
      assert.equal(paid.json.id, intentId, 'the same payment intent');
      assert.equal(paid.json.status, 'succeeded');
      const after = await getOrder(buyer.token, orderId);
      assert.equal(after.status, 'awaiting_shipment');
      assert.equal(after.payment_due, null);
    });

    it('its buyer cancels it (idempotent), which closes the payment; others cannot', async () => {
      const buyer = await freshBuyer(server.url);
      const stranger = await freshBuyer(server.url, 'stranger');
      const { checkoutId, intentId, orderId } = await declinedOrder(buyer.token);

      const foreign = await call(server.url, 'POST', `/v1/orders/${orderId}/cancel`, {
        token: stranger.token,
        body: {},
      });
      assert.equal(foreign.status, 404, foreign.text);
      assert.equal(foreign.json.code, 'not_found');

      const key = `cancel-${orderId}`;
      const cancelled = await call(server.url, 'POST', `/v1/orders/${orderId}/cancel`, {
        token: buyer.token,
        body: {},
        idempotencyKey: key,
      });
      assert.equal(cancelled.status, 200, cancelled.text);
      assert.equal(cancelled.json.status, 'cancelled');
      assert.equal(cancelled.json.payment_due, null);
      assert.equal(await intentStatus(intentId), 'canceled');
      const replay = await call(server.url, 'POST', `/v1/orders/${orderId}/cancel`, {
        token: buyer.token,
        body: {},
        idempotencyKey: key,
      });
      assert.deepEqual([replay.status, replay.json], [200, cancelled.json]);
      // Another tab, another key: the order is cancelled already, and says so.
      const again = await call(server.url, 'POST', `/v1/orders/${orderId}/cancel`, { token: buyer.token, body: {} });
      assert.equal(again.status, 200, again.text);
      assert.equal(again.json.status, 'cancelled');

      // A cancelled order can no longer be paid.
      const late = await place(server.url, buyer.token, checkoutId, {
        type: 'card',
        token: await cardToken(server.url, uniqueCardNumber()),
      });
      assert.equal(late.status, 422, late.text);
      assert.equal(late.json.code, 'payment_intent_unexpected_state');
      assert.equal((await getOrder(buyer.token, orderId)).status, 'cancelled');
    });

    it('a paid order on its way is no longer cancellable: a stable code and a next step', async () => {
      const buyer = await freshBuyer(server.url);
      const { orderId } = await declinedOrder(buyer.token);
      const moved = await call(server.url, 'POST', `/v1/orders/${orderId}/status`, {
        token: DEMO_KEYS.secretKey,
        body: { status: 'awaiting_shipment' },
      });
      assert.equal(moved.status, 200, moved.text);
      const shipped = await call(server.url, 'POST', `/v1/orders/${orderId}/status`, {
        token: DEMO_KEYS.secretKey,
        body: { status: 'in_transit' },
      });
      assert.equal(shipped.status, 200, shipped.text);
      const refused = await call(server.url, 'POST', `/v1/orders/${orderId}/cancel`, { token: buyer.token, body: {} });
      assert.equal(refused.status, 409, refused.text);
      assert.equal(refused.json.code, 'action_not_allowed');
      assert.match(refused.json.detail, /refund/);
    });

    it('the erasure preview names blocking orders by number and says which can be cancelled', async () => {
      const buyer = await freshBuyer(server.url);
      const { orderId } = await declinedOrder(buyer.token);
      const number = (await getOrder(buyer.token, orderId)).number;
      const preview = await call(server.url, 'GET', '/v1/me/erasure', { token: buyer.token });
      assert.equal(preview.status, 200, preview.text);
      assert.equal(preview.json.can_erase, false);
      assert.deepEqual(preview.json.blockers, [
        {
          code: 'open_orders',
          records: [orderId],
          details: [{ id: orderId, order_id: orderId, order_number: number, cancellable: true }],
        },
      ]);
      const refused = await call(server.url, 'POST', '/v1/me/erasure', { token: buyer.token, body: { confirm: true } });
      assert.equal(refused.status, 409, refused.text);
      assert.equal(refused.json.code, 'erasure_blocked');
      assert.ok(refused.json.detail.includes(number), refused.json.detail);
      assert.ok(!refused.json.detail.includes(orderId), 'no internal id in the message');

      const cancelled = await call(server.url, 'POST', `/v1/orders/${orderId}/cancel`, {
        token: buyer.token,
        body: {},
      });
      assert.equal(cancelled.status, 200, cancelled.text);
      const cleared = await call(server.url, 'GET', '/v1/me/erasure', { token: buyer.token });
      assert.equal(cleared.json.can_erase, true);
    });

    it('abandoned unpaid orders are cancelled by the expiry job 24 hours after they were placed', async () => {
      const buyer = await freshBuyer(server.url);
      const old = await declinedOrder(buyer.token);
      const sellerMade = await call(server.url, 'POST', '/v1/orders', {
        token: DEMO_KEYS.secretKey,
        body: {
          buyer_id: buyer.buyerId,
          currency: 'USD',
          line_items: [{ title: 'Invoice', quantity: 1, unit_amount: 900 }],
        },
      });
      assert.equal(sellerMade.status, 201, sellerMade.text);

      offset += 23 * HOUR;
      const recent = await declinedOrder(buyer.token);
      await expireUnpaidOrders(server.services, now());
      assert.equal((await getOrder(buyer.token, old.orderId)).status, 'unpaid', 'not yet: 23 h');

      offset += 1.5 * HOUR;
      assert.ok((await expireUnpaidOrders(server.services, now())) >= 1);
      const expired = await getOrder(buyer.token, old.orderId);
      assert.equal(expired.status, 'cancelled');
      assert.equal(expired.payment_due, null);
      assert.equal(await intentStatus(old.intentId), 'canceled');
      assert.equal((await getOrder(buyer.token, recent.orderId)).status, 'unpaid', 'placed 1.5 h ago');
      assert.equal((await getOrder(buyer.token, sellerMade.json.id)).status, 'unpaid', "the seller's own order");
      // The buyer is told like any other change: an order.updated event with the cancelled order.
      const { rows } = await server.services.db.query<{ n: number }>(
        `select count(*)::int as n from events where type = 'order.updated' and order_id = $1`,
        [old.orderId],
      );
      assert.equal(rows[0]!.n, 1);
    });
  });
}

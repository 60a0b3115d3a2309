import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { ORDER_STATUSES, Order } from '@txassist/contract';
import { DEMO_FIXTURES, DEMO_KEYS } from '@txassist/server';
import { buyerToken, call } from '../support/http.js';
import { BACKENDS, startTestServer, type TestServer } from '../support/server.js';

const SK = DEMO_KEYS.secretKey;
const ORDERS = DEMO_FIXTURES.orders;

for (const backend of BACKENDS) {
  describe(`orders (${backend})`, () => {
    let server: TestServer;
    let token: string;
    before(async () => {
      server = await startTestServer({ backend });
      token = await buyerToken(server.url);
    });
    after(() => server?.close());

    // The tests that change orders use a buyer and orders of their own, so the ones that read demo
    // buyer 1's orders see the seeded state whatever runs before them.
    const seller = async (path: string, body: unknown) => {
      const result = await call(server.url, 'POST', path, { token: SK, body });
      assert.ok(result.status < 300, `${path}: ${result.status} ${result.text}`);
      return result.json;
    };
    const freshBuyer = async () => {
      const externalId = `orders-${randomUUID()}`;
      const session = await seller('/v1/sessions', {
        buyer: { external_id: externalId, email: `${externalId}@example.test` },
      });
      return { id: session.buyer_id as string, token: session.token as string };
    };
    const orderOf = async (buyerId: string, statuses: string[]): Promise<string> => {
      const created = await seller('/v1/orders', {
        buyer_id: buyerId,
        currency: 'USD',
        line_items: [{ title: 'Glow Serum 30 ml', quantity: 1, unit_amount: 2400 }],
      });
      for (const status of statuses) await seller(`/v1/orders/${created.id}/status`, { status });
      return created.id;
    };

    it('walks every page with a cursor, newest first, without gaps or repeats', async () => {
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const query: string = cursor ? `?limit=4&cursor=${encodeURIComponent(cursor)}` : '?limit=4';
        const page = await call(server.url, 'GET', `/v1/orders${query}`, { token });
        assert.equal(page.status, 200);
        assert.equal(page.json.object, 'list');
        seen.push(...page.json.data.map((order: { id: string }) => order.id));
        assert.equal(page.json.has_more, page.json.next_cursor !== null);
        cursor = page.json.next_cursor;
        pages++;
      } while (cursor);
      assert.equal(pages, 3);
      assert.deepEqual(
        seen,
        ORDER_STATUSES.map((status) => ORDERS[status]),
      );
    });

    it('filters by status', async () => {
      const result = await call(server.url, 'GET', '/v1/orders?status=delivered', { token });
      assert.deepEqual(
        result.json.data.map((order: { id: string }) => order.id),
        [ORDERS.delivered],
      );
    });

    it('returns orders that parse with the contract schema, with server-computed totals', async () => {
      const result = await call(server.url, 'GET', `/v1/orders/${ORDERS.on_hold}`, { token });
      const order = Order.parse(result.json);
      const itemsTotal = order.line_items.reduce((sum, item) => sum + item.unit_price.amount * item.quantity, 0);
      assert.equal(order.amounts.subtotal.amount, itemsTotal);
      assert.equal(
        order.amounts.total.amount,
        order.amounts.subtotal.amount +
          order.amounts.shipping.amount +
          order.amounts.tax.amount -
          order.amounts.discount.amount,
      );
      assert.equal(order.creator?.handle, DEMO_FIXTURES.creator.handle);
    });

    it('tells the buyer which actions each status allows, with deadlines', async () => {
      const actionsOf = async (id: string) =>
        (await call(server.url, 'GET', `/v1/orders/${id}`, { token })).json.buyer_actions.map(
          (a: { action: string }) => a.action,
        );
      assert.deepEqual(await actionsOf(ORDERS.unpaid), ['cancel']);
      assert.deepEqual(await actionsOf(ORDERS.in_transit), ['request_refund']);
      assert.deepEqual(await actionsOf(ORDERS.delivered), ['request_refund', 'request_return']);
      assert.deepEqual(await actionsOf(ORDERS.completed), []);
      const delivered = await call(server.url, 'GET', `/v1/orders/${ORDERS.delivered}`, { token });
      const until = Date.parse(delivered.json.buyer_actions[0].until);
      assert.ok(until > Date.now() + 14 * 24 * 3600_000 && until < Date.now() + 16 * 24 * 3600_000);
    });

    it('lets the buyer cancel while allowed and refuses afterwards with a next step', async () => {
      const buyer = await freshBuyer();
      const onHold = await orderOf(buyer.id, ['on_hold']);
      const inTransit = await orderOf(buyer.id, ['awaiting_shipment', 'in_transit']);
      const cancelled = await call(server.url, 'POST', `/v1/orders/${onHold}/cancel`, {
        token: buyer.token,
        body: {},
      });
      assert.equal(cancelled.status, 200, cancelled.text);
      assert.equal(cancelled.json.status, 'cancelled');
      assert.deepEqual(cancelled.json.buyer_actions, []);
      const again = await call(server.url, 'POST', `/v1/orders/${inTransit}/cancel`, { token: buyer.token, body: {} });
      assert.deepEqual([again.status, again.json.code], [409, 'action_not_allowed']);
      assert.match(again.json.detail, /refund/);
    });

    it('moves orders only along the lifecycle', async () => {
      const buyer = await freshBuyer();
      const inTransit = await orderOf(buyer.id, ['awaiting_shipment', 'in_transit']);
      const completed = await orderOf(buyer.id, ['awaiting_shipment', 'in_transit', 'delivered', 'completed']);
      const ok = await call(server.url, 'POST', `/v1/orders/${inTransit}/status`, {
        token: SK,
        body: { status: 'delivered' },
      });
      assert.equal(ok.status, 200);
      assert.equal(ok.json.status, 'delivered');
      const back = await call(server.url, 'POST', `/v1/orders/${inTransit}/status`, {
        token: SK,
        body: { status: 'unpaid' },
      });
      assert.deepEqual([back.status, back.json.code], [409, 'invalid_transition']);
      const fromTerminal = await call(server.url, 'POST', `/v1/orders/${completed}/status`, {
        token: SK,
        body: { status: 'delivered' },
      });
      assert.equal(fromTerminal.status, 409);
      const unchanged = await call(server.url, 'GET', `/v1/orders/${completed}`, { token: buyer.token });
      assert.equal(unchanged.json.status, 'completed');
    });

    it('shows the seller a masked buyer email wherever it reads an order, the buyer their own in full', async () => {
      const buyer = DEMO_FIXTURES.buyers[0];
      const masked = 'a••@example.com';
      const created = await call(server.url, 'POST', '/v1/orders', {
        token: SK,
        body: {
          buyer_id: buyer.id,
          currency: 'USD',
          line_items: [{ title: 'Glow Serum', quantity: 1, unit_amount: 2400 }],
        },
      });
      assert.equal(created.status, 201, created.text);
      const moved = await call(server.url, 'POST', `/v1/orders/${created.json.id}/status`, {
        token: SK,
        body: { status: 'awaiting_shipment' },
      });
      const read = await call(server.url, 'GET', `/v1/orders/${created.json.id}`, { token: SK });
      const listed = await call(server.url, 'GET', '/v1/orders?limit=100', { token: SK });
      const cancelled = await call(server.url, 'POST', `/v1/orders/${created.json.id}/cancel`, { token: SK });
      for (const [what, result, order] of [
        ['create', created, created.json],
        ['status change', moved, moved.json],
        ['read', read, read.json],
        ['list', listed, listed.json.data.find((o: { id: string }) => o.id === created.json.id)],
        ['cancel', cancelled, cancelled.json],
      ] as const) {
        assert.ok(result.status < 300, `${what}: ${result.text}`);
        assert.equal(order.buyer_email, masked, what);
        assert.ok(!result.text.includes(buyer.email), `${what} carries the full email`);
      }
      const asBuyer = await call(server.url, 'GET', `/v1/orders/${created.json.id}`, { token });
      assert.equal(asBuyer.json.buyer_email, buyer.email);
    });

    it('creates orders with server numbers, attributed to a creator', async () => {
      const buyer = await freshBuyer();
      const result = await call(server.url, 'POST', '/v1/orders', {
        token: SK,
        body: {
          buyer_id: buyer.id,
          currency: 'KWD',
          line_items: [{ title: 'Oud oil', quantity: 2, unit_amount: 12_345 }],
          shipping_amount: 1_000,
          discount_amount: 500,
          creator_id: DEMO_FIXTURES.creator.id,
        },
      });
      assert.equal(result.status, 201, result.text);
      assert.match(result.json.number, /^TX-\d{6}$/);
      assert.deepEqual(result.json.amounts.total, { amount: 24_690 + 1_000 - 500, currency: 'KWD' });
      assert.equal(result.json.creator.id, DEMO_FIXTURES.creator.id);
      const unknownCreator = await call(server.url, 'POST', '/v1/orders', {
        token: SK,
        body: {
          buyer_id: buyer.id,
          currency: 'USD',
          line_items: [{ title: 'x', quantity: 1, unit_amount: 1 }],
          creator_id: 'crt_doesnotexist0',
        },
      });
      assert.equal(unknownCreator.status, 404);
    });
  });
}

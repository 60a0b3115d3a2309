import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { Inbox } from '@txassist/contract';
import { DEMO_KEYS, dispatchPending } from '@txassist/server';
import { call } from '../support/http.js';
import { BACKENDS, startTestServer, type TestServer } from '../support/server.js';

for (const backend of BACKENDS) {
  describe(`in-app inbox (${backend})`, () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer({ backend, config: { notificationPollMs: 3_600_000 } });
    });
    after(() => server?.close());

    const seller = async (path: string, body: unknown) => {
      const result = await call(server.url, 'POST', path, { token: DEMO_KEYS.secretKey, body });
      assert.ok(result.status < 300, `${path}: ${result.status} ${result.text}`);
      return result.json;
    };
    const inbox = async (token: string, query = '') =>
      Inbox.parse((await call(server.url, 'GET', `/v1/me/notifications${query}`, { token })).json);
    const drain = async () => {
      for (let i = 0; i < 100; i++) {
        await dispatchPending(server.services);
        const { rows } = await server.services.db.query<{ n: unknown }>(
          `select count(*) as n from notifications where status in ('pending', 'sending')`,
        );
        if (Number(rows[0]!.n) === 0) return;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    };
    /** A new order of `buyerId` that the seller moves through `statuses`; resolves with its number. */
    const order = async (buyerId: string, statuses: string[]): Promise<string> => {
      const created = await seller('/v1/orders', {
        buyer_id: buyerId,
        currency: 'USD',
        line_items: [{ title: 'Glow Serum 30 ml', quantity: 1, unit_amount: 2400 }],
      });
      for (const status of statuses) await seller(`/v1/orders/${created.id}/status`, { status });
      return created.number;
    };
    /** A buyer of the calling test's own (no demo data is read or changed): an empty inbox to start with. */
    const freshBuyer = async () => {
      const externalId = `inbox-${randomUUID()}`;
      const session = await seller('/v1/sessions', {
        buyer: { external_id: externalId, email: `${externalId}@example.test` },
      });
      return { id: session.buyer_id as string, token: session.token as string };
    };

    it('lists delivered messages with an unread count, newest first, as codes the UI words', async () => {
      const buyer = await freshBuyer();
      assert.equal((await inbox(buyer.token)).unread_count, 0);
      const shipped = await order(buyer.id, ['awaiting_shipment', 'in_transit']);
      const delivered = await order(buyer.id, ['awaiting_shipment', 'in_transit', 'delivered']);
      await drain();
      const page = await inbox(buyer.token);
      assert.equal(page.unread_count, 5);
      assert.deepEqual(
        page.data.map((n) => [n.order_number, n.status]),
        [
          [delivered, 'delivered'],
          [delivered, 'in_transit'],
          [delivered, 'awaiting_shipment'],
          [shipped, 'in_transit'],
          [shipped, 'awaiting_shipment'],
        ],
      );
      assert.ok(page.data.every((n) => n.read_at === null && n.kind === 'order_updates'));
    });

    it('marks messages read; others cannot touch them', async () => {
      const buyer = await freshBuyer();
      await order(buyer.id, ['awaiting_shipment', 'in_transit']);
      await drain();
      const [first] = (await inbox(buyer.token)).data;
      const other = await freshBuyer();
      const foreign = await call(server.url, 'POST', `/v1/me/notifications/${first!.id}/read`, {
        token: other.token,
        body: {},
      });
      assert.equal(foreign.status, 404);
      const read = await call(server.url, 'POST', `/v1/me/notifications/${first!.id}/read`, {
        token: buyer.token,
        body: {},
      });
      assert.equal(read.status, 200);
      assert.ok(read.json.read_at);
      const after = await inbox(buyer.token);
      assert.equal(after.unread_count, 1);
      assert.equal((await inbox(buyer.token, '?unread_only=true')).data.length, 1);
    });

    it('pages with a cursor and refuses a forged one', async () => {
      const buyer = await freshBuyer();
      await order(buyer.id, ['awaiting_shipment', 'in_transit']);
      await drain();
      const first = await inbox(buyer.token, '?limit=1');
      assert.equal(first.has_more, true);
      const second = await inbox(buyer.token, `?limit=1&cursor=${encodeURIComponent(first.next_cursor!)}`);
      assert.notEqual(second.data[0]!.id, first.data[0]!.id);
      assert.equal(second.has_more, false);
      const bad = await call(server.url, 'GET', '/v1/me/notifications?cursor=zzz', { token: buyer.token });
      assert.equal(bad.status, 400);
    });

    it('delivers nothing to the inbox when the buyer turned in-app messages off', async () => {
      const buyer = await freshBuyer();
      await order(buyer.id, ['awaiting_shipment']);
      await drain();
      assert.equal((await inbox(buyer.token)).data.length, 1, 'in-app messages arrive while on');
      await call(server.url, 'POST', '/v1/me/notification-preferences', {
        token: buyer.token,
        body: { preferences: [{ kind: 'order_updates', channel: 'in_app', enabled: false }] },
      });
      await order(buyer.id, ['awaiting_shipment', 'in_transit', 'delivered']);
      await drain();
      assert.equal((await inbox(buyer.token)).data.length, 1);
    });
  });
}

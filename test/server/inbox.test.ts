import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Inbox } from '@txassist/contract';
import { DEMO_FIXTURES, DEMO_KEYS, dispatchPending } from '@txassist/server';
import { buyerToken, call } from '../support/http.js';
import { BACKENDS, startTestServer, type TestServer } from '../support/server.js';

for (const backend of BACKENDS) {
  describe(`in-app inbox (${backend})`, () => {
    let server: TestServer;
    let token: string;
    before(async () => {
      server = await startTestServer({ backend, config: { notificationPollMs: 3_600_000 } });
      token = await buyerToken(server.url);
    });
    after(() => server?.close());

    const inbox = async (query = '') =>
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

    it('lists delivered messages with an unread count, newest first, as codes the UI words', async () => {
      assert.equal((await inbox()).unread_count, 0);
      await call(server.url, 'POST', `/v1/orders/${DEMO_FIXTURES.orders.awaiting_shipment}/status`, {
        token: DEMO_KEYS.secretKey,
        body: { status: 'in_transit' },
      });
      await call(server.url, 'POST', `/v1/orders/${DEMO_FIXTURES.orders.in_transit}/status`, {
        token: DEMO_KEYS.secretKey,
        body: { status: 'delivered' },
      });
      await drain();
      const page = await inbox();
      assert.equal(page.unread_count, 2);
      assert.deepEqual(
        page.data.map((n) => [n.order_number, n.status]),
        [
          ['TX-1006', 'delivered'],
          ['TX-1003', 'in_transit'],
        ],
      );
      assert.ok(page.data.every((n) => n.read_at === null && n.kind === 'order_updates'));
    });

    it('marks messages read; others cannot touch them', async () => {
      const [first] = (await inbox()).data;
      const other = await buyerToken(server.url, DEMO_FIXTURES.buyers[1].id);
      const foreign = await call(server.url, 'POST', `/v1/me/notifications/${first!.id}/read`, {
        token: other,
        body: {},
      });
      assert.equal(foreign.status, 404);
      const read = await call(server.url, 'POST', `/v1/me/notifications/${first!.id}/read`, { token, body: {} });
      assert.equal(read.status, 200);
      assert.ok(read.json.read_at);
      const after = await inbox();
      assert.equal(after.unread_count, 1);
      assert.equal((await inbox('?unread_only=true')).data.length, 1);
    });

    it('pages with a cursor and refuses a forged one', async () => {
      const first = await inbox('?limit=1');
      assert.equal(first.has_more, true);
      const second = await inbox(`?limit=1&cursor=${encodeURIComponent(first.next_cursor!)}`);
      assert.notEqual(second.data[0]!.id, first.data[0]!.id);
      const bad = await call(server.url, 'GET', '/v1/me/notifications?cursor=zzz', { token });
      assert.equal(bad.status, 400);
    });

    it('delivers nothing to the inbox when the buyer turned in-app messages off', async () => {
      await call(server.url, 'POST', '/v1/me/notification-preferences', {
        token,
        body: { preferences: [{ kind: 'order_updates', channel: 'in_app', enabled: false }] },
      });
      const before = (await inbox()).data.length;
      await call(server.url, 'POST', `/v1/orders/${DEMO_FIXTURES.orders.in_transit}/status`, {
        token: DEMO_KEYS.secretKey,
        body: { status: 'completed' },
      });
      await call(server.url, 'POST', `/v1/orders/${DEMO_FIXTURES.orders.unpaid}/status`, {
        token: DEMO_KEYS.secretKey,
        body: { status: 'awaiting_shipment' },
      });
      await drain();
      assert.equal((await inbox()).data.length, before);
    });
  });
}

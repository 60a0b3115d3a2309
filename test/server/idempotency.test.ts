import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEMO_FIXTURES, DEMO_KEYS } from '@txassist/server';
import { buyerToken, call } from '../support/http.js';
import { BACKENDS, startTestServer, type TestServer } from '../support/server.js';

const BUYER = DEMO_FIXTURES.buyers[0].id;
const newOrder = (title = 'Glow Serum') => ({
  buyer_id: BUYER,
  currency: 'USD',
  line_items: [{ title, quantity: 2, unit_amount: 1500 }],
});

async function countOrders(server: TestServer): Promise<number> {
  const { rows } = await server.services.db.query<{ n: unknown }>('select count(*) as n from orders');
  return Number(rows[0]!.n);
}

async function countCreatedEvents(server: TestServer): Promise<number> {
  const { rows } = await server.services.db.query<{ n: unknown }>(
    "select count(*) as n from events where type = 'order.created'",
  );
  return Number(rows[0]!.n);
}

for (const backend of BACKENDS) {
  describe(`idempotency (${backend})`, () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer({ backend });
    });
    after(() => server?.close());

    it('replays the first response byte for byte and creates one order', async () => {
      const before = await countOrders(server);
      const first = await call(server.url, 'POST', '/v1/orders', {
        token: DEMO_KEYS.secretKey,
        idempotencyKey: 'create-1',
        body: newOrder(),
      });
      const replay = await call(server.url, 'POST', '/v1/orders', {
        token: DEMO_KEYS.secretKey,
        idempotencyKey: 'create-1',
        body: newOrder(),
      });
      assert.equal(first.status, 201);
      assert.equal(replay.status, 201);
      assert.equal(replay.text, first.text);
      assert.equal(replay.headers.get('idempotent-replayed'), 'true');
      assert.equal(first.headers.get('idempotent-replayed'), null);
      assert.equal(await countOrders(server), before + 1);
    });

    it('replays errors too', async () => {
      const body = { ...newOrder(), buyer_id: 'byr_doesnotexist00' };
      const first = await call(server.url, 'POST', '/v1/orders', {
        token: DEMO_KEYS.secretKey,
        idempotencyKey: 'err-1',
        body,
      });
      const replay = await call(server.url, 'POST', '/v1/orders', {
        token: DEMO_KEYS.secretKey,
        idempotencyKey: 'err-1',
        body,
      });
      assert.equal(first.status, 404);
      assert.equal(replay.status, 404);
      assert.equal(replay.text, first.text);
    });

    it('refuses the same key with a different body: 422 idempotency_conflict', async () => {
      await call(server.url, 'POST', '/v1/orders', {
        token: DEMO_KEYS.secretKey,
        idempotencyKey: 'conflict-1',
        body: newOrder('A'),
      });
      const other = await call(server.url, 'POST', '/v1/orders', {
        token: DEMO_KEYS.secretKey,
        idempotencyKey: 'conflict-1',
        body: newOrder('B'),
      });
      assert.deepEqual([other.status, other.json.code], [422, 'idempotency_conflict']);
      const otherPath = await call(server.url, 'POST', `/v1/orders/${DEMO_FIXTURES.orders.unpaid}/status`, {
        token: DEMO_KEYS.secretKey,
        idempotencyKey: 'conflict-1',
        body: newOrder('A'),
      });
      assert.equal(otherPath.json.code, 'idempotency_conflict');
    });

    it('never shares a key across callers', async () => {
      const buyer = await buyerToken(server.url);
      const seller = await call(server.url, 'POST', `/v1/orders/${DEMO_FIXTURES.orders.unpaid}/status`, {
        token: DEMO_KEYS.secretKey,
        idempotencyKey: 'shared-key',
        body: { status: 'on_hold' },
      });
      assert.equal(seller.status, 200);
      const asBuyer = await call(server.url, 'POST', `/v1/orders/${DEMO_FIXTURES.orders.awaiting_shipment}/cancel`, {
        token: buyer,
        idempotencyKey: 'shared-key',
        body: {},
      });
      assert.equal(asBuyer.status, 200, asBuyer.text);
      assert.equal(asBuyer.json.status, 'cancelled');
    });

    it('runs ten concurrent requests with one key exactly once', async () => {
      const before = await countOrders(server);
      const eventsBefore = await countCreatedEvents(server);
      const results = await Promise.all(
        Array.from({ length: 10 }, () =>
          call(server.url, 'POST', '/v1/orders', {
            token: DEMO_KEYS.secretKey,
            idempotencyKey: 'burst-1',
            body: newOrder('Burst'),
          }),
        ),
      );
      assert.equal(await countOrders(server), before + 1);
      const created = results.filter((r) => r.status === 201);
      assert.ok(created.length >= 1);
      assert.ok(
        created.every((r) => r.text === created[0]!.text),
        'every success is the same order',
      );
      for (const r of results.filter((r) => r.status !== 201)) {
        assert.deepEqual([r.status, r.json.code, r.headers.get('retry-after')], [409, 'idempotency_in_progress', '1']);
      }
      assert.equal(await countCreatedEvents(server), eventsBefore + 1, 'exactly one order.created event');
    });

    it('rejects keys that are too long or not printable ASCII', async () => {
      const long = await call(server.url, 'POST', '/v1/orders', {
        token: DEMO_KEYS.secretKey,
        idempotencyKey: 'k'.repeat(256),
        body: newOrder(),
      });
      assert.deepEqual([long.status, long.json.code], [400, 'invalid_idempotency_key']);
      const ok = await call(server.url, 'POST', '/v1/orders', {
        token: DEMO_KEYS.secretKey,
        idempotencyKey: 'k'.repeat(255),
        body: newOrder(),
      });
      assert.equal(ok.status, 201);
    });

    it('keeps keys for at least 24 hours and forgets them after the retention period', async () => {
      let clock = Date.now();
      const timed = await startTestServer({ backend, config: { now: () => new Date(clock) } });
      try {
        const first = await call(timed.url, 'POST', '/v1/orders', {
          token: DEMO_KEYS.secretKey,
          idempotencyKey: 'ttl',
          body: newOrder(),
        });
        clock += 24 * 3600_000;
        const dayLater = await call(timed.url, 'POST', '/v1/orders', {
          token: DEMO_KEYS.secretKey,
          idempotencyKey: 'ttl',
          body: newOrder(),
        });
        assert.equal(dayLater.text, first.text);
        clock += 25 * 3600_000;
        const muchLater = await call(timed.url, 'POST', '/v1/orders', {
          token: DEMO_KEYS.secretKey,
          idempotencyKey: 'ttl',
          body: newOrder(),
        });
        assert.equal(muchLater.status, 201);
        assert.notEqual(muchLater.json.id, first.json.id);
      } finally {
        await timed.close();
      }
    });
  });
}

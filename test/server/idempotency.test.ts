import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { IDEMPOTENCY_KEY_RETENTION_HOURS } from '@txassist/contract';
import { DEFAULT_CONFIG, DEMO_FIXTURES, DEMO_KEYS, purgeClosedOrderData } from '@txassist/server';
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
      // Each answer is one of two things: the one run (201), or a replay of it / a 409 while it runs.
      const ran = results.filter((r) => r.status === 201 && r.headers.get('idempotent-replayed') === null);
      assert.equal(ran.length, 1, 'exactly one answer comes from running the request');
      for (const r of results.filter((r) => r !== ran[0])) {
        if (r.status === 201) {
          assert.equal(r.headers.get('idempotent-replayed'), 'true');
          assert.equal(r.text, ran[0]!.text, 'a replay is the same order');
        } else {
          assert.deepEqual(
            [r.status, r.json.code, r.headers.get('retry-after')],
            [409, 'idempotency_in_progress', '1'],
          );
        }
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
      for (const key of ['has space', 'caf\u00e9']) {
        const bad = await call(server.url, 'POST', '/v1/orders', {
          token: DEMO_KEYS.secretKey,
          idempotencyKey: key,
          body: newOrder(),
        });
        assert.deepEqual([bad.status, bad.json?.code], [400, 'invalid_idempotency_key'], JSON.stringify(key));
      }
      const ok = await call(server.url, 'POST', '/v1/orders', {
        token: DEMO_KEYS.secretKey,
        idempotencyKey: 'k'.repeat(255),
        body: newOrder(),
      });
      assert.equal(ok.status, 201);
    });

    it('releases the key after a 5xx: a retry with the same key runs again', async () => {
      const before = await countOrders(server);
      await server.services.db.exec('alter table orders rename to orders_unavailable');
      let failed;
      try {
        failed = await call(server.url, 'POST', '/v1/orders', {
          token: DEMO_KEYS.secretKey,
          idempotencyKey: 'after-500',
          body: newOrder('After 500'),
        });
      } finally {
        await server.services.db.exec('alter table orders_unavailable rename to orders');
      }
      assert.deepEqual([failed.status, failed.json.code], [500, 'internal_error']);
      const retry = await call(server.url, 'POST', '/v1/orders', {
        token: DEMO_KEYS.secretKey,
        idempotencyKey: 'after-500',
        body: newOrder('After 500'),
      });
      assert.equal(retry.status, 201, retry.text);
      assert.equal(retry.headers.get('idempotent-replayed'), null);
      assert.equal(await countOrders(server), before + 1);
    });

    it('releases the key after a 429: a retry with the same key runs once the window passes', async () => {
      let clock = Date.now();
      const limited = await startTestServer({
        backend,
        config: {
          now: () => new Date(clock),
          rateLimits: {
            createSession: { limit: 1, windowMs: 60_000 },
            guestLookup: { limit: 10, windowMs: 60_000 },
          },
        },
      });
      try {
        const session = (key: string) =>
          call(limited.url, 'POST', '/v1/sessions', {
            token: DEMO_KEYS.secretKey,
            idempotencyKey: key,
            body: { buyer: { id: BUYER } },
          });
        assert.equal((await session('rate-1')).status, 201);
        const refused = await session('rate-2');
        assert.deepEqual([refused.status, refused.json.code], [429, 'rate_limited']);
        clock += 61_000;
        const retry = await session('rate-2');
        assert.equal(retry.status, 201, retry.text);
        assert.match(retry.json.token, /^ses_/);
      } finally {
        await limited.close();
      }
    });

    it('never stores a response that carries a credential; a replay gets 409 idempotency_key_used', async () => {
      const requests = [
        { path: '/v1/sessions', token: DEMO_KEYS.secretKey, body: { buyer: { id: BUYER } }, secret: 'token' },
        {
          path: '/v1/guest/order-lookups',
          headers: { 'X-Tx-Publishable-Key': DEMO_KEYS.publishableKey },
          body: { order_number: 'TX-1001', email: DEMO_FIXTURES.buyers[0].email },
          secret: 'token',
        },
        {
          path: '/v1/webhook-endpoints',
          token: DEMO_KEYS.secretKey,
          body: { url: 'https://example.com/hooks', events: ['order.updated'] },
          secret: 'secret',
        },
      ];
      for (const { path, secret, ...options } of requests) {
        const key = `credential-${path}`;
        const first = await call(server.url, 'POST', path, { ...options, idempotencyKey: key });
        assert.equal(first.status, 201, first.text);
        const credential = first.json[secret] as string;
        assert.ok(credential);
        const replay = await call(server.url, 'POST', path, { ...options, idempotencyKey: key });
        assert.deepEqual([replay.status, replay.json.code], [409, 'idempotency_key_used'], `${path}: ${replay.text}`);
        assert.ok(!replay.text.includes(credential), `${path}: the credential is not sent twice`);
        const { rows } = await server.services.db.query<{ response_body: string | null }>(
          'select response_body from idempotency_keys where key = $1',
          [key],
        );
        assert.deepEqual(rows, [{ response_body: null }], `${path}: no response kept`);
      }
    });

    it(`keeps keys ${IDEMPOTENCY_KEY_RETENTION_HOURS} h (one figure in config, OpenAPI and the API docs) and forgets them after`, async () => {
      const retentionMs = IDEMPOTENCY_KEY_RETENTION_HOURS * 3600_000;
      assert.ok(IDEMPOTENCY_KEY_RETENTION_HOURS >= 24);
      assert.equal(DEFAULT_CONFIG.idempotencyTtlMs, retentionMs);
      const openapi = await call(server.url, 'GET', '/openapi.json');
      const described: string = openapi.json.components.parameters.IdempotencyKey.description;
      assert.match(described, new RegExp(`within ${IDEMPOTENCY_KEY_RETENTION_HOURS} h\\b`));
      const apiDocs = (await readFile(new URL('../../docs/api/README.md', import.meta.url), 'utf8')).replace(
        /\s+/g,
        ' ',
      );
      assert.ok(
        apiDocs.includes(`Keys are kept ${IDEMPOTENCY_KEY_RETENTION_HOURS} h per caller`),
        'docs/api/README.md gives the figure',
      );

      let clock = Date.now();
      const timed = await startTestServer({ backend, config: { now: () => new Date(clock) } });
      try {
        const send = () =>
          call(timed.url, 'POST', '/v1/orders', {
            token: DEMO_KEYS.secretKey,
            idempotencyKey: 'ttl',
            body: newOrder(),
          });
        const first = await send();
        const unused = await call(timed.url, 'POST', '/v1/orders', {
          token: DEMO_KEYS.secretKey,
          idempotencyKey: 'ttl-never-reused',
          body: newOrder(),
        });
        assert.equal(unused.status, 201);
        clock += retentionMs - 60_000;
        const justBefore = await send();
        assert.equal(justBefore.text, first.text);
        clock += 120_000;
        const after = await send();
        assert.equal(after.status, 201);
        assert.notEqual(after.json.id, first.json.id);
        // The retention loop deletes expired records (their answers hold personal data) even when never reused.
        await purgeClosedOrderData(timed.services);
        const { rows } = await timed.services.db.query(`select key from idempotency_keys where key like 'ttl%'`);
        assert.deepEqual(rows, [{ key: 'ttl' }], 'only the record made after the retention period is left');
      } finally {
        await timed.close();
      }
    });
  });
}

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEMO_FIXTURES, DEMO_KEYS } from '@txassist/server';
import { call } from '../support/http.js';
import { BACKENDS, startTestServer, type TestServer } from '../support/server.js';

const PK = { 'X-Tx-Publishable-Key': DEMO_KEYS.publishableKey };
const withoutRequestId = ({ request_id: _, ...rest }: Record<string, unknown>) => rest;

for (const backend of BACKENDS) {
  describe(`guest order lookup (${backend})`, () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer({
        backend,
        config: {
          rateLimits: { guestLookup: { limit: 5, windowMs: 60_000 }, createSession: { limit: 3, windowMs: 60_000 } },
        },
      });
    });
    after(() => server?.close());

    it('gives a session limited to the one order', async () => {
      const result = await call(server.url, 'POST', '/v1/guest/order-lookups', {
        headers: PK,
        body: { order_number: 'tx-1006', email: 'ADA@example.com' },
      });
      assert.equal(result.status, 201, result.text);
      assert.equal(result.json.order_id, DEMO_FIXTURES.orders.in_transit);
      const own = await call(server.url, 'GET', `/v1/orders/${DEMO_FIXTURES.orders.in_transit}`, {
        token: result.json.token,
      });
      assert.equal(own.status, 200);
      const sibling = await call(server.url, 'GET', `/v1/orders/${DEMO_FIXTURES.orders.delivered}`, {
        token: result.json.token,
      });
      assert.equal(sibling.status, 404, 'a guest session reads only its order, not the buyer’s other orders');
      const list = await call(server.url, 'GET', '/v1/orders', { token: result.json.token });
      assert.deepEqual(
        list.json.data.map((o: { id: string }) => o.id),
        [DEMO_FIXTURES.orders.in_transit],
      );
    });

    it('answers the same for an unknown order and a wrong email', async () => {
      const wrongEmail = await call(server.url, 'POST', '/v1/guest/order-lookups', {
        headers: PK,
        body: { order_number: 'TX-1001', email: 'mallory@example.com' },
      });
      const unknown = await call(server.url, 'POST', '/v1/guest/order-lookups', {
        headers: PK,
        body: { order_number: 'TX-9999', email: 'ada@example.com' },
      });
      assert.equal(wrongEmail.status, 404);
      assert.deepEqual(withoutRequestId(wrongEmail.json), withoutRequestId(unknown.json));
    });

    it('needs a publishable key', async () => {
      const result = await call(server.url, 'POST', '/v1/guest/order-lookups', {
        body: { order_number: 'TX-1001', email: 'ada@example.com' },
      });
      assert.deepEqual([result.status, result.json.code], [401, 'unauthenticated']);
    });

    it('rate limits lookups with 429 and Retry-After', async () => {
      const statuses: number[] = [];
      let limited;
      for (let i = 0; i < 8; i++) {
        const result = await call(server.url, 'POST', '/v1/guest/order-lookups', {
          headers: PK,
          body: { order_number: `TX-${2000 + i}`, email: 'guess@example.com' },
        });
        statuses.push(result.status);
        if (result.status === 429) limited = result;
      }
      assert.ok(statuses.includes(429), `statuses: ${statuses.join(',')}`);
      assert.equal(limited!.json.code, 'rate_limited');
      assert.ok(Number(limited!.headers.get('retry-after')) >= 1);
    });

    it('rate limits session creation per seller', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) {
        const result = await call(server.url, 'POST', '/v1/sessions', {
          token: DEMO_KEYS.secretKey,
          body: { buyer: { id: DEMO_FIXTURES.buyers[0].id } },
        });
        statuses.push(result.status);
      }
      assert.deepEqual(statuses, [201, 201, 201, 429, 429]);
    });
  });
}

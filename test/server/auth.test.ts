import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEMO_FIXTURES, DEMO_KEYS } from '@txassist/server';
import { call, buyerToken } from '../support/http.js';
import { staffToken } from '../support/staff.js';
import { BACKENDS, startTestServer, type TestServer } from '../support/server.js';

const ORDER = DEMO_FIXTURES.orders.in_transit;
const FOREIGN = DEMO_FIXTURES.otherBuyerOrder.id;

/** Everything of a problem body except the per-request id. */
const withoutRequestId = ({ request_id: _, ...rest }: Record<string, unknown>) => rest;

for (const backend of BACKENDS) {
  describe(`authorisation (${backend})`, () => {
    let server: TestServer;
    let clock = Date.now();
    let token: string;
    before(async () => {
      server = await startTestServer({ backend, config: { now: () => new Date(clock) } });
      token = await buyerToken(server.url);
    });
    after(() => server?.close());

    it('answers 401 problem+json without a token', async () => {
      const result = await call(server.url, 'GET', `/v1/orders/${ORDER}`);
      assert.equal(result.status, 401);
      assert.equal(result.headers.get('content-type'), 'application/problem+json');
      assert.equal(result.json.code, 'unauthenticated');
      assert.match(result.json.request_id, /^req_/);
      assert.equal(result.headers.get('x-request-id'), result.json.request_id);
    });

    it('answers 401 for a malformed Authorization header, an unknown session and an unknown secret key', async () => {
      const basic = await call(server.url, 'GET', '/v1/orders', { headers: { Authorization: 'Basic abc' } });
      assert.equal(basic.status, 401);
      const unknown = await call(server.url, 'GET', '/v1/orders', { token: 'ses_doesnotexist' });
      assert.deepEqual([unknown.status, unknown.json.code], [401, 'unauthenticated']);
      const badKey = await call(server.url, 'GET', '/v1/orders', { token: 'sk_test_wrong' });
      assert.deepEqual([badKey.status, badKey.json.code], [401, 'invalid_api_key']);
    });

    it('lets the buyer read their own order', async () => {
      const result = await call(server.url, 'GET', `/v1/orders/${ORDER}`, { token });
      assert.equal(result.status, 200);
      assert.equal(result.json.id, ORDER);
      assert.equal(result.json.buyer_id, DEMO_FIXTURES.buyers[0].id);
    });

    it("answers 404 for another buyer's order, with the same body as for an order that does not exist", async () => {
      const foreign = await call(server.url, 'GET', `/v1/orders/${FOREIGN}`, { token });
      const missing = await call(server.url, 'GET', '/v1/orders/ord_doesnotexist00', { token });
      assert.equal(foreign.status, 404);
      assert.equal(missing.status, 404);
      assert.deepEqual(withoutRequestId(foreign.json), withoutRequestId(missing.json));
      assert.ok(!foreign.text.includes(DEMO_FIXTURES.buyers[1].id));
      assert.ok(!foreign.text.includes('Matcha'));
    });

    it("does not list another buyer's orders", async () => {
      const result = await call(server.url, 'GET', '/v1/orders?limit=100', { token });
      assert.equal(result.status, 200);
      assert.equal(result.json.data.length, 9);
      assert.ok(result.json.data.every((order: { buyer_id: string }) => order.buyer_id === DEMO_FIXTURES.buyers[0].id));
    });

    it('answers 403 when a buyer calls a seller-only route or a secret-key route', async () => {
      const create = await call(server.url, 'POST', '/v1/orders', {
        token,
        body: {
          buyer_id: DEMO_FIXTURES.buyers[0].id,
          currency: 'USD',
          line_items: [{ title: 'x', quantity: 1, unit_amount: 1 }],
        },
      });
      assert.deepEqual([create.status, create.json.code], [403, 'forbidden']);
      const session = await call(server.url, 'POST', '/v1/sessions', {
        token,
        body: { buyer: { id: DEMO_FIXTURES.buyers[1].id } },
      });
      assert.deepEqual([session.status, session.json.code], [403, 'forbidden']);
      const status = await call(server.url, 'POST', `/v1/orders/${ORDER}/status`, {
        token,
        body: { status: 'delivered' },
      });
      assert.equal(status.status, 403);
    });

    it('answers 403 when staff call a buyer/seller-only route', async () => {
      const result = await call(server.url, 'GET', '/v1/events', { token: await staffToken(server, 'agent') });
      assert.deepEqual([result.status, result.json.code], [403, 'forbidden']);
    });

    it("shows a seller only its own orders and 404 for another seller's", async () => {
      await server.services.db.query(
        `insert into sellers (id, name, secret_key_hash, publishable_key) values ('sel_otherseller1', 'Other', encode(sha256('sk_test_other'::bytea), 'hex'), 'pk_test_other')`,
      );
      const other = await call(server.url, 'GET', `/v1/orders/${ORDER}`, { token: 'sk_test_other' });
      assert.equal(other.status, 404);
      const list = await call(server.url, 'GET', '/v1/orders', { token: 'sk_test_other' });
      assert.deepEqual(list.json.data, []);
      const own = await call(server.url, 'GET', `/v1/orders/${ORDER}`, { token: DEMO_KEYS.secretKey });
      assert.equal(own.status, 200);
    });

    it('refuses a publishable key of another seller next to a session token', async () => {
      const result = await call(server.url, 'GET', `/v1/orders/${ORDER}`, {
        token,
        headers: { 'X-Tx-Publishable-Key': 'pk_test_other' },
      });
      assert.deepEqual([result.status, result.json.code], [401, 'invalid_api_key']);
      const ok = await call(server.url, 'GET', `/v1/orders/${ORDER}`, {
        token,
        headers: { 'X-Tx-Publishable-Key': DEMO_KEYS.publishableKey },
      });
      assert.equal(ok.status, 200);
    });

    it('expires sessions: 401 session_expired after the TTL', async () => {
      const session = await call(server.url, 'POST', '/v1/sessions', {
        token: DEMO_KEYS.secretKey,
        body: { buyer: { id: DEMO_FIXTURES.buyers[0].id }, ttl_seconds: 60 },
      });
      assert.equal(session.status, 201);
      assert.equal((await call(server.url, 'GET', '/v1/orders', { token: session.json.token })).status, 200);
      clock += 61_000;
      const expired = await call(server.url, 'GET', '/v1/orders', { token: session.json.token });
      assert.deepEqual([expired.status, expired.json.code], [401, 'session_expired']);
    });

    it('creates buyers on first use by external id and refuses unknown buyer ids', async () => {
      const created = await call(server.url, 'POST', '/v1/sessions', {
        token: DEMO_KEYS.secretKey,
        body: { buyer: { external_id: 'shop-user-77', email: 'carol@example.com' } },
      });
      assert.equal(created.status, 201);
      assert.match(created.json.buyer_id, /^byr_/);
      const again = await call(server.url, 'POST', '/v1/sessions', {
        token: DEMO_KEYS.secretKey,
        body: { buyer: { external_id: 'shop-user-77' } },
      });
      assert.equal(again.json.buyer_id, created.json.buyer_id);
      const unknown = await call(server.url, 'POST', '/v1/sessions', {
        token: DEMO_KEYS.secretKey,
        body: { buyer: { id: 'byr_doesnotexist00' } },
      });
      assert.equal(unknown.status, 404);
      const neither = await call(server.url, 'POST', '/v1/sessions', {
        token: DEMO_KEYS.secretKey,
        body: { buyer: {} },
      });
      assert.equal(neither.status, 422);
    });
  });
}

describe('demo keys outside demo mode', () => {
  it('refuses sk_test_demo and pk_test_demo when the server does not run in demo mode', async () => {
    const { openTestDatabase } = await import('../support/database.js');
    const { seedDemo, startServer, FieldCipher, DEV_MASTER_KEY } = await import('@txassist/server');
    const database = await openTestDatabase('pglite');
    await seedDemo(database.db, await FieldCipher.open(database.db, [DEV_MASTER_KEY]), new Date());
    const server = await startServer({ port: 0, database: database.db, demo: false, logLevel: 'silent' });
    try {
      const secret = await call(server.url, 'GET', '/v1/orders', { token: DEMO_KEYS.secretKey });
      assert.deepEqual([secret.status, secret.json.code], [401, 'invalid_api_key']);
      const guest = await call(server.url, 'POST', '/v1/guest/order-lookups', {
        headers: { 'X-Tx-Publishable-Key': DEMO_KEYS.publishableKey },
        body: { order_number: 'TX-1001', email: 'ada@example.com' },
      });
      assert.deepEqual([guest.status, guest.json.code], [401, 'invalid_api_key']);
    } finally {
      await server.close();
      await database.drop();
    }
  });

  it('refuses to start in demo mode when NODE_ENV=production', async () => {
    const { startServer } = await import('@txassist/server');
    const previous = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await assert.rejects(() => startServer({ port: 0, demo: true, logLevel: 'silent' }), /Demo mode is refused/);
    } finally {
      process.env.NODE_ENV = previous;
    }
  });
});

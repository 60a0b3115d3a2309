import assert from 'node:assert/strict';
import { request } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { DEFAULT_CONFIG, DEMO_FIXTURES, DEMO_KEYS } from '@txassist/server';
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
          rateLimits: { ...DEFAULT_CONFIG.rateLimits, createSession: { limit: 3, windowMs: 60_000 } },
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

interface LookupAnswer {
  status: number;
  retryAfter: string | undefined;
  code: string | undefined;
}

/** A guest lookup sent from `localAddress`: each loopback address (127.0.0.1, 127.0.0.2, …) is another client. */
function lookupFrom(base: string, localAddress: string, orderNumber: string): Promise<LookupAnswer> {
  const body = JSON.stringify({ order_number: orderNumber, email: 'guess@example.com' });
  return new Promise((resolve, reject) => {
    const outgoing = request(
      new URL('/v1/guest/order-lookups', base),
      {
        method: 'POST',
        localAddress,
        headers: { ...PK, 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            retryAfter: response.headers['retry-after'],
            code: (JSON.parse(text) as { code?: string }).code,
          }),
        );
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

describe('guest lookup rate limit (default configuration)', () => {
  let clock = Date.now();
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ config: { now: () => new Date(clock) } });
  });
  after(() => server?.close());

  it('allows 10 lookups a minute per client: the 11th gets 429 with Retry-After, another client is not affected', async () => {
    const from = (client: string, attempt: number) => lookupFrom(server.url, client, `TX-${3000 + attempt}`);
    const first = [];
    for (let attempt = 0; attempt < 10; attempt++) first.push((await from('127.0.0.1', attempt)).status);
    assert.deepEqual(first, Array(10).fill(404), 'ten guesses are answered');
    const eleventh = await from('127.0.0.1', 10);
    assert.deepEqual([eleventh.status, eleventh.code, eleventh.retryAfter], [429, 'rate_limited', '60']);

    assert.equal((await from('127.0.0.2', 11)).status, 404, 'another client still gets answers');
    assert.equal((await from('127.0.0.1', 12)).status, 429, 'the first client is still limited');

    clock += 60_000;
    assert.equal((await from('127.0.0.1', 13)).status, 404, 'a minute later the first client is answered again');
  });
});

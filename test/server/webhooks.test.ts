import assert from 'node:assert/strict';
import { lookup } from 'node:dns/promises';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { createServer as createTcpServer, type AddressInfo } from 'node:net';
import { hostname } from 'node:os';
import { after, before, describe, it } from 'node:test';
import { TxEvent, WEBHOOK_MAX_ATTEMPTS } from '@txassist/contract';
import { DEMO_FIXTURES, DEMO_KEYS, deliverDueWebhooks, verifyWebhook, webhookBackoffMs } from '@txassist/server';
import { call } from '../support/http.js';
import { BACKENDS, startTestServer, type TestServer } from '../support/server.js';

/** A seller's endpoint: records what arrives; fails while `failing` is true. */
async function startReceiver() {
  const received: { body: string; signature: string | undefined }[] = [];
  const state = { failing: false };
  const server: Server = createServer((request: IncomingMessage, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      received.push({ body, signature: request.headers['tx-signature'] as string | undefined });
      response.writeHead(state.failing ? 503 : 204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`,
    received,
    state,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

for (const backend of BACKENDS) {
  describe(`seller webhooks (${backend})`, () => {
    let clock = Date.now();
    let server: TestServer;
    let receiver: Awaited<ReturnType<typeof startReceiver>>;
    let secret: string;
    let endpointId: string;
    before(async () => {
      receiver = await startReceiver();
      server = await startTestServer({ backend, config: { now: () => new Date(clock), backgroundLoops: false } });
      const endpoint = await call(server.url, 'POST', '/v1/webhook-endpoints', {
        token: DEMO_KEYS.secretKey,
        body: { url: receiver.url, events: ['order.updated'] },
      });
      assert.equal(endpoint.status, 201, endpoint.text);
      secret = endpoint.json.secret;
      endpointId = endpoint.json.id;
      assert.match(secret, /^whsec_/);
    });
    after(async () => {
      await server?.close();
      await receiver?.close();
    });

    const deliveries = async (status?: string) =>
      (
        await call(server.url, 'GET', `/v1/webhook-deliveries${status ? `?status=${status}` : ''}`, {
          token: DEMO_KEYS.secretKey,
        })
      ).json.data;

    it('delivers subscribed events signed with the endpoint secret', async () => {
      await call(server.url, 'POST', `/v1/orders/${DEMO_FIXTURES.orders.unpaid}/status`, {
        token: DEMO_KEYS.secretKey,
        body: { status: 'on_hold' },
      });
      await deliverDueWebhooks(server.services);
      assert.equal(receiver.received.length, 1);
      const [delivery] = receiver.received;
      assert.equal(await verifyWebhook(delivery!.body, delivery!.signature, [secret], new Date(), 300), 'ok');
      assert.equal(
        await verifyWebhook(delivery!.body, delivery!.signature, ['whsec_other'], new Date(), 300),
        'mismatch',
      );
      const event = TxEvent.parse(JSON.parse(delivery!.body));
      assert.ok(event.type === 'order.updated');
      assert.equal(event.data.object.status, 'on_hold');
      const [record] = await deliveries();
      assert.deepEqual([record.status, record.attempts, record.last_response_status], ['delivered', 1, 204]);
    });

    it('retries failures with growing backoff, then dead-letters them where the seller can see', async () => {
      receiver.state.failing = true;
      const before = receiver.received.length;
      await call(server.url, 'POST', `/v1/orders/${DEMO_FIXTURES.orders.unpaid}/status`, {
        token: DEMO_KEYS.secretKey,
        body: { status: 'awaiting_shipment' },
      });
      const waits: number[] = [];
      for (let attempt = 1; attempt <= WEBHOOK_MAX_ATTEMPTS; attempt++) {
        assert.equal(await deliverDueWebhooks(server.services), 1, `attempt ${attempt} was due`);
        assert.equal(await deliverDueWebhooks(server.services), 0, 'nothing is due before the backoff elapses');
        const [pending] = await deliveries('pending');
        if (attempt < WEBHOOK_MAX_ATTEMPTS) {
          const wait = Date.parse(pending.next_attempt_at) - clock;
          waits.push(wait);
          clock += wait + 1;
        }
      }
      assert.equal(receiver.received.length - before, WEBHOOK_MAX_ATTEMPTS);
      waits.forEach((wait, i) => {
        const base = Math.min(30_000 * 2 ** i, 12 * 3600_000); // doubling from 30 s, capped at 12 h
        assert.ok(
          wait >= base * 0.75 - 1000 && wait <= base * 1.25 + 1000,
          `wait ${i + 1} is ${wait} ms, expected about ${base}`,
        );
      });
      assert.ok(waits.reduce((a, b) => a + b, 0) > 2 * 24 * 3600_000, 'retries go on for days');
      const dead = await deliveries('dead');
      assert.equal(dead.length, 1);
      assert.equal(dead[0].last_error, 'HTTP 503');
      assert.equal(dead[0].endpoint_id, endpointId);
      receiver.state.failing = false;
    });

    it('sends only subscribed event types, and never to another seller', async () => {
      const before = receiver.received.length;
      await call(server.url, 'POST', '/v1/orders', {
        token: DEMO_KEYS.secretKey,
        body: {
          buyer_id: DEMO_FIXTURES.buyers[0].id,
          currency: 'USD',
          line_items: [{ title: 'x', quantity: 1, unit_amount: 1 }],
        },
      });
      await deliverDueWebhooks(server.services);
      assert.equal(receiver.received.length, before, 'order.created is not subscribed');
      const buyerCall = await call(server.url, 'GET', '/v1/webhook-deliveries', { token: 'ses_notvalid' });
      assert.equal(buyerCall.status, 401);
    });

    it('validates endpoints', async () => {
      const bad = await call(server.url, 'POST', '/v1/webhook-endpoints', {
        token: DEMO_KEYS.secretKey,
        body: { url: 'ftp://x', events: ['nope'] },
      });
      assert.equal(bad.status, 422);
      assert.deepEqual(bad.json.errors.map((e: { path: string }) => e.path).sort(), ['events.0', 'url']);
    });
  });
}

/** Counts TCP connections: proves a refused delivery never even connected. */
async function startConnectionCounter() {
  const state = { connections: 0 };
  const server = createTcpServer((socket) => {
    state.connections++;
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    state,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

for (const backend of BACKENDS) {
  describe(`webhook destinations outside demo and development (${backend})`, () => {
    let server: TestServer;
    let counter: Awaited<ReturnType<typeof startConnectionCounter>>;
    before(async () => {
      counter = await startConnectionCounter();
      // Demo data for the keys; `public` is what a server outside demo mode and development uses.
      server = await startTestServer({ backend, config: { webhookDestinations: 'public', backgroundLoops: false } });
    });
    after(async () => {
      await server?.close();
      await counter?.close();
    });

    const register = (url: string) =>
      call(server.url, 'POST', '/v1/webhook-endpoints', {
        token: DEMO_KEYS.secretKey,
        body: { url, events: ['order.updated'] },
      });

    it('refuses plain HTTP and loopback, private, link-local and other non-public destinations', async () => {
      // This machine's own name resolves to one of its addresses: a name that is not "localhost" but
      // still points inside (what a seller, or an attacker, can set up with DNS).
      const own = hostname();
      const ownAddresses = await lookup(own, { all: true });
      assert.ok(ownAddresses.length > 0, `${own} resolves`);
      const cases: [string, string][] = [
        [`http://127.0.0.1:${counter.port}/hooks`, 'insecure_url'],
        ['http://hooks.example.com/hooks', 'insecure_url'],
        ['https://127.0.0.1/hooks', 'private_destination'],
        ['https://localhost/hooks', 'private_destination'],
        ['https://api.localhost/hooks', 'private_destination'],
        ['https://0x7f000001/hooks', 'private_destination'],
        ['https://[::1]/hooks', 'private_destination'],
        ['https://[::ffff:127.0.0.1]/hooks', 'private_destination'],
        ['https://[64:ff9b::a9fe:a9fe]/hooks', 'private_destination'],
        ['https://[fe80::1]/hooks', 'private_destination'],
        ['https://[fd00::1]/hooks', 'private_destination'],
        ['https://169.254.169.254/latest/meta-data', 'private_destination'],
        ['https://10.1.2.3/hooks', 'private_destination'],
        ['https://172.16.0.1/hooks', 'private_destination'],
        ['https://192.168.1.10/hooks', 'private_destination'],
        ['https://100.64.0.1/hooks', 'private_destination'],
        ['https://0.0.0.0/hooks', 'private_destination'],
        [`https://${own}:${counter.port}/hooks`, 'private_destination'],
      ];
      for (const [url, code] of cases) {
        const answer = await register(url);
        assert.equal(answer.status, 422, `${url}: ${answer.text}`);
        assert.equal(answer.json.code, 'validation_failed');
        assert.deepEqual(
          answer.json.errors.map((error: { path: string; code: string }) => [error.path, error.code]),
          [['url', code]],
          url,
        );
      }
      const stored = await server.services.db.query('select 1 from webhook_endpoints');
      assert.equal(stored.rows.length, 0, 'nothing was registered');
    });

    it('accepts HTTPS to a public address', async () => {
      for (const url of ['https://93.184.215.14/hooks', 'https://[2606:4700:4700::1111]/hooks']) {
        const answer = await register(url);
        assert.equal(answer.status, 201, `${url}: ${answer.text}`);
      }
      await server.services.db.query('delete from webhook_endpoints');
    });

    it('checks again when delivering: a name that now resolves inside, or an old http URL, is never connected to', async () => {
      // Endpoints stored earlier (under another policy, or while the name still resolved publicly).
      const secret = await server.services.cipher.encrypt('whsec_test', 'webhook_endpoints.secret');
      const urls = [`https://${hostname()}:${counter.port}/hooks`, `http://127.0.0.1:${counter.port}/hooks`];
      for (const [index, url] of urls.entries()) {
        await server.services.db.query(
          `insert into webhook_endpoints (id, seller_id, url, events, secret, created_at) values ($1, $2, $3, $4, $5, $6)`,
          [
            `whe_rebinding${index}abc`,
            DEMO_FIXTURES.seller.id,
            url,
            '["order.updated"]',
            secret,
            new Date().toISOString(),
          ],
        );
      }
      await call(server.url, 'POST', `/v1/orders/${DEMO_FIXTURES.orders.unpaid}/status`, {
        token: DEMO_KEYS.secretKey,
        body: { status: 'on_hold' },
      });
      assert.equal(await deliverDueWebhooks(server.services), 2);
      const answer = await call(server.url, 'GET', '/v1/webhook-deliveries', { token: DEMO_KEYS.secretKey });
      assert.deepEqual(
        answer.json.data.map((delivery: { status: string; last_error: string }) => [
          delivery.status,
          delivery.last_error,
        ]),
        [
          ['pending', 'destination_not_allowed'],
          ['pending', 'destination_not_allowed'],
        ],
      );
      assert.equal(counter.state.connections, 0, 'no connection was opened to the refused address');
    });
  });
}

describe('webhook backoff', () => {
  it('grows exponentially with jitter and is capped', () => {
    assert.ok(webhookBackoffMs(1, 0) >= 22_000 && webhookBackoffMs(1, 1) <= 38_000);
    assert.ok(webhookBackoffMs(5, 0.5) === 16 * 30_000);
    assert.ok(webhookBackoffMs(30, 1) <= 12 * 3600_000 * 1.25);
  });
});

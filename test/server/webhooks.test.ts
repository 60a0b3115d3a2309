import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
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

describe('webhook backoff', () => {
  it('grows exponentially with jitter and is capped', () => {
    assert.ok(webhookBackoffMs(1, 0) >= 22_000 && webhookBackoffMs(1, 1) <= 38_000);
    assert.ok(webhookBackoffMs(5, 0.5) === 16 * 30_000);
    assert.ok(webhookBackoffMs(30, 1) <= 12 * 3600_000 * 1.25);
  });
});

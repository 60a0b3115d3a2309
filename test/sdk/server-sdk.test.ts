// @txassist/sdk/server against the real reference server: buyer sessions, the seller's orders and refund
// decisions, webhook endpoints, and verifying a real delivery (bad signatures, stale timestamps).
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { createClient, AuthenticationError } from '@txassist/sdk';
import { createServerClient, WebhookSignatureError, type ServerClient } from '@txassist/sdk/server';
import { contractValidation } from '@txassist/sdk/validation';
import { deliverDueWebhooks } from '@txassist/server';
import { startTestServer, type TestServer } from '../support/server.js';
import { DEMO_KEYS, rejectionOf } from './helpers.js';

/** A seller endpoint that records each delivery's raw body and signature header. */
async function startReceiver() {
  const received: { body: string; signature: string | undefined }[] = [];
  const server: Server = createServer((request: IncomingMessage, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      received.push({ body, signature: request.headers['tx-signature'] as string | undefined });
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

let server: TestServer;
let seller: ServerClient;
let receiver: Awaited<ReturnType<typeof startReceiver>>;

before(async () => {
  receiver = await startReceiver();
  server = await startTestServer({ config: { backgroundLoops: false } });
  seller = createServerClient({
    apiBase: server.url,
    secretKey: DEMO_KEYS.secretKey,
    validateResponses: contractValidation,
    retryBaseDelay: 5,
  });
});
after(async () => {
  await server?.close();
  await receiver?.close();
});

/** A buyer of our own, made the way a storefront does on first sign-in. */
async function freshBuyerSession() {
  return seller.sessions.create({ buyer: { external_id: `ssdk-${randomUUID()}`, email: 'ssdk.buyer@example.com' } });
}

const lineItems = [{ title: 'Linen shirt', quantity: 1, unit_amount: 4_500 }];

describe('@txassist/sdk/server', { timeout: 60_000 }, () => {
  test('sessions.create mints a buyer token the browser client can use', async () => {
    const session = await freshBuyerSession();
    assert.match(session.token, /^ses_/);
    assert.equal(session.role, 'buyer');
    const buyer = createClient({ apiBase: server.url, getSessionToken: () => session.token });
    const page = await buyer.orders.list();
    assert.deepEqual(page.data, [], 'a new buyer has no orders');
  });

  test('orders.create, get, list and updateStatus act for the seller', async () => {
    const { buyer_id } = await freshBuyerSession();
    const order = await seller.orders.create({
      buyer_id,
      currency: 'EUR',
      line_items: lineItems,
      shipping_amount: 500,
    });
    assert.equal(order.buyer_id, buyer_id);
    assert.equal(order.amounts.total.amount, 5_000);
    assert.equal((await seller.orders.get(order.id)).id, order.id);
    const onHold = await seller.orders.updateStatus(order.id, { status: 'on_hold' });
    assert.equal(onHold.status, 'on_hold');
    const listed = await seller.orders.list({ number: order.number });
    assert.deepEqual(
      listed.data.map((each) => each.id),
      [order.id],
    );
  });

  test("a buyer's refund request is approved through refunds.approve", async () => {
    const session = await freshBuyerSession();
    const order = await seller.orders.create({ buyer_id: session.buyer_id, currency: 'EUR', line_items: lineItems });
    for (const status of ['awaiting_shipment', 'in_transit', 'delivered'] as const) {
      await seller.orders.updateStatus(order.id, { status });
    }
    const buyer = createClient({ apiBase: server.url, getSessionToken: () => session.token });
    const request = await buyer.refunds.request(order.id, {
      type: 'refund',
      reason: 'changed_mind',
      items: [{ line_item_id: order.line_items[0]!.id, quantity: 1 }],
    });
    const approved = await seller.refunds.approve(request.id);
    assert.notEqual(approved.status, request.status);
    assert.equal((await seller.refunds.get(request.id)).status, approved.status);
  });

  test('a wrong or missing secret key is refused with a stable code', async () => {
    assert.throws(() => createServerClient({ apiBase: server.url, secretKey: DEMO_KEYS.publishableKey }), TypeError);
    const stranger = createServerClient({ apiBase: server.url, secretKey: 'sk_test_not_a_real_key' });
    const error = await rejectionOf(stranger.orders.list());
    assert.ok(error instanceof AuthenticationError);
    assert.equal(error.code, 'invalid_api_key');
  });

  describe('webhooks.verify on a real delivery', () => {
    let body: string;
    let signature: string;
    let secret: string;

    before(async () => {
      const endpoint = await seller.webhookEndpoints.create({ url: receiver.url, events: ['order.updated'] });
      assert.deepEqual(endpoint.enabled_events, ['order.updated']);
      secret = endpoint.secret!;
      const { buyer_id } = await freshBuyerSession();
      const order = await seller.orders.create({ buyer_id, currency: 'EUR', line_items: lineItems });
      await seller.orders.updateStatus(order.id, { status: 'on_hold' });
      await deliverDueWebhooks(server.services);
      const delivery = receiver.received.find((each) => each.body.includes(order.id));
      assert.ok(delivery?.signature, 'the delivery arrived signed');
      body = delivery.body;
      signature = delivery.signature;
    });

    test('a genuine delivery verifies and parses', async () => {
      const event = await seller.webhooks.verify(body, signature, secret);
      assert.equal(event.type, 'order.updated');
      assert.equal(
        await seller.webhooks.verify(new TextEncoder().encode(body), signature, secret).then((e) => e.id),
        event.id,
      );
    });

    const refusal = async (promise: Promise<unknown>) => {
      const error = await rejectionOf(promise);
      assert.ok(error instanceof WebhookSignatureError, String(error));
      return error.code;
    };

    test('a changed body, another secret, a missing or malformed header are refused', async () => {
      assert.equal(
        await refusal(seller.webhooks.verify(body.replace('on_hold', 'delivered'), signature, secret)),
        'signature_mismatch',
      );
      assert.equal(await refusal(seller.webhooks.verify(body, signature, 'whsec_someone_else')), 'signature_mismatch');
      assert.equal(await refusal(seller.webhooks.verify(body, undefined, secret)), 'signature_missing');
      assert.equal(await refusal(seller.webhooks.verify(body, 'v1=abc', secret)), 'signature_malformed');
    });

    test('a timestamp outside the tolerance is refused, inside it accepted', async () => {
      const signedAt = Number(/t=(\d+)/.exec(signature)![1]) * 1000;
      const tenMinutesLater = new Date(signedAt + 10 * 60_000);
      assert.equal(
        await refusal(seller.webhooks.verify(body, signature, secret, { now: tenMinutesLater })),
        'timestamp_outside_tolerance',
      );
      const event = await seller.webhooks.verify(body, signature, secret, { now: tenMinutesLater, tolerance: 900 });
      assert.equal(event.type, 'order.updated');
    });
  });
});

/**
 * Creator one-tag checkout (issue 15): a guest checkout for one product with the publishable key
 * alone. Refused from unregistered origins, rate limited per client and per key, priced by the
 * server, idempotent, and the guest's session reaches only its own checkout and order.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { DEFAULT_CONFIG, DEMO_PRODUCTS } from '@txassist/server';
import { call } from '../support/http.js';
import { BACKENDS, startTestServer, type TestServer } from '../support/server.js';
import { ADDRESS, card, cardToken, freshBuyer, PK, place, readyCheckout, serverWithMail } from './payments-support.js';

/** A registered origin of the demo seller (demo fixtures). */
const CREATOR_ORIGIN = 'http://127.0.0.1:8070';
const SERUM = DEMO_PRODUCTS[0];
let sequence = 0;
const guestEmail = () => `guest-${Date.now()}-${++sequence}@example.test`;

function startGuest(
  url: string,
  body: Record<string, unknown>,
  options: { origin?: string | null; idempotencyKey?: string } = {},
) {
  const origin = options.origin === undefined ? CREATOR_ORIGIN : options.origin;
  return call(url, 'POST', '/v1/guest/checkouts', {
    headers: { 'X-Tx-Publishable-Key': PK, ...(origin ? { Origin: origin } : {}) },
    body,
    ...(options.idempotencyKey ? { idempotencyKey: options.idempotencyKey } : {}),
  });
}

/** A guest who has started a checkout for the serum; returns the guest's token and checkout id. */
async function guest(url: string): Promise<{ token: string; checkoutId: string; email: string }> {
  const email = guestEmail();
  const result = await startGuest(url, { product_id: SERUM.id, email });
  assert.equal(result.status, 201, result.text);
  return { token: result.json.session.token, checkoutId: result.json.checkout.id, email };
}

/** Pays a guest checkout with the success test card; returns the order id. */
async function payGuest(url: string, token: string, checkoutId: string): Promise<string> {
  const updated = await call(url, 'POST', `/v1/checkouts/${checkoutId}`, {
    token,
    body: { shipping_address: ADDRESS },
  });
  assert.equal(updated.status, 200, updated.text);
  const paid = await place(url, token, checkoutId, { type: 'card', token: await cardToken(url, card('success')) });
  assert.equal(paid.status, 200, paid.text);
  assert.equal(paid.json.status, 'succeeded');
  return paid.json.order_id;
}

for (const backend of BACKENDS) {
  describe(`guest checkout (${backend})`, () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer({ backend });
    });
    after(() => server?.close());

    it('is refused from a page that is not a registered origin, and without an Origin', async () => {
      for (const origin of ['https://elsewhere.example', 'http://127.0.0.1:9999', null]) {
        const result = await startGuest(server.url, { product_id: SERUM.id, email: guestEmail() }, { origin });
        assert.deepEqual([result.status, result.json.code], [403, 'origin_not_allowed'], `origin ${origin}`);
        assert.match(result.json.detail, /registered origins/);
      }
    });

    it('refuses a tracking link on another origin', async () => {
      const result = await startGuest(server.url, {
        product_id: SERUM.id,
        email: guestEmail(),
        track_url: 'https://phish.example/track',
      });
      assert.deepEqual([result.status, result.json.code], [422, 'validation_failed']);
      assert.equal(result.json.errors[0].path, 'track_url');
    });

    it('needs the publishable key, a known product and an email', async () => {
      const noKey = await call(server.url, 'POST', '/v1/guest/checkouts', {
        headers: { Origin: CREATOR_ORIGIN },
        body: { product_id: SERUM.id, email: guestEmail() },
      });
      assert.deepEqual([noKey.status, noKey.json.code], [401, 'unauthenticated']);
      const unknown = await startGuest(server.url, { product_id: 'prd_noSuchProduct1', email: guestEmail() });
      assert.deepEqual([unknown.status, unknown.json.code], [422, 'product_unavailable']);
      const noEmail = await startGuest(server.url, { product_id: SERUM.id, email: 'not-an-email' });
      assert.deepEqual([noEmail.status, noEmail.json.code], [422, 'validation_failed']);
    });

    it('is priced by the server, whatever the page sends', async () => {
      const result = await startGuest(server.url, {
        product_id: SERUM.id,
        quantity: 2,
        email: guestEmail(),
        unit_amount: 1,
        amount: 1,
      });
      assert.equal(result.status, 201, result.text);
      const { checkout } = result.json;
      assert.equal(checkout.items[0].unit_price.amount, SERUM.unit_amount);
      assert.equal(checkout.items[0].quantity, 2);
      assert.equal(checkout.amounts.subtotal.amount, SERUM.unit_amount * 2);
      assert.equal(result.json.session.order_id, null);
    });

    it('is idempotent: a replayed key starts no second checkout and never returns the token twice', async () => {
      const key = randomUUID();
      const email = guestEmail();
      const first = await startGuest(server.url, { product_id: SERUM.id, email }, { idempotencyKey: key });
      assert.equal(first.status, 201, first.text);
      const again = await startGuest(server.url, { product_id: SERUM.id, email }, { idempotencyKey: key });
      assert.deepEqual([again.status, again.json.code], [409, 'idempotency_key_used']);
      const other = await startGuest(
        server.url,
        { product_id: SERUM.id, email: guestEmail() },
        { idempotencyKey: key },
      );
      assert.deepEqual([other.status, other.json.code], [422, 'idempotency_conflict']);
      const { rows } = await server.services.db.query<{ n: number }>(
        'select count(*)::int as n from guest_checkouts g join buyers b on b.id = g.buyer_id where b.email_hash = $1',
        [await server.services.cipher.blindIndex(email, 'email')],
      );
      assert.equal(rows[0]!.n, 1);
    });

    it('reaches only its own checkout and order (guest × guest)', async () => {
      const ann = await guest(server.url);
      const bob = await guest(server.url);
      assert.equal(
        (await call(server.url, 'GET', `/v1/checkouts/${ann.checkoutId}`, { token: ann.token })).status,
        200,
      );
      for (const method of ['GET', 'POST'] as const) {
        const foreign = await call(server.url, method, `/v1/checkouts/${bob.checkoutId}`, {
          token: ann.token,
          ...(method === 'POST' ? { body: { shipping_address: ADDRESS } } : {}),
        });
        assert.deepEqual([foreign.status, foreign.json.code], [404, 'not_found'], `${method} another guest's checkout`);
      }
      const bobOrder = await payGuest(server.url, bob.token, bob.checkoutId);
      assert.equal((await call(server.url, 'GET', `/v1/orders/${bobOrder}`, { token: bob.token })).status, 200);
      assert.equal((await call(server.url, 'GET', `/v1/orders/${bobOrder}`, { token: ann.token })).status, 404);
      const annOrders = await call(server.url, 'GET', '/v1/orders', { token: ann.token });
      assert.deepEqual(annOrders.json.data, []);
    });

    it('reaches only its own checkout and order (buyer × guest)', async () => {
      const buyer = await freshBuyer(server.url, 'guest-scope');
      const buyerCheckout = await readyCheckout(server.url, buyer.token);
      const ann = await guest(server.url);
      const annOrder = await payGuest(server.url, ann.token, ann.checkoutId);
      assert.equal((await call(server.url, 'GET', `/v1/checkouts/${buyerCheckout}`, { token: ann.token })).status, 404);
      assert.equal(
        (await call(server.url, 'GET', `/v1/checkouts/${ann.checkoutId}`, { token: buyer.token })).status,
        404,
      );
      assert.equal((await call(server.url, 'GET', `/v1/orders/${annOrder}`, { token: buyer.token })).status, 404);
      const buyerOrders = await call(server.url, 'GET', '/v1/orders', { token: buyer.token });
      assert.ok(!buyerOrders.json.data.some((order: { id: string }) => order.id === annOrder));
      const annOrders = await call(server.url, 'GET', '/v1/orders', { token: ann.token });
      assert.deepEqual(
        annOrders.json.data.map((order: { id: string }) => order.id),
        [annOrder],
      );
    });
  });
}

describe('guest checkout rate limits', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({
      config: {
        rateLimits: {
          ...DEFAULT_CONFIG.rateLimits,
          guestCheckoutClient: { limit: 2, windowMs: 60_000 },
          guestCheckoutKey: { limit: 3, windowMs: 60_000 },
        },
        trustedProxies: ['127.0.0.1', '::1', '::ffff:127.0.0.1'],
      },
    });
  });
  after(() => server?.close());

  const from = (ip: string) =>
    call(server.url, 'POST', '/v1/guest/checkouts', {
      headers: { 'X-Tx-Publishable-Key': PK, Origin: CREATOR_ORIGIN, 'X-Forwarded-For': ip },
      body: { product_id: SERUM.id, email: guestEmail() },
    });

  it('limits one client, then the key whichever client asks, with Retry-After', async () => {
    const first = [await from('198.51.100.1'), await from('198.51.100.1'), await from('198.51.100.1')];
    assert.deepEqual(
      first.map((result) => result.status),
      [201, 201, 429],
    );
    assert.equal(first[2]!.json.code, 'rate_limited');
    assert.ok(Number(first[2]!.headers.get('Retry-After')) > 0, 'Retry-After says when to come back');
    // Another client still may, until the key's own limit (3 started) is reached.
    assert.equal((await from('198.51.100.2')).status, 201);
    const keyLimited = await from('198.51.100.3');
    assert.deepEqual([keyLimited.status, keyLimited.json.code], [429, 'rate_limited']);
    assert.ok(Number(keyLimited.headers.get('Retry-After')) > 0);
  });
});

describe('guest checkout confirmation email', () => {
  const env = serverWithMail('pglite');

  it('mails the guest a link to track the order through the guest lookup', async () => {
    const email = guestEmail();
    const started = await startGuest(env.server.url, {
      product_id: SERUM.id,
      email,
      track_url: `${CREATOR_ORIGIN}/track.html`,
    });
    assert.equal(started.status, 201, started.text);
    await payGuest(env.server.url, started.json.session.token, started.json.checkout.id);
    let mail: string | undefined;
    for (let tries = 0; tries < 400 && !mail; tries++) {
      mail = env.smtp.messages
        .filter((message) => message.to.includes(email))
        .map((message) => message.raw.replace(/=\r?\n/g, ''))
        .find((raw) => raw.includes('/track.html'));
      if (!mail) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    assert.ok(mail, 'a confirmation email with the tracking link');
    assert.match(mail, /Track your order at http:\/\/127\.0\.0\.1:8070\/track\.html with the order number TX-/);
  });
});

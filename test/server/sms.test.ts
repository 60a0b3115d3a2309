import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createHttpSmsSender, DEMO_FIXTURES, DEMO_KEYS, dispatchPending, signWebhook } from '@txassist/server';
import { startMailCapture } from '../../examples/mail-capture/server.js';
import { buyerToken, call } from '../support/http.js';
import { BACKENDS, startTestServer, type TestServer } from '../support/server.js';

const ORDERS = DEMO_FIXTURES.orders;
const ADA = DEMO_FIXTURES.buyers[0];

type Capture = Awaited<ReturnType<typeof startMailCapture>>;

/** The development capture server (the one `npm start` runs) on free ports. */
const startCapture = () => startMailCapture({ smtpPort: 0, httpPort: 0 });

async function drain(server: TestServer) {
  for (let i = 0; i < 200; i++) {
    await dispatchPending(server.services);
    const { rows } = await server.services.db.query<{ n: unknown }>(
      `select count(*) as n from notifications where status in ('pending', 'sending')`,
    );
    if (Number(rows[0]!.n) === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('notifications did not settle');
}

async function smsRows(server: TestServer, buyerId: string) {
  const { rows } = await server.services.db.query<{ status: string; skip_reason: string | null; kind: string }>(
    `select status, skip_reason, kind from notifications where buyer_id = $1 and channel = 'sms' order by created_at, id`,
    [buyerId],
  );
  return rows;
}

const setStatus = (server: TestServer, orderId: string, status: string) =>
  call(server.url, 'POST', `/v1/orders/${orderId}/status`, { token: DEMO_KEYS.secretKey, body: { status } });

for (const backend of BACKENDS) {
  describe(`SMS notifications through the provider adapter (${backend})`, () => {
    let server: TestServer;
    let capture: Capture;
    let token: string;
    before(async () => {
      capture = await startCapture();
      server = await startTestServer({
        backend,
        config: { smtpUrl: capture.smtpUrl, smsUrl: capture.smsUrl, notificationPollMs: 3_600_000 },
      });
      token = await buyerToken(server.url);
    });
    after(async () => {
      await server?.close();
      await capture?.close();
    });

    const optIn = async (buyerToken: string, kinds: Record<string, boolean>) => {
      const consent = await call(server.url, 'POST', '/v1/me/consents', {
        token: buyerToken,
        body: { purpose: 'notifications_sms', granted: true, source: 'privacy_center' },
      });
      assert.equal(consent.status, 200, consent.text);
      const preferences = await call(server.url, 'POST', '/v1/me/notification-preferences', {
        token: buyerToken,
        body: { preferences: Object.entries(kinds).map(([kind, enabled]) => ({ kind, channel: 'sms', enabled })) },
      });
      assert.equal(preferences.status, 200, preferences.text);
    };

    it('sends no SMS without the opt-in consent (the default), while email still goes out', async () => {
      await setStatus(server, ORDERS.awaiting_shipment, 'in_transit');
      await drain(server);
      assert.equal(capture.texts.length, 0);
      assert.equal(capture.messages.length, 1, 'the email of the same milestone was sent');
      assert.deepEqual(
        (await smsRows(server, ADA.id)).map((row) => [row.status, row.skip_reason]),
        [['skipped', 'consent_withdrawn']],
      );
    });

    it('texts the buyer once per milestone over HTTP to the capture server after opting in', async () => {
      await optIn(token, { order_updates: true });
      await setStatus(server, ORDERS.awaiting_collection, 'in_transit');
      await drain(server);
      await drain(server);
      assert.equal(capture.texts.length, 1, 'exactly one SMS');
      const [sms] = capture.texts;
      assert.equal(sms!.to, ADA.phone);
      assert.equal(sms!.text, 'txassist: Order TX-1005 has shipped and is on its way.');
      assert.match(sms!.id, /^ntf_/);
      assert.ok(sms!.text.length <= 160, 'fits one SMS segment');
      const page = await (await fetch(capture.url)).text();
      assert.match(page, /Text messages \(1\)/);
      assert.match(page, /TX-1005 has shipped/);
    });

    it('words carrier milestones in short texts and honours the per-kind choice', async () => {
      // order_updates by SMS is on, delivery_problems by SMS stays off (the default).
      const send = async (id: string, tag: string) => {
        const body = JSON.stringify({
          id,
          tracking_number: DEMO_FIXTURES.shipments.in_transit.tracking_number,
          tag,
          message: tag,
          occurred_at: new Date().toISOString(),
        });
        const signature = await signWebhook(body, [DEMO_FIXTURES.carrierSecret], Math.floor(Date.now() / 1000));
        const result = await call(server.url, 'POST', '/v1/carriers/sim/events', {
          rawBody: body,
          headers: { 'Content-Type': 'application/json', 'Tx-Signature': signature },
        });
        assert.equal(result.status, 202, result.text);
        await server.services.jobs.idle();
      };
      await send('sms-test-ofd', 'out_for_delivery');
      await drain(server);
      assert.equal(capture.texts[0]!.text, 'txassist: Order TX-1006 is out for delivery today.');
      const before = capture.texts.length;
      await send('sms-test-failed', 'failed_attempt');
      await drain(server);
      assert.equal(capture.texts.length, before, 'no SMS for a kind the buyer keeps off');
      const last = (await smsRows(server, ADA.id)).at(-1)!;
      assert.deepEqual([last.kind, last.status, last.skip_reason], ['delivery_problems', 'skipped', 'preference_off']);
    });

    it('skips buyers without a phone number with a reason, not an error', async () => {
      const session = await call(server.url, 'POST', '/v1/sessions', {
        token: DEMO_KEYS.secretKey,
        body: { buyer: { external_id: 'sms-no-phone', email: 'nophone@example.com' } },
      });
      assert.equal(session.status, 201, session.text);
      await optIn(session.json.token, { order_updates: true });
      const order = await call(server.url, 'POST', '/v1/orders', {
        token: DEMO_KEYS.secretKey,
        idempotencyKey: 'sms-no-phone-order',
        body: {
          buyer_id: session.json.buyer_id,
          currency: 'GBP',
          line_items: [{ title: 'Soap', quantity: 1, unit_amount: 500 }],
        },
      });
      assert.equal(order.status, 201, order.text);
      const before = capture.texts.length;
      await setStatus(server, order.json.id, 'awaiting_shipment');
      await drain(server);
      assert.equal(capture.texts.length, before);
      assert.deepEqual(
        (await smsRows(server, session.json.buyer_id)).map((row) => [row.status, row.skip_reason]),
        [['skipped', 'no_address']],
      );
    });

    it('texts a buyer whose number the storefront gave when it created the session', async () => {
      const bad = await call(server.url, 'POST', '/v1/sessions', {
        token: DEMO_KEYS.secretKey,
        body: { buyer: { external_id: 'sms-with-phone', phone: '0151 1234567' } },
      });
      assert.equal(bad.status, 422, bad.text);
      assert.equal(bad.json.code, 'validation_failed');
      assert.equal(bad.json.errors[0].path, 'buyer.phone');
      const session = await call(server.url, 'POST', '/v1/sessions', {
        token: DEMO_KEYS.secretKey,
        body: { buyer: { external_id: 'sms-with-phone', email: 'phone@example.com', phone: '+4915112345678' } },
      });
      assert.equal(session.status, 201, session.text);
      await optIn(session.json.token, { order_updates: true });
      const order = await call(server.url, 'POST', '/v1/orders', {
        token: DEMO_KEYS.secretKey,
        idempotencyKey: 'sms-with-phone-order',
        body: {
          buyer_id: session.json.buyer_id,
          currency: 'EUR',
          line_items: [{ title: 'Candle', quantity: 1, unit_amount: 1200 }],
        },
      });
      assert.equal(order.status, 201, order.text);
      const before = capture.texts.length;
      await setStatus(server, order.json.id, 'awaiting_shipment');
      await drain(server);
      // The capture lists the newest first.
      const mine = capture.texts.slice(0, capture.texts.length - before).filter((text) => text.to === '+4915112345678');
      assert.equal(mine.length, 1, JSON.stringify(await smsRows(server, session.json.buyer_id)));
      assert.match(mine[0]!.text, /Order TX-\d+/);
      const { rows } = await server.services.db.query<{ phone: string }>('select phone from buyers where id = $1', [
        session.json.buyer_id,
      ]);
      assert.ok(!rows[0]!.phone.includes('4915112345678'), 'the number is stored encrypted');
    });

    it('never writes the phone number or the text into the logs', () => {
      const logs = server.logs.join('\n');
      assert.ok(capture.texts.length > 0);
      assert.ok(!logs.includes(ADA.phone) && !logs.includes(ADA.phone.replaceAll(' ', '')));
      assert.ok(!logs.includes('has shipped and is on its way'));
    });
  });
}

describe('SMS provider failures and crash recovery', () => {
  let clock = Date.now();
  let server: TestServer;
  let capture: Capture;
  let token: string;
  before(async () => {
    capture = await startCapture();
    server = await startTestServer({
      config: { smsUrl: capture.smsUrl, backgroundLoops: false, now: () => new Date(clock) },
    });
    token = await buyerToken(server.url);
    await call(server.url, 'POST', '/v1/me/consents', {
      token,
      body: { purpose: 'notifications_sms', granted: true },
    });
    await call(server.url, 'POST', '/v1/me/notification-preferences', {
      token,
      body: { preferences: [{ kind: 'order_updates', channel: 'sms', enabled: true }] },
    });
  });
  after(async () => {
    await server?.close();
    await capture?.close();
  });

  it('sends a message whose worker died after sending exactly once (the provider de-duplicates by its id)', async () => {
    await setStatus(server, ORDERS.awaiting_collection, 'in_transit');
    await dispatchPending(server.services);
    assert.equal(capture.texts.length, 1);
    // The worker sent it, then died before recording that: the row is still claimed.
    await server.services.db.query(
      `update notifications set status = 'sending', claimed_at = $1 where channel = 'sms' and status = 'sent'`,
      [new Date(clock).toISOString()],
    );
    assert.equal(await dispatchPending(server.services), 0, 'a fresh claim is left alone');
    clock += 6 * 60_000;
    assert.equal(await dispatchPending(server.services), 1, 'the stale claim is taken again and sent');
    assert.equal(capture.texts.length, 1, 'the buyer still got one text');
    const { rows } = await server.services.db.query<{ status: string }>(
      `select status from notifications where channel = 'sms' and buyer_id = $1`,
      [ADA.id],
    );
    assert.deepEqual(
      rows.map((row) => row.status),
      ['sent'],
    );
  });

  it('retries when the provider is down, and logs neither number nor text', async () => {
    const down = await startCapture();
    const url = down.smsUrl;
    await down.close(); // a provider that does not answer
    server.services.sms = createHttpSmsSender(url);
    await setStatus(server, ORDERS.in_transit, 'delivered');
    await dispatchPending(server.services);
    const { rows } = await server.services.db.query<{ status: string; skip_reason: string; attempts: number }>(
      `select status, skip_reason, attempts from notifications where channel = 'sms' and status <> 'sent'`,
    );
    assert.deepEqual(
      rows.map((row) => [row.status, row.skip_reason, row.attempts]),
      [['pending', 'sms_error', 1]],
    );
    const logs = server.logs.join('\n');
    assert.match(logs, /sms delivery failed/);
    assert.match(logs, /SmsDeliveryError/);
    assert.ok(!logs.includes(ADA.phone) && !logs.includes('delivered. Enjoy'));

    // The provider is back: the retry goes through.
    server.services.sms = createHttpSmsSender(capture.smsUrl);
    await dispatchPending(server.services);
    assert.equal(capture.texts[0]!.text, 'txassist: Order TX-1006 was delivered. Enjoy!');
  });

  it('the capture endpoint refuses malformed requests like a provider would', async () => {
    const bad = await fetch(capture.smsUrl, { method: 'POST', body: '{nope' });
    assert.equal(bad.status, 400);
    const missing = await fetch(capture.smsUrl, { method: 'POST', body: JSON.stringify({ id: 'x', to: '+1' }) });
    assert.equal(missing.status, 400);
    const wrongMethod = await fetch(capture.smsUrl);
    assert.equal(wrongMethod.status, 405);
  });
});

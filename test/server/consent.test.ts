import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ConsentList, NotificationPreferences } from '@txassist/contract';
import { DEMO_FIXTURES, DEMO_KEYS, dispatchPending } from '@txassist/server';
import { buyerToken, call } from '../support/http.js';
import { BACKENDS, startTestServer, type TestServer } from '../support/server.js';
import { startSmtpCapture } from '../../scripts/smtp-capture.mjs';

const ORDERS = DEMO_FIXTURES.orders;

for (const backend of BACKENDS) {
  describe(`consent and notification channels (${backend})`, () => {
    let server: TestServer;
    let smtp: Awaited<ReturnType<typeof startSmtpCapture>>;
    let token: string;
    before(async () => {
      smtp = await startSmtpCapture();
      // A long poll interval: the test drives dispatch itself, deterministically.
      server = await startTestServer({ backend, config: { smtpUrl: smtp.url, notificationPollMs: 3_600_000 } });
      token = await buyerToken(server.url);
    });
    after(async () => {
      await server?.close();
      await smtp?.close();
    });

    const consents = async () =>
      ConsentList.parse((await call(server.url, 'GET', '/v1/me/consents', { token })).json).data;
    const granted = async (purpose: string) => (await consents()).find((c) => c.purpose === purpose)!.granted;
    const drain = async () => {
      // Settle everything queued. The server's own loop may hold some rows, so wait until none is
      // pending or being sent.
      for (let i = 0; i < 200; i++) {
        await dispatchPending(server.services);
        const { rows } = await server.services.db.query<{ n: unknown }>(
          `select count(*) as n from notifications where status in ('pending', 'sending')`,
        );
        if (Number(rows[0]!.n) === 0) return;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      throw new Error('notifications did not settle');
    };

    it('starts from defaults: necessary on, email on, SMS and personalisation off (opt-in)', async () => {
      const list = await consents();
      const byPurpose = Object.fromEntries(list.map((c) => [c.purpose, c]));
      assert.equal(byPurpose.order_processing!.granted, true);
      assert.equal(byPurpose.order_processing!.necessary, true);
      assert.equal(byPurpose.notifications_email!.granted, true);
      assert.equal(byPurpose.notifications_sms!.granted, false);
      assert.equal(byPurpose.personalisation!.granted, false);
      assert.ok(list.every((c) => c.source === 'default' && c.updated_at === null));
    });

    it('records grant and withdrawal with version, time and source', async () => {
      const grant = await call(server.url, 'POST', '/v1/me/consents', {
        token,
        body: { purpose: 'personalisation', granted: true, version: '2026-11-01', source: 'privacy_center' },
      });
      assert.equal(grant.status, 200, grant.text);
      const given = ConsentList.parse(grant.json).data.find((c) => c.purpose === 'personalisation')!;
      assert.deepEqual([given.granted, given.version, given.source], [true, '2026-11-01', 'privacy_center']);
      assert.ok(given.updated_at);
      await call(server.url, 'POST', '/v1/me/consents', {
        token,
        body: { purpose: 'personalisation', granted: false },
      });
      assert.equal(await granted('personalisation'), false);
      const { rows } = await server.services.db.query<{ granted: boolean }>(
        `select granted from consent_events where buyer_id = $1 and purpose = 'personalisation' order by id`,
        [DEMO_FIXTURES.buyers[0].id],
      );
      assert.deepEqual(
        rows.map((r) => r.granted),
        [true, false],
        'the history keeps both decisions',
      );
    });

    it('refuses to withdraw a necessary consent with a clear code and next step', async () => {
      const result = await call(server.url, 'POST', '/v1/me/consents', {
        token,
        body: { purpose: 'order_processing', granted: false },
      });
      assert.deepEqual([result.status, result.json.code], [409, 'consent_required']);
      assert.match(result.json.detail, /delete your data/);
      assert.equal(await granted('order_processing'), true);
    });

    it('refuses bad input: unknown purpose, missing fields', async () => {
      const unknown = await call(server.url, 'POST', '/v1/me/consents', {
        token,
        body: { purpose: 'spam', granted: true },
      });
      assert.equal(unknown.status, 422);
      const missing = await call(server.url, 'POST', '/v1/me/consents', {
        token,
        body: { purpose: 'personalisation' },
      });
      assert.equal(missing.status, 422);
    });

    it('is only for the signed-in buyer: sellers and guest sessions are refused', async () => {
      assert.equal((await call(server.url, 'GET', '/v1/me/consents', { token: DEMO_KEYS.secretKey })).status, 403);
      const guest = await call(server.url, 'POST', '/v1/guest/order-lookups', {
        headers: { 'X-Tx-Publishable-Key': DEMO_KEYS.publishableKey },
        body: { order_number: 'TX-1001', email: 'ada@example.com' },
      });
      assert.equal((await call(server.url, 'GET', '/v1/me/consents', { token: guest.json.token })).status, 403);
    });

    it('shows preferences per kind and channel, with the effect of consent', async () => {
      const update = await call(server.url, 'POST', '/v1/me/notification-preferences', {
        token,
        body: { preferences: [{ kind: 'order_updates', channel: 'sms', enabled: true }] },
      });
      assert.equal(update.status, 200, update.text);
      const sms = NotificationPreferences.parse(update.json).data.find(
        (p) => p.kind === 'order_updates' && p.channel === 'sms',
      )!;
      assert.deepEqual([sms.enabled, sms.effective], [true, false], 'SMS consent is off, so nothing is sent');
    });

    it('emails a milestone over real SMTP, and sends nothing more once email consent is withdrawn', async () => {
      await call(server.url, 'POST', `/v1/orders/${ORDERS.awaiting_collection}/status`, {
        token: DEMO_KEYS.secretKey,
        body: { status: 'in_transit' },
      });
      await drain();
      assert.equal(smtp.messages.length, 1);
      assert.deepEqual(smtp.messages[0]!.to, ['ada@example.com']);
      assert.match(smtp.messages[0]!.raw, /TX-1005 is on its way/);

      const withdraw = await call(server.url, 'POST', '/v1/me/consents', {
        token,
        body: { purpose: 'notifications_email', granted: false },
      });
      assert.equal(withdraw.status, 200);
      await call(server.url, 'POST', `/v1/orders/${ORDERS.awaiting_collection}/status`, {
        token: DEMO_KEYS.secretKey,
        body: { status: 'delivered' },
      });
      await drain();
      assert.equal(smtp.messages.length, 1, 'no email after withdrawal');
      const { rows } = await server.services.db.query<{ channel: string; status: string; skip_reason: string | null }>(
        `select channel, status, skip_reason from notifications n where n.buyer_id = $1 order by created_at desc, channel limit 3`,
        [DEMO_FIXTURES.buyers[0].id],
      );
      const email = rows.find((r) => r.channel === 'email')!;
      assert.deepEqual([email.status, email.skip_reason], ['skipped', 'consent_withdrawn']);
      const inApp = rows.find((r) => r.channel === 'in_app')!;
      assert.equal(inApp.status, 'sent', 'the in-app inbox still gets it');
      const prefs = NotificationPreferences.parse(
        (await call(server.url, 'GET', '/v1/me/notification-preferences', { token })).json,
      ).data;
      assert.ok(prefs.filter((p) => p.channel === 'email').every((p) => p.enabled && !p.effective));

      await call(server.url, 'POST', '/v1/me/consents', {
        token,
        body: { purpose: 'notifications_email', granted: true },
      });
      await call(server.url, 'POST', `/v1/orders/${ORDERS.awaiting_shipment}/status`, {
        token: DEMO_KEYS.secretKey,
        body: { status: 'in_transit' },
      });
      await drain();
      assert.equal(smtp.messages.length, 2, 'granting again takes effect at once too');
    });
  });
}

for (const backend of BACKENDS) {
  describe(`consent is checked when a message is sent, not when it is queued (${backend})`, () => {
    let server: TestServer;
    let smtp: Awaited<ReturnType<typeof startSmtpCapture>>;
    let token: string;
    before(async () => {
      smtp = await startSmtpCapture();
      // No background sender: a queued message waits until the test sends it.
      server = await startTestServer({ backend, config: { smtpUrl: smtp.url, backgroundLoops: false } });
      token = await buyerToken(server.url);
    });
    after(async () => {
      await server?.close();
      await smtp?.close();
    });

    const setEmailConsent = async (granted: boolean) => {
      const result = await call(server.url, 'POST', '/v1/me/consents', {
        token,
        body: { purpose: 'notifications_email', granted },
      });
      assert.equal(result.status, 200, result.text);
    };
    /** The seller moves an order on: the buyer's messages are queued in the same transaction. */
    const queueMessages = async (orderId: string, status: string) => {
      const moved = await call(server.url, 'POST', `/v1/orders/${orderId}/status`, {
        token: DEMO_KEYS.secretKey,
        body: { status },
      });
      assert.equal(moved.status, 200, moved.text);
    };
    const emailRows = () =>
      server.services.db.query<{ status: string; skip_reason: string | null }>(
        `select status, skip_reason from notifications where buyer_id = $1 and channel = 'email' order by created_at`,
        [DEMO_FIXTURES.buyers[0].id],
      );

    it('sends nothing for a message queued before the consent was withdrawn', async () => {
      await queueMessages(ORDERS.awaiting_collection, 'in_transit');
      assert.deepEqual(
        (await emailRows()).rows.map((row) => row.status),
        ['pending'],
        'queued while consent was granted',
      );
      await setEmailConsent(false);
      await dispatchPending(server.services);
      assert.equal(smtp.messages.length, 0, 'no email after withdrawal');
      assert.deepEqual(
        (await emailRows()).rows.map((row) => [row.status, row.skip_reason]),
        [['skipped', 'consent_withdrawn']],
      );
    });

    it('sends a message queued while withdrawn once the consent is granted again before sending', async () => {
      await queueMessages(ORDERS.awaiting_shipment, 'in_transit');
      await setEmailConsent(true);
      await dispatchPending(server.services);
      assert.equal(smtp.messages.length, 1);
      assert.deepEqual(smtp.messages[0]!.to, [DEMO_FIXTURES.buyers[0].email]);
      assert.deepEqual((await emailRows()).rows.at(-1), { status: 'sent', skip_reason: null });
    });
  });
}

describe('notification worker restart', () => {
  it('sends a message claimed by a worker that died, once, after the claim goes stale', async () => {
    let clock = Date.now();
    const smtp = await startSmtpCapture();
    const server = await startTestServer({
      config: { smtpUrl: smtp.url, backgroundLoops: false, now: () => new Date(clock) },
    });
    try {
      await call(server.url, 'POST', `/v1/orders/${ORDERS.awaiting_collection}/status`, {
        token: DEMO_KEYS.secretKey,
        body: { status: 'in_transit' },
      });
      // A worker claimed the rows and crashed before sending.
      await server.services.db.query(
        `update notifications set status = 'sending', claimed_at = $1 where status = 'pending'`,
        [new Date(clock).toISOString()],
      );
      assert.equal(await dispatchPending(server.services), 0, 'a fresh claim is left alone');
      clock += 6 * 60_000;
      await dispatchPending(server.services);
      await dispatchPending(server.services);
      assert.equal(smtp.messages.length, 1, 'sent exactly once after recovery');
      assert.match(smtp.messages[0]!.raw, /Message-ID: <ntf_/i);
    } finally {
      await server.close();
      await smtp.close();
    }
  });
});

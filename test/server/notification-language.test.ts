/**
 * Emails and text messages in the buyer's language. The seller names it when minting a session
 * (`buyer.locale`); the server remembers it and words each email (with `Content-Language`) and SMS in
 * the closest supported locale, English when there is none. Sent over real SMTP and HTTP to the
 * development capture server. Every supported locale has its own wording for every milestone, with
 * the order number and nothing left unfilled.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CASE_MILESTONES, NOTIFICATION_MILESTONES } from '@txassist/contract';
import { DEMO_FIXTURES, DEMO_KEYS, dispatchPending, emailFor, smsFor, wordingFor } from '@txassist/server';
import { startMailCapture } from '../../examples/mail-capture/server.js';
import { call } from '../support/http.js';
import { BACKENDS, startTestServer, type TestServer } from '../support/server.js';

type Capture = Awaited<ReturnType<typeof startMailCapture>>;
type Payload = Parameters<typeof emailFor>[0];

const LOCALES = ['en', 'es', 'es-MX', 'pt-BR', 'fr', 'de', 'it', 'id', 'ms', 'th', 'vi', 'fil', 'ja', 'ko'].concat([
  'zh-Hans',
  'zh-Hant',
  'ar',
  'he',
  'nl',
  'pl',
  'pt-PT',
  'sv',
  'da',
  'nb',
  'fi',
  'cs',
  'tr',
  'uk',
  'ro',
  'el',
  'hu',
  'hi',
  'ur',
  'fa',
  'bn',
  'ca',
  'hr',
  'bg',
]);
const ORDERS = DEMO_FIXTURES.orders;
const ADA = DEMO_FIXTURES.buyers[0];

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

for (const backend of BACKENDS) {
  describe(`notifications in the buyer's language, over SMTP and HTTP to the capture (${backend})`, () => {
    let server: TestServer;
    let capture: Capture;
    before(async () => {
      capture = await startMailCapture({ smtpPort: 0, httpPort: 0 });
      server = await startTestServer({
        backend,
        config: { smtpUrl: capture.smtpUrl, smsUrl: capture.smsUrl, notificationPollMs: 3_600_000 },
      });
    });
    after(async () => {
      await server?.close();
      await capture?.close();
    });

    /** Signs buyer 1 in as the storefront would, naming their language; the session's token. */
    const signIn = async (locale?: string) => {
      const session = await call(server.url, 'POST', '/v1/sessions', {
        token: DEMO_KEYS.secretKey,
        body: { buyer: { id: ADA.id, ...(locale ? { locale } : {}) } },
      });
      assert.equal(session.status, 201, session.text);
      return session.json.token as string;
    };
    const setStatus = async (orderId: string, status: string) => {
      const result = await call(server.url, 'POST', `/v1/orders/${orderId}/status`, {
        token: DEMO_KEYS.secretKey,
        body: { status },
      });
      assert.equal(result.status, 200, result.text);
      await drain(server);
    };
    const newestTo = (address: string) => capture.messages.find((message) => message.to.includes(address))!;

    it('sends the email in German once the seller names the buyer’s language', async () => {
      await signIn('de');
      await setStatus(ORDERS.awaiting_shipment, 'in_transit');
      const mail = newestTo(ADA.email);
      assert.equal(mail.subject, 'Ihre Bestellung TX-1003 ist unterwegs');
      assert.equal(mail.language, 'de', 'Content-Language names it');
      assert.equal(
        mail.body.trim(),
        'Ihre Bestellung TX-1003 ist unterwegs. Öffnen Sie Ihre Bestellseite für die Details.',
      );
    });

    it('follows a later choice (Japanese), and texts in it after the buyer opts in to SMS', async () => {
      const token = await signIn('ja');
      for (const [path, body] of [
        ['/v1/me/consents', { purpose: 'notifications_sms', granted: true, source: 'privacy_center' }],
        [
          '/v1/me/notification-preferences',
          { preferences: [{ kind: 'order_updates', channel: 'sms', enabled: true }] },
        ],
      ] as const) {
        const answer = await call(server.url, 'POST', path, { token, body });
        assert.equal(answer.status, 200, answer.text);
      }
      await setStatus(ORDERS.awaiting_collection, 'in_transit');
      const mail = newestTo(ADA.email);
      assert.equal(mail.subject, 'ご注文 TX-1005 は配送中です');
      assert.equal(mail.language, 'ja');
      assert.equal(capture.texts[0]!.to, ADA.phone);
      assert.equal(capture.texts[0]!.text, 'txassist: ご注文 TX-1005 は配送中です。');
      // The capture page shows the subject decoded and marks the message's language.
      const page = await (await fetch(capture.url)).text();
      assert.match(page, /<article lang="ja"><h3>ご注文 TX-1005 は配送中です<\/h3>/);
    });

    it('words a tag it has no wording for in its language’s or in English (pt-AO → pt-BR, xx → en)', async () => {
      await signIn('pt-AO');
      await setStatus(ORDERS.in_transit, 'delivered');
      assert.equal(newestTo(ADA.email).subject, 'Seu pedido TX-1006 foi entregue');
      assert.equal(newestTo(ADA.email).language, 'pt-BR');
      await signIn('xx');
      await setStatus(ORDERS.delivered, 'completed');
      const { rows } = await server.services.db.query<{ n: unknown }>(
        `select count(*) as n from notifications where status = 'sent' and channel = 'email'`,
      );
      assert.ok(Number(rows[0]!.n) >= 3);
      assert.equal(wordingFor('xx').locale, 'en');
      assert.equal(wordingFor('no-NO').locale, 'nb', 'Norwegian reads Bokmål');
    });

    it('refuses a locale that is not a language tag, with the field named', async () => {
      for (const locale of ['not a tag', 'de_DE', '', 'x'.repeat(40)]) {
        const session = await call(server.url, 'POST', '/v1/sessions', {
          token: DEMO_KEYS.secretKey,
          body: { buyer: { id: ADA.id, locale } },
        });
        assert.equal(session.status, 422, `${JSON.stringify(locale)}: ${session.text}`);
        assert.equal(session.json.code, 'validation_failed');
        assert.match(JSON.stringify(session.json.errors), /locale/);
      }
    });
  });
}

describe('notification wording: every supported locale words every milestone', () => {
  const order = { order_id: 'ord_x', order_number: 'TX-4242' };
  const payloads: Payload[] = [
    ...(['awaiting_shipment', 'in_transit', 'delivered', 'cancelled'] as const).map(
      (status) => ({ ...order, status }) as Payload,
    ),
    ...NOTIFICATION_MILESTONES.map((milestone) => ({ ...order, status: 'in_transit', milestone }) as Payload),
    ...CASE_MILESTONES.flatMap((milestone) =>
      (['dispute', 'refund_request'] as const).map(
        (kind) => ({ ...order, status: 'delivered', case: { kind, id: 'dsp_x', milestone } }) as unknown as Payload,
      ),
    ),
    // An agent answered the buyer's support conversation about the order.
    { ...order, status: 'delivered', support: { conversation_id: 'conv_x', topic: 'delivery' } } as Payload,
  ];

  for (const locale of LOCALES) {
    it(`${locale}: subject, body and SMS name the order, fill every placeholder, and are its own`, () => {
      assert.equal(wordingFor(locale).locale, locale === 'es-MX' ? 'es' : locale);
      for (const payload of payloads) {
        const email = emailFor(payload, locale);
        const sms = smsFor(payload, locale);
        for (const text of [email.subject, email.text, sms]) {
          assert.ok(text.includes('TX-4242'), `${locale}: ${text}`);
          assert.doesNotMatch(text, /[{}]/, `${locale}: ${text}`);
        }
        if (locale !== 'en') assert.notEqual(email.subject, emailFor(payload, 'en').subject, `${locale} is translated`);
      }
    });
  }
});

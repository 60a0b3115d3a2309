/**
 * When an agent answers a support conversation, the buyer hears of it: an inbox message (naming the
 * conversation and its order), an email and — when they turned texts on — an SMS, each by their
 * notification preferences (the kind follows the conversation's topic) and in their language. The
 * messages say that an agent answered, never what; an internal note sends nothing. Real server, real
 * SMTP and HTTP to the development capture.
 */
import assert from 'node:assert/strict';
import { randomBytes, randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { Inbox } from '@txassist/contract';
import { dispatchPending, emailFor, smsFor } from '@txassist/server';
import { startMailCapture } from '../../examples/mail-capture/server.js';
import { call } from '../support/http.js';
import { BACKENDS, startTestServer, type TestServer } from '../support/server.js';
import { staffToken } from '../support/staff.js';
import { deliveredOrder, SK } from './disputes-support.js';

type Capture = Awaited<ReturnType<typeof startMailCapture>>;

for (const backend of BACKENDS) {
  describe(`support reply notifications (${backend})`, { timeout: 180_000 }, () => {
    let server: TestServer;
    let capture: Capture;
    let agent: string;
    before(async () => {
      capture = await startMailCapture({ smtpPort: 0, httpPort: 0 });
      server = await startTestServer({
        backend,
        config: { smtpUrl: capture.smtpUrl, smsUrl: capture.smsUrl, notificationPollMs: 3_600_000 },
      });
      agent = await staffToken(server, 'agent');
    });
    after(async () => {
      await server?.close();
      await capture?.close();
    });

    const drain = async () => {
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

    /** A buyer of its own, speaking `locale`, who agreed to emails (and texts, with a phone). */
    const freshBuyer = async (locale: string) => {
      const tag = randomBytes(5).toString('hex');
      const email = `support-${tag}@example.com`;
      const phone = `+1555${String(parseInt(tag.slice(0, 6), 16) % 10_000_000).padStart(7, '0')}`;
      const session = await call(server.url, 'POST', '/v1/sessions', {
        token: SK,
        body: { buyer: { external_id: `support-${tag}`, email, phone, name: 'Test Buyer', locale } },
      });
      assert.equal(session.status, 201, session.text);
      const token = session.json.token as string;
      for (const purpose of ['notifications_email', 'notifications_sms']) {
        const consent = await call(server.url, 'POST', '/v1/me/consents', {
          token,
          body: { purpose, granted: true, source: 'privacy_center' },
        });
        assert.equal(consent.status, 200, consent.text);
      }
      return { token, buyerId: session.json.buyer_id as string, email, phone };
    };
    const preferences = async (token: string, preferences: { kind: string; channel: string; enabled: boolean }[]) => {
      const answer = await call(server.url, 'POST', '/v1/me/notification-preferences', {
        token,
        body: { preferences },
      });
      assert.equal(answer.status, 200, answer.text);
    };
    const open = async (token: string, body: Record<string, unknown>) => {
      const created = await call(server.url, 'POST', '/v1/support/conversations', {
        token,
        body,
        idempotencyKey: randomUUID(),
      });
      assert.equal(created.status, 201, created.text);
      return created.json.id as string;
    };
    const answer = async (id: string, message: string, internal = false) => {
      const reply = await call(server.url, 'POST', `/v1/agent/conversations/${id}/messages`, {
        token: agent,
        body: { message, internal },
        idempotencyKey: randomUUID(),
      });
      assert.equal(reply.status, 201, reply.text);
      await drain();
    };
    const mailsTo = (address: string) => capture.messages.filter((message) => message.to.includes(address));
    const textsTo = (phone: string) => capture.texts.filter((text) => text.to === phone);
    const inbox = async (token: string) =>
      Inbox.parse((await call(server.url, 'GET', '/v1/me/notifications?limit=100', { token })).json).data;

    it('a reply reaches the inbox, email and SMS in German; a note sends nothing; the words stay behind the sign-in', async () => {
      const buyer = await freshBuyer('de');
      await preferences(buyer.token, [{ kind: 'delivery_problems', channel: 'sms', enabled: true }]);
      const order = await deliveredOrder(server.url, buyer.buyerId);
      const number = (await call(server.url, 'GET', `/v1/orders/${order.id}`, { token: buyer.token })).json
        .number as string;
      const id = await open(buyer.token, { topic: 'delivery', message: 'Where is my parcel?', order_id: order.id });
      await drain();
      const mailsBefore = mailsTo(buyer.email).length;
      const inboxBefore = (await inbox(buyer.token)).length;

      await answer(id, 'Secret internal note: carrier lost it.', true);
      assert.equal(mailsTo(buyer.email).length, mailsBefore, 'an internal note mails nothing');
      assert.equal((await inbox(buyer.token)).length, inboxBefore, 'an internal note is no inbox message');
      assert.equal(textsTo(buyer.phone).length, 0, 'an internal note texts nothing');

      await answer(id, 'Your parcel arrives Friday.');
      const mails = mailsTo(buyer.email);
      assert.equal(mails.length, mailsBefore + 1, 'one email for the reply');
      const mail = mails[0]!; // the capture keeps the newest first
      assert.equal(mail.subject, `Unser Support-Team hat Ihre Frage zur Bestellung ${number} beantwortet`);
      assert.equal(mail.language, 'de');
      assert.match(mail.body, /Melden Sie sich an und öffnen Sie Ihre Unterhaltung mit dem Support/);
      const texts = textsTo(buyer.phone);
      assert.equal(texts.length, 1, 'one text: the buyer turned texts on for delivery problems');
      assert.equal(
        texts[0]!.text,
        `txassist: Unser Support-Team hat Ihre Frage zur Bestellung ${number} beantwortet. Melden Sie sich an, um die Antwort zu lesen.`,
      );
      for (const sent of [mail.subject, mail.body, texts[0]!.text])
        assert.doesNotMatch(sent, /Friday|carrier|Secret/, 'neither the reply nor the note leaves the sign-in');

      const news = (await inbox(buyer.token)).filter((item) => item.support);
      assert.equal(news.length, 1);
      assert.equal(news[0]!.kind, 'delivery_problems', 'a delivery question follows the delivery problems preference');
      assert.deepEqual(news[0]!.support, { conversation_id: id, topic: 'delivery' });
      assert.equal(news[0]!.order_id, order.id);
      assert.equal(news[0]!.order_number, number);
      assert.equal(news[0]!.read_at, null);
    });

    it('follows the preferences of the topic’s kind: email off for refunds and disputes, the inbox still told', async () => {
      const buyer = await freshBuyer('fr');
      await preferences(buyer.token, [{ kind: 'refunds_and_disputes', channel: 'email', enabled: false }]);
      const order = await deliveredOrder(server.url, buyer.buyerId);
      const refund = await open(buyer.token, { topic: 'refund', message: 'When is my refund?', order_id: order.id });
      const payment = await open(buyer.token, {
        topic: 'payment',
        message: 'Was I charged twice?',
        order_id: order.id,
      });
      await drain();
      const before = mailsTo(buyer.email).length;

      await answer(refund, 'It was sent yesterday.');
      assert.equal(mailsTo(buyer.email).length, before, 'no email: the buyer turned refund and dispute emails off');
      await answer(payment, 'Only once, the other was a hold.');
      const mails = mailsTo(buyer.email);
      assert.equal(mails.length, before + 1, 'a payment question follows order updates, still on');
      assert.match(mails[0]!.subject, /^Notre équipe d’assistance a répondu à votre question sur la commande /);
      assert.equal(textsTo(buyer.phone).length, 0, 'texts are off unless the buyer turns them on');

      const news = (await inbox(buyer.token)).filter((item) => item.support);
      assert.deepEqual(
        news.map((item) => [item.support!.conversation_id, item.kind]).sort(),
        [
          [payment, 'order_updates'],
          [refund, 'refunds_and_disputes'],
        ].sort(),
      );
    });

    it('a conversation about no order: the email in Japanese without an order number, no inbox message', async () => {
      const buyer = await freshBuyer('ja');
      const id = await open(buyer.token, { topic: 'account', message: 'How do I change my email?' });
      await drain();
      const before = mailsTo(buyer.email).length;
      await answer(id, 'Open your account settings.');
      const mails = mailsTo(buyer.email);
      assert.equal(mails.length, before + 1);
      assert.equal(mails[0]!.subject, 'ご質問にサポートチームが回答しました');
      assert.equal(mails[0]!.language, 'ja');
      assert.equal((await inbox(buyer.token)).filter((item) => item.support).length, 0);
    });
  });
}

describe('support reply wording without an order: every locale its own, nothing left unfilled', () => {
  const payload = {
    order_id: '',
    order_number: '',
    status: 'completed',
    support: { conversation_id: 'conv_x', topic: 'other' },
  } as Parameters<typeof emailFor>[0];
  const LOCALES = ['en', 'es', 'pt-BR', 'fr', 'de', 'it', 'id', 'ms', 'th', 'vi', 'fil', 'ja', 'ko', 'zh-Hans'].concat([
    'zh-Hant',
    'ar',
    'he',
    ...['hi', 'ur', 'fa', 'bn', 'ca', 'hr', 'bg'],
  ]);
  for (const locale of LOCALES) {
    it(locale, () => {
      const email = emailFor(payload, locale);
      const sms = smsFor(payload, locale);
      for (const text of [email.subject, email.text, sms]) {
        assert.doesNotMatch(text, /[{}]/, `${locale}: ${text}`);
        assert.ok(text.length > 10, `${locale}: ${text}`);
      }
      assert.ok(email.text.startsWith(email.subject), `${locale}: the body opens with the subject`);
      if (locale !== 'en') {
        assert.notEqual(email.subject, emailFor(payload, 'en').subject, `${locale} is translated`);
        assert.notEqual(sms, smsFor(payload, 'en'), `${locale} is translated`);
      }
    });
  }
});

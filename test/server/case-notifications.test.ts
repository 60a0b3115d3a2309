import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Inbox, TxEvent } from '@txassist/contract';
import { randomBytes } from 'node:crypto';
import { DEMO_KEYS, dispatchPending, settleDueDisputes, settleDueRefunds } from '@txassist/server';
import { call } from '../support/http.js';
import { BACKENDS, startTestServer, type TestServer } from '../support/server.js';
import { startSmtpCapture } from '../../scripts/smtp-capture.mjs';
import { openEventStream } from '../support/sse.js';
import { agentToken, deliveredOrder, SK, type TestOrder } from './disputes-support.js';

const HOUR = 3600_000;

for (const backend of BACKENDS) {
  describe(`case news: live events and notifications (${backend})`, () => {
    let server: TestServer;
    let smtp: Awaited<ReturnType<typeof startSmtpCapture>>;
    let offset = 0;
    const now = () => new Date(Date.now() + offset);
    before(async () => {
      smtp = await startSmtpCapture();
      server = await startTestServer({
        backend,
        config: {
          now,
          smtpUrl: smtp.url,
          heartbeatMs: 200,
          // The test drives deadlines and sending itself, deterministically.
          backgroundLoops: false,
          notificationPollMs: 3_600_000,
          sessionTtlSeconds: 120 * 86_400,
          staffSessionTtlSeconds: 120 * 86_400,
        },
      });
    });
    after(async () => {
      await server?.close();
      await smtp?.close();
    });

    const url = () => server.url;
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
    const inbox = async (token: string) =>
      Inbox.parse((await call(url(), 'GET', '/v1/me/notifications', { token })).json);
    const subjectOf = (raw: string) => /^Subject: (.*)$/m.exec(raw)?.[1]?.trim() ?? '';
    /** Emails to `email` about a case (order emails say nothing of disputes, refunds or returns). */
    const caseMails = (email: string) =>
      smtp.messages.filter((m) => m.to.includes(email) && /dispute|refund|return/i.test(subjectOf(m.raw)));
    /** A fresh buyer of the demo seller with a known email address. */
    const newBuyer = async () => {
      const tag = randomBytes(6).toString('hex');
      const email = `case-${tag}@example.com`;
      const session = await call(url(), 'POST', '/v1/sessions', {
        token: SK,
        body: { buyer: { external_id: `case-${tag}`, email, name: 'Case Buyer' } },
      });
      assert.equal(session.status, 201, session.text);
      return { token: session.json.token as string, buyerId: session.json.buyer_id as string, email };
    };
    const orderNumber = async (orderId: string) => {
      const { rows } = await server.services.db.query<{ number: string }>('select number from orders where id = $1', [
        orderId,
      ]);
      return rows[0]!.number;
    };
    const fileDispute = async (token: string, order: TestOrder) => {
      const filed = await call(url(), 'POST', `/v1/orders/${order.id}/disputes`, {
        token,
        body: {
          reason: 'damaged',
          items: [{ line_item_id: order.lineItems[0]!.id, quantity: 1 }],
          description: 'The item arrived broken in two pieces.',
          desired_outcome: 'full_refund',
        },
      });
      assert.equal(filed.status, 201, filed.text);
      return filed.json.id as string;
    };
    const offer = (disputeId: string) =>
      call(url(), 'POST', `/v1/disputes/${disputeId}/actions`, {
        token: SK,
        body: { action: 'offer', outcome: 'partial_refund', amount: 1500 },
      });
    const buyerWithOrder = async () => {
      const buyer = await newBuyer();
      return { ...buyer, order: await deliveredOrder(url(), buyer.buyerId) };
    };

    it('streams a seller offer to the buyer once as a thin dispute.updated event; another buyer never sees it', async () => {
      const a = await buyerWithOrder();
      const b = await buyerWithOrder();
      const disputeA = await fileDispute(a.token, a.order);
      const streamA = await openEventStream(url(), a.token);
      const streamB = await openEventStream(url(), b.token);
      try {
        await streamA.waitFor(0);
        await streamB.waitFor(0);
        assert.equal((await offer(disputeA)).status, 200);
        const [event] = await streamA.waitFor(1);
        const parsed = TxEvent.parse(event!.data);
        assert.equal(event!.event, 'dispute.updated');
        assert.ok(parsed.type === 'dispute.updated');
        assert.deepEqual(
          {
            ...parsed.data.object,
            updated_at: undefined,
          },
          {
            object: 'case_update',
            kind: 'dispute',
            id: disputeA,
            order_id: a.order.id,
            status: 'offer_pending',
            milestone: 'offer_received',
            updated_at: undefined,
          },
        );
        assert.doesNotMatch(JSON.stringify(parsed), /broken|@example\.com/, 'no free text, no personal data');

        // B's own filing reaches B; A's offer never did.
        const disputeB = await fileDispute(b.token, b.order);
        const [own] = await streamB.waitFor(1);
        assert.equal(own!.data.data.object.id, disputeB);
        assert.equal(own!.data.data.object.milestone, 'opened');
        await new Promise((resolve) => setTimeout(resolve, 300));
        assert.equal(streamA.received.length, 1, 'once');
        assert.equal(streamB.received.length, 1);
      } finally {
        await streamA.close();
        await streamB.close();
      }
    });

    it('a guest session for one order hears only about that order', async () => {
      const buyer = await newBuyer();
      const first = await deliveredOrder(url(), buyer.buyerId);
      const second = await deliveredOrder(url(), buyer.buyerId);
      const lookup = await call(url(), 'POST', '/v1/guest/order-lookups', {
        headers: { 'X-Tx-Publishable-Key': DEMO_KEYS.publishableKey },
        body: { order_number: await orderNumber(first.id), email: buyer.email },
      });
      assert.equal(lookup.status, 201, lookup.text);
      const onSecond = await fileDispute(buyer.token, second);
      const onFirst = await fileDispute(buyer.token, first);
      const guest = await openEventStream(url(), lookup.json.token);
      try {
        await guest.waitFor(0);
        await offer(onSecond);
        await offer(onFirst);
        const [event] = await guest.waitFor(1);
        assert.equal(event!.data.data.object.id, onFirst);
        await new Promise((resolve) => setTimeout(resolve, 300));
        assert.equal(guest.received.length, 1);
      } finally {
        await guest.close();
      }
    });

    it('words the offer in the inbox and by email; the buyer is not mailed about their own filing', async () => {
      const buyer = await buyerWithOrder();
      const disputeId = await fileDispute(buyer.token, buyer.order);
      await drain();
      assert.equal(caseMails(buyer.email).length, 0, 'own filing: no email');
      assert.ok(!(await inbox(buyer.token)).data.some((n) => n.case), 'own filing: no inbox message');

      await offer(disputeId);
      await drain();
      const news = (await inbox(buyer.token)).data.filter((n) => n.case);
      assert.equal(news.length, 1);
      assert.equal(news[0]!.kind, 'refunds_and_disputes');
      assert.equal(news[0]!.order_id, buyer.order.id);
      assert.deepEqual(news[0]!.case, { kind: 'dispute', id: disputeId, milestone: 'offer_received' });
      const mails = caseMails(buyer.email);
      assert.equal(mails.length, 1);
      assert.match(subjectOf(mails[0]!.raw), /^The seller made an offer on your dispute for order TX-\S+$/);
    });

    it("messages: the buyer's own is a live event only; the seller's is news in the inbox and by email", async () => {
      const buyer = await buyerWithOrder();
      const disputeId = await fileDispute(buyer.token, buyer.order);
      const stream = await openEventStream(url(), buyer.token);
      try {
        await stream.waitFor(0);
        const own = await call(url(), 'POST', `/v1/disputes/${disputeId}/messages`, {
          token: buyer.token,
          body: { body: 'Here is another photo of the damage.' },
        });
        assert.equal(own.status, 201, own.text);
        const seller = await call(url(), 'POST', `/v1/disputes/${disputeId}/messages`, {
          token: SK,
          body: { body: 'Sorry about that, we are looking into it.' },
        });
        assert.equal(seller.status, 201, seller.text);
        const events = await stream.waitFor(2);
        assert.deepEqual(
          events.map((e) => [e.event, e.data.data.object.milestone]),
          [
            ['dispute.updated', 'message_added'],
            ['dispute.updated', 'message_added'],
          ],
        );
        assert.doesNotMatch(JSON.stringify(events), /photo|Sorry/, 'the message text is not in the event');
      } finally {
        await stream.close();
      }
      await drain();
      assert.deepEqual(
        (await inbox(buyer.token)).data.filter((n) => n.case).map((n) => n.case?.milestone),
        ['message_added'],
        "only the seller's message",
      );
      assert.deepEqual(
        caseMails(buyer.email).map((m) => subjectOf(m.raw)),
        [`New message about your dispute for order ${await orderNumber(buyer.order.id)}`],
      );
    });

    it('sends no email to a buyer who turned refunds_and_disputes email off (the inbox still has it)', async () => {
      const buyer = await buyerWithOrder();
      const off = await call(url(), 'POST', '/v1/me/notification-preferences', {
        token: buyer.token,
        body: { preferences: [{ kind: 'refunds_and_disputes', channel: 'email', enabled: false }] },
      });
      assert.equal(off.status, 200, off.text);
      const disputeId = await fileDispute(buyer.token, buyer.order);
      await offer(disputeId);
      await drain();
      assert.equal(caseMails(buyer.email).length, 0);
      assert.equal((await inbox(buyer.token)).data.filter((n) => n.case).length, 1);
      const { rows } = await server.services.db.query<{ skip_reason: string }>(
        `select skip_reason from notifications where buyer_id = $1 and kind = 'refunds_and_disputes' and channel = 'email'`,
        [buyer.buyerId],
      );
      assert.deepEqual(
        rows.map((r) => r.skip_reason),
        ['preference_off'],
      );
    });

    it('a seller approval of a refund request: event, inbox message and email that the refund is on its way', async () => {
      const buyer = await buyerWithOrder();
      const requested = await call(url(), 'POST', `/v1/orders/${buyer.order.id}/refunds`, {
        token: buyer.token,
        body: {
          type: 'refund',
          reason: 'damaged',
          items: [{ line_item_id: buyer.order.lineItems[0]!.id, quantity: 1 }],
        },
      });
      assert.equal(requested.status, 201, requested.text);
      assert.equal(requested.json.status, 'requested', 'above the auto-approval limit');
      const stream = await openEventStream(url(), buyer.token);
      try {
        await stream.waitFor(0);
        const approved = await call(url(), 'POST', `/v1/refunds/${requested.json.id}/actions`, {
          token: SK,
          body: { action: 'approve' },
        });
        assert.equal(approved.status, 200, approved.text);
        const [event] = await stream.waitFor(1);
        assert.equal(event!.event, 'refund_request.updated');
        assert.equal(event!.data.data.object.id, requested.json.id);
        assert.equal(event!.data.data.object.status, 'refunded');
        assert.equal(event!.data.data.object.milestone, 'refund_issued');
      } finally {
        await stream.close();
      }
      await drain();
      const news = (await inbox(buyer.token)).data.filter((n) => n.case);
      assert.deepEqual(
        news.map((n) => n.case),
        [{ kind: 'refund_request', id: requested.json.id, milestone: 'refund_issued' }],
      );
      assert.deepEqual(
        caseMails(buyer.email).map((m) => subjectOf(m.raw)),
        [`Your refund for order ${news[0]!.order_number} is on its way`],
      );
    });

    it("the seller's rejection and the team's question and decision are news; the buyer's own steps are not", async () => {
      const buyer = await buyerWithOrder();
      const disputeId = await fileDispute(buyer.token, buyer.order);
      const act = async (token: string, body: object) => {
        const result = await call(url(), 'POST', `/v1/disputes/${disputeId}/actions`, { token, body });
        assert.equal(result.status, 200, result.text);
      };
      const agent = await agentToken(server);
      await act(SK, { action: 'reject', reason: 'It left our warehouse intact.' });
      await act(buyer.token, { action: 'escalate' });
      await act(agent, { action: 'request_info', from: 'seller', question: 'Do you have a packing photo?' });
      await act(SK, { action: 'provide_info', message: 'Yes, attached.' });
      await act(agent, { action: 'request_info', from: 'buyer', question: 'Can you show the damage?' });
      await act(buyer.token, { action: 'provide_info', message: 'Here it is.' });
      await act(agent, { action: 'decide_for_seller', reason: 'The packing photo shows it intact.' });
      await drain();
      assert.deepEqual(
        (await inbox(buyer.token)).data.filter((n) => n.case).map((n) => n.case?.milestone),
        ['decided', 'info_requested', 'rejected'],
        "newest first; not the buyer's escalation or answer, nor the question to the seller",
      );
      const number = await orderNumber(buyer.order.id);
      assert.deepEqual(
        caseMails(buyer.email)
          .map((m) => subjectOf(m.raw))
          .sort(),
        [
          `A decision was made on your dispute for order ${number}`,
          `The seller declined your dispute for order ${number}`,
          `We need more information about your dispute for order ${number}`,
        ],
      );
    });

    it('auto-approval when the seller stays silent (the deadline sweep) produces the event and the message', async () => {
      const buyer = await buyerWithOrder();
      const requested = await call(url(), 'POST', `/v1/orders/${buyer.order.id}/refunds`, {
        token: buyer.token,
        body: {
          type: 'return_and_refund',
          reason: 'damaged',
          items: [{ line_item_id: buyer.order.lineItems[0]!.id, quantity: 1 }],
        },
      });
      assert.equal(requested.status, 201, requested.text);
      const stream = await openEventStream(url(), buyer.token);
      try {
        await stream.waitFor(0);
        offset += 49 * HOUR;
        await settleDueRefunds(server.services, now());
        const [event] = await stream.waitFor(1);
        assert.equal(event!.event, 'refund_request.updated');
        assert.equal(event!.data.data.object.id, requested.json.id);
        assert.equal(event!.data.data.object.status, 'approved');
        assert.equal(event!.data.data.object.milestone, 'auto_approved');
        // A second sweep changes nothing and publishes nothing.
        await settleDueRefunds(server.services, now());
        await new Promise((resolve) => setTimeout(resolve, 300));
        assert.equal(stream.received.length, 1);
      } finally {
        await stream.close();
      }
      await drain();
      const news = (await inbox(buyer.token)).data.filter((n) => n.case);
      assert.deepEqual(
        news.map((n) => n.case?.milestone),
        ['auto_approved'],
      );
      assert.equal(caseMails(buyer.email).filter((m) => /was approved$/.test(subjectOf(m.raw))).length, 1);
    });

    it('seller webhooks subscribed to dispute.updated get the event through the outbox', async () => {
      const endpoint = await call(url(), 'POST', '/v1/webhook-endpoints', {
        token: SK,
        body: { url: 'https://example.com/hooks', events: ['dispute.updated'] },
      });
      assert.equal(endpoint.status, 201, endpoint.text);
      const buyer = await buyerWithOrder();
      const disputeId = await fileDispute(buyer.token, buyer.order);
      await offer(disputeId);
      const { rows } = await server.services.db.query<{ event_type: string }>(
        `select d.event_type from webhook_deliveries d join events e on e.id = d.event_id
         where d.endpoint_id = $1 and e.order_id = $2 order by e.sequence`,
        [endpoint.json.id, buyer.order.id],
      );
      assert.deepEqual(
        rows.map((r) => r.event_type),
        ['dispute.updated', 'dispute.updated'],
        'filing and offer; no order events (not subscribed)',
      );
    });

    it('a seller who misses the deadline: the deadline sweep publishes it and tells the buyer', async () => {
      const buyer = await buyerWithOrder();
      const disputeId = await fileDispute(buyer.token, buyer.order);
      const stream = await openEventStream(url(), buyer.token);
      try {
        await stream.waitFor(0);
        offset += 49 * HOUR;
        await settleDueDisputes(server.services, now());
        const [event] = await stream.waitFor(1);
        assert.equal(event!.event, 'dispute.updated');
        assert.equal(event!.data.data.object.id, disputeId);
        assert.equal(event!.data.data.object.status, 'no_agreement');
        assert.equal(event!.data.data.object.milestone, 'deadline_passed');
      } finally {
        await stream.close();
      }
      await drain();
      assert.deepEqual(
        (await inbox(buyer.token)).data.filter((n) => n.case).map((n) => n.case?.milestone),
        ['deadline_passed'],
      );
    });
  });
}

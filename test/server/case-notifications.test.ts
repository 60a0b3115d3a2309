import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TxEvent } from '@txassist/contract';
import { DEMO_KEYS } from '@txassist/server';
import { call } from '../support/http.js';
import { BACKENDS } from '../support/server.js';
import { openEventStream } from '../support/sse.js';
import { deliveredOrder, SK } from './disputes-support.js';
import { useCaseNews } from './case-news-support.js';

for (const backend of BACKENDS) {
  describe(`case news: live events and notifications (${backend})`, () => {
    const caseNews = useCaseNews(backend);
    const { url, drain, inbox, subjectOf, caseMails, newBuyer, orderNumber, fileDispute, offer, buyerWithOrder } =
      caseNews;

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
      const { rows } = await caseNews.server.services.db.query<{ skip_reason: string }>(
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
  });
}

/** Case news from the seller's and the team's later steps, the deadline sweep and seller webhooks. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { settleDueDisputes, settleDueRefunds } from '@txassist/server';
import { call } from '../support/http.js';
import { BACKENDS } from '../support/server.js';
import { openEventStream } from '../support/sse.js';
import { agentToken, SK } from './disputes-support.js';
import { HOUR, useCaseNews } from './case-news-support.js';

for (const backend of BACKENDS) {
  describe(`case news: later steps, deadlines and webhooks (${backend})`, () => {
    const caseNews = useCaseNews(backend);
    const { now, url, drain, inbox, subjectOf, caseMails, orderNumber, fileDispute, offer, buyerWithOrder } = caseNews;

    it("the seller's rejection and the team's question and decision are news; the buyer's own steps are not", async () => {
      const buyer = await buyerWithOrder();
      const disputeId = await fileDispute(buyer.token, buyer.order);
      const act = async (token: string, body: object) => {
        const result = await call(url(), 'POST', `/v1/disputes/${disputeId}/actions`, { token, body });
        assert.equal(result.status, 200, result.text);
      };
      const agent = await agentToken(caseNews.server);
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
        caseNews.later(49 * HOUR);
        await settleDueRefunds(caseNews.server.services, now());
        const [event] = await stream.waitFor(1);
        assert.equal(event!.event, 'refund_request.updated');
        assert.equal(event!.data.data.object.id, requested.json.id);
        assert.equal(event!.data.data.object.status, 'approved');
        assert.equal(event!.data.data.object.milestone, 'auto_approved');
        // A second sweep changes nothing and publishes nothing.
        await settleDueRefunds(caseNews.server.services, now());
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
      const { rows } = await caseNews.server.services.db.query<{ event_type: string }>(
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
        caseNews.later(49 * HOUR);
        await settleDueDisputes(caseNews.server.services, now());
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

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { AgentCaseFile, AgentQueuePage } from '@txassist/contract';
import { DEMO_DISPUTE_FIXTURES, listAudit } from '@txassist/server';
import { call } from '../support/http.js';
import { BACKENDS } from '../support/server.js';
import { staffToken } from '../support/staff.js';
import {
  agentToken,
  deliveredOrder,
  FILES,
  newBuyer,
  SK,
  startClockedServer,
  upload,
  type ClockedServer,
} from './disputes-support.js';

for (const backend of BACKENDS) {
  describe(`agent review queue (${backend})`, () => {
    let env: ClockedServer;
    let agent: string;
    before(async () => {
      env = await startClockedServer(backend);
      agent = await agentToken(env.server);
    });
    after(() => env?.close());

    const act = (token: string, id: string, body: object) =>
      call(env.url, 'POST', `/v1/disputes/${id}/actions`, { token, body });

    /** A dispute the seller rejected and the buyer escalated. */
    async function escalated(withPhoto = false) {
      const buyer = await newBuyer(env.url);
      const order = await deliveredOrder(env.url, buyer.buyerId);
      const photo = withPhoto ? (await upload(env.url, buyer.token, order.id, FILES.png)).json.id : undefined;
      const filed = await call(env.url, 'POST', `/v1/orders/${order.id}/disputes`, {
        token: buyer.token,
        body: {
          reason: 'not_as_described',
          items: [{ line_item_id: order.lineItems[1]!.id, quantity: 2 }],
          description: 'The colour is completely different from the listing.',
          desired_outcome: 'full_refund',
          ...(photo ? { evidence_ids: [photo] } : {}),
        },
      });
      assert.equal(filed.status, 201, filed.text);
      assert.equal((await act(SK, filed.json.id, { action: 'reject', reason: 'It matches the photos.' })).status, 200);
      const up = await act(buyer.token, filed.json.id, { action: 'escalate' });
      assert.equal(up.json.status, 'escalated', up.text);
      return { buyer, order, dispute: filed.json as { id: string } };
    }
    const queue = async (query = '') => {
      const result = await call(env.url, 'GET', `/v1/agent/disputes${query}`, { token: agent });
      assert.equal(result.status, 200, result.text);
      return AgentQueuePage.parse(result.json);
    };

    it('agent-only endpoints refuse buyers and sellers', async () => {
      const buyer = await newBuyer(env.url);
      for (const token of [buyer.token, SK]) {
        assert.equal((await call(env.url, 'GET', '/v1/agent/disputes', { token })).status, 403);
        const file = await call(env.url, 'GET', `/v1/agent/disputes/${DEMO_DISPUTE_FIXTURES.escalatedDispute.id}`, {
          token,
        });
        assert.equal(file.status, 403);
        assert.equal(file.json.code, 'forbidden');
      }
      assert.equal((await call(env.url, 'GET', '/v1/agent/disputes')).status, 401);
      const admin = await staffToken(env.server, 'admin');
      assert.equal((await call(env.url, 'GET', '/v1/agent/disputes', { token: admin })).status, 200);
    });

    it('lists escalated cases oldest first, with their age', async () => {
      const older = await escalated();
      env.advanceHours(5);
      const newer = await escalated();
      env.advanceHours(1);
      const ids: string[] = (await queue('?limit=100')).data.map((item) => item.dispute_id);
      assert.ok(ids.indexOf(older.dispute.id) < ids.indexOf(newer.dispute.id));
      assert.equal(ids[0], DEMO_DISPUTE_FIXTURES.escalatedDispute.id, 'the seeded case waits longest');
      const item = (await queue('?limit=100')).data.find((entry) => entry.dispute_id === older.dispute.id)!;
      assert.equal(item.age_hours, 6);
      assert.equal(item.status, 'escalated');
      const paged = await queue('?limit=1');
      assert.equal(paged.data.length, 1);
      assert.equal(paged.has_more, true);
      const next = await queue(`?limit=1&cursor=${paged.next_cursor}`);
      assert.notEqual(next.data[0]!.dispute_id, paged.data[0]!.dispute_id);
    });

    it('opens a case with thread, evidence, order, shipments and money; inside a support case; audited', async () => {
      const { dispute, order, buyer } = await escalated(true);
      const result = await call(env.url, 'GET', `/v1/agent/disputes/${dispute.id}`, { token: agent });
      assert.equal(result.status, 200, result.text);
      const file = AgentCaseFile.parse(result.json);
      assert.equal(file.dispute.id, dispute.id);
      assert.equal(file.dispute.evidence.length, 1);
      assert.deepEqual(
        file.dispute.messages.map((m) => m.author),
        ['seller'],
      );
      assert.equal(file.order.id, order.id);
      assert.equal(file.captured.amount, order.total);
      assert.equal(file.support_case.status, 'open');
      assert.equal(file.support_case.order_id, order.id);
      assert.match(file.buyer.email ?? '', /@example\.com$/, 'full contact inside the case');
      assert.equal(file.buyer.id, buyer.buyerId);
      assert.deepEqual(file.dispute.allowed_actions.sort(), ['decide_for_buyer', 'decide_for_seller', 'request_info']);
      const again = AgentCaseFile.parse(
        (await call(env.url, 'GET', `/v1/agent/disputes/${dispute.id}`, { token: agent })).json,
      );
      assert.equal(again.support_case.id, file.support_case.id, 'the open support case is reused');
      const events = await listAudit(env.server.services.db, { subjectIds: [dispute.id], limit: 50 });
      assert.equal(events.filter((event) => event.action === 'dispute.case_file_opened').length, 2);
    });

    it('asks a party for information; only that party can answer; then decides for the seller, audited', async () => {
      const { dispute, buyer } = await escalated();
      const asked = await act(agent, dispute.id, {
        action: 'request_info',
        from: 'buyer',
        question: 'Can you send a photo of the label?',
      });
      assert.equal(asked.status, 200, asked.text);
      assert.equal(asked.json.status, 'awaiting_info');
      assert.equal(asked.json.info_request.from, 'buyer');
      assert.equal(asked.json.deadline.action_by, 'buyer');
      const waiting = (await queue('?limit=100')).data.find((item) => item.dispute_id === dispute.id)!;
      assert.equal(waiting.waiting_on, 'buyer');
      const sellerAnswers = await act(SK, dispute.id, { action: 'provide_info', message: 'Here is ours' });
      assert.equal(sellerAnswers.status, 403);
      const view = await call(env.url, 'GET', `/v1/disputes/${dispute.id}`, { token: buyer.token });
      assert.ok(view.json.allowed_actions.includes('provide_info'));
      assert.equal(view.json.messages.at(-1).addressed_to, 'buyer');
      const photo = (await upload(env.url, buyer.token, view.json.order_id, FILES.jpeg, 'label.jpg')).json;
      const answered = await act(buyer.token, dispute.id, {
        action: 'provide_info',
        message: 'Label attached.',
        evidence_ids: [photo.id],
      });
      assert.equal(answered.json.status, 'escalated');
      assert.equal(answered.json.messages.at(-1).evidence[0].id, photo.id);
      const decided = await act(agent, dispute.id, {
        action: 'decide_for_seller',
        reason: 'The item matches the listing.',
      });
      assert.equal(decided.json.status, 'resolved_seller');
      assert.equal(decided.json.decision.outcome, 'seller_favour');
      assert.equal(decided.json.refunded_amount.amount, 0);
      const events = await listAudit(env.server.services.db, { subjectIds: [dispute.id], limit: 50 });
      const decision = events.find((event) => event.action === 'dispute.decided')!;
      assert.equal(decision.actor_type, 'staff');
      assert.equal(decision.reason, 'seller_favour');
      assert.ok(events.some((event) => event.action === 'dispute.info_requested'));
      assert.ok(
        !(await queue('?limit=100')).data.some((item) => item.dispute_id === dispute.id),
        'decided cases leave the queue',
      );
    });

    it('a decision for the buyer cannot refund more than is left, and is audited with the amount', async () => {
      const { dispute, order } = await escalated();
      const tooMuch = await act(agent, dispute.id, {
        action: 'decide_for_buyer',
        refund_amount: order.total + 1,
        reason: 'All of it',
      });
      assert.equal(tooMuch.status, 409);
      assert.equal(tooMuch.json.code, 'refund_limit_exceeded');
      const ok = await act(agent, dispute.id, {
        action: 'decide_for_buyer',
        refund_amount: 3000,
        reason: 'Listing was misleading.',
      });
      assert.equal(ok.json.status, 'resolved_buyer');
      const events = await listAudit(env.server.services.db, { subjectIds: [dispute.id], limit: 50 });
      assert.equal(events.find((event) => event.action === 'dispute.decided')?.reason, 'buyer_favour:3000');
      const again = await act(agent, dispute.id, { action: 'decide_for_seller', reason: 'Changed my mind' });
      assert.equal(again.json.code, 'transition_not_allowed');
    });

    it('agents cannot decide a case that was not escalated', async () => {
      const buyer = await newBuyer(env.url);
      const order = await deliveredOrder(env.url, buyer.buyerId);
      const filed = await call(env.url, 'POST', `/v1/orders/${order.id}/disputes`, {
        token: buyer.token,
        body: {
          reason: 'wrong_item',
          items: [{ line_item_id: order.lineItems[0]!.id, quantity: 1 }],
          description: 'I received a different product.',
          desired_outcome: 'replacement',
        },
      });
      const early = await act(agent, filed.json.id, {
        action: 'decide_for_buyer',
        refund_amount: 100,
        reason: 'Looks right',
      });
      assert.equal(early.status, 409);
      assert.equal(early.json.code, 'transition_not_allowed');
    });
  });
}

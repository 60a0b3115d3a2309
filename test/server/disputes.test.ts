import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Dispute, EvidenceContent, OrderEligibility } from '@txassist/contract';
import { DEMO_DISPUTE_FIXTURES, openClaimIds, pseudonymizeClaims } from '@txassist/server';
import { call } from '../support/http.js';
import { BACKENDS } from '../support/server.js';
import {
  agentToken,
  deliveredOrder,
  FILES,
  newBuyer,
  secondSeller,
  SK,
  startClockedServer,
  upload,
  type ClockedServer,
} from './disputes-support.js';

for (const backend of BACKENDS) {
  describe(`disputes (${backend})`, () => {
    let env: ClockedServer;
    before(async () => {
      env = await startClockedServer(backend);
    });
    after(() => env?.close());

    const file = (token: string, orderId: string, body: object, key?: string) =>
      call(env.url, 'POST', `/v1/orders/${orderId}/disputes`, {
        token,
        body,
        ...(key ? { idempotencyKey: key } : {}),
      });
    const act = (token: string, id: string, body: object) =>
      call(env.url, 'POST', `/v1/disputes/${id}/actions`, { token, body });
    const get = async (token: string, id: string) => {
      const result = await call(env.url, 'GET', `/v1/disputes/${id}`, { token });
      assert.equal(result.status, 200, result.text);
      return Dispute.parse(result.json);
    };
    const damaged = (order: { lineItems: { id: string }[] }, extra: object = {}) => ({
      reason: 'damaged',
      items: [{ line_item_id: order.lineItems[0]!.id, quantity: 1 }],
      description: 'The item arrived broken in two pieces.',
      desired_outcome: 'full_refund',
      ...extra,
    });

    // First, before any test moves the clock: idempotency records are dated by the database's clock.
    it('a retried submission with the same idempotency key files once', async () => {
      const buyer = await newBuyer(env.url);
      const order = await deliveredOrder(env.url, buyer.buyerId);
      const first = await file(buyer.token, order.id, damaged(order), 'dispute-retry-1');
      const second = await file(buyer.token, order.id, damaged(order), 'dispute-retry-1');
      assert.equal(first.status, 201, first.text);
      assert.equal(second.status, 201);
      assert.equal(second.headers.get('idempotent-replayed'), 'true');
      assert.equal(second.json.id, first.json.id);
      const list = await call(env.url, 'GET', `/v1/disputes?order_id=${order.id}`, { token: buyer.token });
      assert.equal(list.json.data.length, 1);
    });

    it('files a damaged dispute with a photo; partial offer, declined, escalated, decided for the buyer', async () => {
      const buyer = await newBuyer(env.url);
      const order = await deliveredOrder(env.url, buyer.buyerId);
      const photo = await upload(env.url, buyer.token, order.id, FILES.png, 'crack.jpg');
      assert.equal(photo.status, 201, photo.text);
      assert.equal(photo.json.content_type, 'image/png', 'type from the bytes, not the name');

      const filed = await file(buyer.token, order.id, damaged(order, { evidence_ids: [photo.json.id] }));
      assert.equal(filed.status, 201, filed.text);
      const dispute = Dispute.parse(filed.json);
      assert.equal(dispute.status, 'awaiting_seller');
      assert.equal(dispute.amount.amount, 4000);
      assert.deepEqual(
        dispute.evidence.map((e) => e.id),
        [photo.json.id],
      );
      assert.equal(dispute.deadline?.action_by, 'seller');
      assert.equal(dispute.deadline?.on_expiry, 'escalation_available');
      assert.deepEqual(dispute.allowed_actions, ['withdraw']);

      const offer = await act(SK, dispute.id, {
        action: 'offer',
        outcome: 'partial_refund',
        amount: 1000,
        note: 'Half?',
      });
      assert.equal(offer.status, 200, offer.text);
      assert.equal(offer.json.status, 'offer_pending');
      assert.equal(offer.json.offer.amount.amount, 1000);

      const declined = await act(buyer.token, dispute.id, { action: 'decline_offer' });
      assert.equal(declined.json.status, 'no_agreement');
      assert.equal(declined.json.escalation_reason, 'offer_declined');
      assert.ok(declined.json.allowed_actions.includes('escalate'));

      const escalated = await act(buyer.token, dispute.id, { action: 'escalate', note: 'Please review.' });
      assert.equal(escalated.json.status, 'escalated');
      assert.ok(escalated.json.escalated_at);

      const agent = await agentToken(env.server);
      const decided = await act(agent, dispute.id, {
        action: 'decide_for_buyer',
        refund_amount: 4000,
        reason: 'The photo shows the damage.',
      });
      assert.equal(decided.status, 200, decided.text);
      assert.equal(decided.json.status, 'resolved_buyer');
      assert.equal(decided.json.decision.outcome, 'buyer_favour');
      assert.equal(decided.json.refunded_amount.amount, 4000);
      assert.ok(decided.json.closed_at);

      const seen = await get(buyer.token, dispute.id);
      assert.equal(seen.decision?.reason, 'The photo shows the damage.');
      assert.deepEqual(seen.allowed_actions, []);
      const eligibility = OrderEligibility.parse(
        (await call(env.url, 'GET', `/v1/orders/${order.id}/eligibility`, { token: buyer.token })).json,
      );
      assert.equal(eligibility.refunded.amount, 4000);
    });

    it('refuses steps the table does not allow, and steps by the wrong party', async () => {
      const buyer = await newBuyer(env.url);
      const order = await deliveredOrder(env.url, buyer.buyerId);
      const dispute = (await file(buyer.token, order.id, damaged(order))).json;
      const escalateEarly = await act(buyer.token, dispute.id, { action: 'escalate' });
      assert.equal(escalateEarly.status, 409);
      assert.equal(escalateEarly.json.code, 'transition_not_allowed');
      const buyerOffers = await act(buyer.token, dispute.id, { action: 'offer', outcome: 'full_refund' });
      assert.equal(buyerOffers.status, 403);
      assert.equal(buyerOffers.json.code, 'forbidden');
      const sellerDecides = await act(SK, dispute.id, { action: 'decide_for_seller', reason: 'Nope nope' });
      assert.equal(sellerDecides.status, 403);
      const badPartial = await act(SK, dispute.id, { action: 'offer', outcome: 'partial_refund', amount: 4000 });
      assert.equal(badPartial.status, 422);
      assert.equal(badPartial.json.code, 'validation_failed');
      const withdrawn = await act(buyer.token, dispute.id, { action: 'withdraw' });
      assert.equal(withdrawn.json.status, 'withdrawn');
      const again = await act(buyer.token, dispute.id, { action: 'withdraw' });
      assert.equal(again.json.code, 'transition_not_allowed');
      const message = await call(env.url, 'POST', `/v1/disputes/${dispute.id}/messages`, {
        token: buyer.token,
        body: { body: 'hello?' },
      });
      assert.equal(message.status, 409);
    });

    it('the seller missing the deadline makes escalation available', async () => {
      const buyer = await newBuyer(env.url);
      const order = await deliveredOrder(env.url, buyer.buyerId);
      const dispute = (await file(buyer.token, order.id, damaged(order))).json;
      env.advanceHours(47);
      assert.equal((await get(buyer.token, dispute.id)).status, 'awaiting_seller');
      env.advanceHours(2);
      const late = await get(buyer.token, dispute.id);
      assert.equal(late.status, 'no_agreement');
      assert.equal(late.escalation_reason, 'seller_missed_deadline');
      assert.ok(late.allowed_actions.includes('escalate'));
      const sellerRejects = await act(SK, dispute.id, { action: 'reject', reason: 'Too late now' });
      assert.equal(sellerRejects.json.code, 'transition_not_allowed');
      assert.equal((await act(buyer.token, dispute.id, { action: 'escalate' })).json.status, 'escalated');
    });

    it('accepting a full refund offer settles and refunds; a second dispute on the order is then possible only for other items', async () => {
      const buyer = await newBuyer(env.url);
      const order = await deliveredOrder(env.url, buyer.buyerId);
      const dispute = (await file(buyer.token, order.id, damaged(order))).json;
      const duplicate = await file(buyer.token, order.id, damaged(order));
      assert.equal(duplicate.status, 409);
      assert.equal(duplicate.json.code, 'case_already_open');
      await act(SK, dispute.id, { action: 'offer', outcome: 'full_refund' });
      const settled = await act(buyer.token, dispute.id, { action: 'accept_offer' });
      assert.equal(settled.json.status, 'settled');
      assert.equal(settled.json.refunded_amount.amount, 4000);
      const sameItem = await file(buyer.token, order.id, damaged(order));
      assert.equal(sameItem.status, 422);
      assert.equal(sameItem.json.code, 'claim_exceeds_order');
    });

    it('accepting a return offer opens an approved return-and-refund request', async () => {
      const buyer = await newBuyer(env.url);
      const order = await deliveredOrder(env.url, buyer.buyerId);
      const dispute = (await file(buyer.token, order.id, damaged(order, { desired_outcome: 'return_and_refund' })))
        .json;
      await act(SK, dispute.id, { action: 'offer', outcome: 'return_and_refund' });
      const settled = await act(buyer.token, dispute.id, { action: 'accept_offer' });
      assert.equal(settled.json.status, 'settled');
      assert.match(settled.json.refund_id, /^ref_/);
      const refund = await call(env.url, 'GET', `/v1/refunds/${settled.json.refund_id}`, { token: SK });
      assert.equal(refund.json.status, 'approved');
      assert.equal(refund.json.type, 'return_and_refund');
      assert.ok(refund.json.allowed_actions.includes('issue_return_label'));
    });

    it("a buyer or seller never sees or acts on another one's dispute", async () => {
      const owner = await newBuyer(env.url);
      const stranger = await newBuyer(env.url);
      const order = await deliveredOrder(env.url, owner.buyerId);
      const dispute = (await file(owner.token, order.id, damaged(order))).json;
      const otherSk = await secondSeller(env.server);
      for (const token of [stranger.token, otherSk]) {
        assert.equal((await call(env.url, 'GET', `/v1/disputes/${dispute.id}`, { token })).status, 404);
        assert.equal((await act(token, dispute.id, { action: 'withdraw' })).status, 404);
        assert.equal((await act(token, dispute.id, { action: 'offer', outcome: 'full_refund' })).status, 404);
        const listed = await call(env.url, 'GET', '/v1/disputes', { token });
        assert.ok(!listed.json.data.some((d: { id: string }) => d.id === dispute.id));
        const posted = await call(env.url, 'POST', `/v1/disputes/${dispute.id}/messages`, {
          token,
          body: { body: 'hi' },
        });
        assert.equal(posted.status, 404);
      }
      assert.equal((await file(stranger.token, order.id, damaged(order))).status, 404, 'filing on a foreign order');
      assert.equal(
        (await call(env.url, 'GET', `/v1/orders/${order.id}/eligibility`, { token: stranger.token })).status,
        404,
      );
      const own = await call(env.url, 'GET', `/v1/disputes/${dispute.id}`, { token: SK });
      assert.equal(own.status, 200);
      assert.deepEqual(own.json.flags, [], 'flags are for agents only');
    });

    it('the mediation thread carries messages with attachments from both parties', async () => {
      const buyer = await newBuyer(env.url);
      const order = await deliveredOrder(env.url, buyer.buyerId);
      const dispute = (await file(buyer.token, order.id, damaged(order))).json;
      const pdf = await upload(env.url, SK, order.id, FILES.pdf, 'packing-list.pdf');
      assert.equal(pdf.status, 201, pdf.text);
      const fromSeller = await call(env.url, 'POST', `/v1/disputes/${dispute.id}/messages`, {
        token: SK,
        body: { body: 'Here is our packing list.', evidence_ids: [pdf.json.id] },
      });
      assert.equal(fromSeller.status, 201, fromSeller.text);
      assert.equal(fromSeller.json.author, 'seller');
      await call(env.url, 'POST', `/v1/disputes/${dispute.id}/messages`, {
        token: buyer.token,
        body: { body: 'Thanks.' },
      });
      const thread = (await get(buyer.token, dispute.id)).messages;
      assert.deepEqual(
        thread.map((m) => m.author),
        ['seller', 'buyer'],
      );
      assert.equal(thread[0]!.evidence[0]!.content_type, 'application/pdf');
      const content = await call(env.url, 'GET', thread[0]!.evidence[0]!.content_path, { token: buyer.token });
      assert.equal(content.status, 200);
      const stored = EvidenceContent.parse(content.json);
      assert.equal(stored.evidence.content_type, 'application/pdf');
      assert.deepEqual(Buffer.from(stored.data, 'base64'), FILES.pdf);
    });

    it('eligibility: windows per reason from the policy, and closed windows refuse filing', async () => {
      const buyer = await newBuyer(env.url);
      const order = await deliveredOrder(env.url, buyer.buyerId);
      const eligibility = OrderEligibility.parse(
        (await call(env.url, 'GET', `/v1/orders/${order.id}/eligibility`, { token: buyer.token })).json,
      );
      assert.equal(eligibility.dispute_reasons.damaged.status, 'eligible');
      assert.equal(eligibility.refund_types.return_and_refund.status, 'eligible');
      const closes = new Date(eligibility.refund_types.refund.closes_at!).getTime();
      assert.equal(closes - env.now().getTime() < 15 * 86_400_000 + 60_000, true);
      // not_received is anchored on an estimated delivery this order never had.
      assert.equal(eligibility.dispute_reasons.not_received.status, 'not_yet_eligible');
      env.advanceHours(31 * 24);
      const later = OrderEligibility.parse(
        (await call(env.url, 'GET', `/v1/orders/${order.id}/eligibility`, { token: buyer.token })).json,
      );
      assert.equal(later.dispute_reasons.damaged.status, 'window_closed');
      assert.equal(later.dispute_reasons.unauthorized.status, 'eligible');
      const refused = await file(buyer.token, order.id, damaged(order));
      assert.equal(refused.status, 409);
      assert.equal(refused.json.code, 'not_eligible');
    });

    it("erasure keeps claims as records without the buyer's words or files, under the pseudonym", async () => {
      const buyer = await newBuyer(env.url);
      const order = await deliveredOrder(env.url, buyer.buyerId);
      const photo = await upload(env.url, buyer.token, order.id, FILES.png);
      const dispute = (await file(buyer.token, order.id, damaged(order, { evidence_ids: [photo.json.id] }))).json;
      await call(env.url, 'POST', `/v1/disputes/${dispute.id}/messages`, {
        token: buyer.token,
        body: { body: 'My phone is 07700 900123' },
      });
      const db = env.server.services.db;
      assert.deepEqual(await openClaimIds(db, buyer.buyerId), [dispute.id]);
      await db.transaction((tx) =>
        pseudonymizeClaims(tx, env.server.services.cipher, buyer.buyerId, 'byr_pseudonym000001'),
      );
      const { rows } = await db.query<{ buyer_id: string; description: string }>(
        'select buyer_id, description from disputes where id = $1',
        [dispute.id],
      );
      assert.equal(rows[0]!.buyer_id, 'byr_pseudonym000001');
      assert.doesNotMatch(rows[0]!.description, /broken/);
      const messages = await db.query<{ body: string }>('select body from case_messages where dispute_id = $1', [
        dispute.id,
      ]);
      assert.ok(messages.rows.every((row) => !row.body.includes('07700')));
      const files = await db.query('select 1 from evidence_files where id = $1', [photo.json.id]);
      assert.equal(files.rows.length, 0);
      assert.deepEqual(await openClaimIds(db, buyer.buyerId), []);
    });

    it('an open dispute blocks erasure through the privacy API, naming the case', async () => {
      const buyer = await newBuyer(env.url);
      const order = await deliveredOrder(env.url, buyer.buyerId);
      const filed = await file(buyer.token, order.id, damaged(order));
      assert.equal(filed.status, 201, filed.text);
      const preview = await call(env.url, 'GET', '/v1/me/erasure', { token: buyer.token });
      assert.equal(preview.status, 200, preview.text);
      assert.equal(preview.json.can_erase, false);
      const { number } = (await call(env.url, 'GET', `/v1/orders/${order.id}`, { token: buyer.token })).json;
      assert.match(number, /^TX-\d+$/);
      assert.deepEqual(preview.json.blockers, [
        {
          code: 'open_disputes',
          records: [filed.json.id],
          // Which order each case is about, so the privacy centre can name and link it (issue 15).
          details: [{ id: filed.json.id, order_id: order.id, order_number: number, cancellable: false }],
        },
      ]);
      const erase = await call(env.url, 'POST', '/v1/me/erasure', { token: buyer.token, body: { confirm: true } });
      assert.equal(erase.json.code, 'erasure_blocked', erase.text);
      const withdrawn = await act(buyer.token, filed.json.id, { action: 'withdraw' });
      assert.equal(withdrawn.status, 200, withdrawn.text);
      const after = await call(env.url, 'GET', '/v1/me/erasure', { token: buyer.token });
      assert.equal(after.json.can_erase, true, after.text);
    });

    it('seeds an escalated demo dispute for the agent queue', async () => {
      const agent = await agentToken(env.server);
      const queue = await call(env.url, 'GET', '/v1/agent/disputes', { token: agent });
      assert.equal(queue.status, 200, queue.text);
      assert.ok(
        queue.json.data.some(
          (item: { dispute_id: string }) => item.dispute_id === DEMO_DISPUTE_FIXTURES.escalatedDispute.id,
        ),
      );
    });
  });
}

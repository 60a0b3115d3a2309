import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { OrderEligibility, RefundRequest } from '@txassist/contract';
import { call } from '../support/http.js';
import { BACKENDS } from '../support/server.js';
import {
  deliveredOrder,
  newBuyer,
  secondSeller,
  SK,
  startClockedServer,
  type ClockedServer,
  type TestOrder,
} from './disputes-support.js';

for (const backend of BACKENDS) {
  describe(`refunds and returns (${backend})`, () => {
    let env: ClockedServer;
    before(async () => {
      env = await startClockedServer(backend);
    });
    after(() => env?.close());

    const request = (token: string, orderId: string, body: object, key?: string) =>
      call(env.url, 'POST', `/v1/orders/${orderId}/refunds`, { token, body, ...(key ? { idempotencyKey: key } : {}) });
    const act = (token: string, id: string, body: object) =>
      call(env.url, 'POST', `/v1/refunds/${id}/actions`, { token, body });
    const get = async (token: string, id: string) => {
      const result = await call(env.url, 'GET', `/v1/refunds/${id}`, { token });
      assert.equal(result.status, 200, result.text);
      return RefundRequest.parse(result.json);
    };
    const first = (order: TestOrder, quantity = 1) => [{ line_item_id: order.lineItems[0]!.id, quantity }];
    const eligibility = async (token: string, orderId: string) =>
      OrderEligibility.parse((await call(env.url, 'GET', `/v1/orders/${orderId}/eligibility`, { token })).json);

    it('concurrent requests never promise or refund more than was captured', async () => {
      const buyer = await newBuyer(env.url);
      // One item ×6 at 1000: each request for 2 is worth 2000; the order total is 6500 (with shipping).
      const order = await deliveredOrder(env.url, buyer.buyerId, { items: [[1000, 6]] });
      const results = await Promise.all(
        Array.from({ length: 6 }, () =>
          request(buyer.token, order.id, { type: 'refund', reason: 'damaged', items: first(order, 2) }),
        ),
      );
      const created = results.filter((result) => result.status === 201);
      assert.equal(created.length, 3, results.map((r) => `${r.status} ${r.json?.code}`).join(', '));
      for (const refused of results.filter((result) => result.status !== 201)) {
        assert.equal(refused.status, 422);
        assert.equal(refused.json.code, 'claim_exceeds_order');
      }
      // The seller approves all three at once: each approval pays at once.
      const approvals = await Promise.all(created.map((result) => act(SK, result.json.id, { action: 'approve' })));
      assert.deepEqual(
        approvals.map((a) => a.json.status),
        ['refunded', 'refunded', 'refunded'],
      );
      const after = await eligibility(buyer.token, order.id);
      assert.equal(after.refunded.amount, 6000);
      assert.ok(after.refunded.amount <= after.captured.amount);
    });

    it('concurrent requests for different items: the money left, not the items, is the limit', async () => {
      const buyer = await newBuyer(env.url);
      // Two items of 1000, shipping 500, discount 1800: 700 was paid.
      const order = await deliveredOrder(env.url, buyer.buyerId, {
        items: [
          [1000, 1],
          [1000, 1],
        ],
        discount: 1800,
      });
      assert.equal(order.total, 700);
      const results = await Promise.all(
        [0, 1, 0, 1].map((index) =>
          request(buyer.token, order.id, {
            type: 'refund',
            reason: 'damaged',
            items: [{ line_item_id: order.lineItems[index]!.id, quantity: 1 }],
          }),
        ),
      );
      const created = results.filter((result) => result.status === 201);
      assert.equal(created.length, 1, results.map((r) => `${r.status} ${r.json?.code}`).join(', '));
      assert.equal(created[0]!.json.requested_amount.amount, 700, 'capped at what was paid');
      const codes = results.filter((result) => result.status !== 201).map((result) => result.json.code);
      assert.ok(codes.includes('refund_limit_exceeded'), codes.join(','));
      assert.ok(
        codes.every((code) => code === 'refund_limit_exceeded' || code === 'claim_exceeds_order'),
        codes.join(','),
      );
      await act(SK, created[0]!.json.id, { action: 'approve' });
      const state = await eligibility(buyer.token, order.id);
      assert.equal(state.refunded.amount, 700);
      assert.equal(state.refundable.amount, 0);
      assert.equal(state.refund_types.refund.status, 'not_available');
    });

    it('refund: requested → approved → refunded → completed by the buyer', async () => {
      const buyer = await newBuyer(env.url);
      const order = await deliveredOrder(env.url, buyer.buyerId);
      const created = await request(buyer.token, order.id, { type: 'refund', reason: 'damaged', items: first(order) });
      assert.equal(created.status, 201, created.text);
      const refund = RefundRequest.parse(created.json);
      assert.equal(refund.status, 'requested');
      assert.equal(refund.requested_amount.amount, 4000);
      assert.deepEqual(refund.allowed_actions, ['cancel']);
      assert.equal(refund.deadline?.action_by, 'seller');
      assert.equal(refund.deadline?.on_expiry, 'auto_approve');
      const bySeller = await get(SK, refund.id);
      assert.deepEqual(bySeller.allowed_actions, ['approve', 'reject', 'offer_partial']);
      const approved = await act(SK, refund.id, { action: 'approve' });
      assert.equal(approved.json.status, 'refunded');
      assert.equal(approved.json.refunded_amount.amount, 4000);
      assert.deepEqual(
        approved.json.history.map((h: { action: string }) => h.action),
        ['request', 'approve', 'issue_refund'],
      );
      const done = await act(buyer.token, refund.id, { action: 'complete' });
      assert.equal(done.json.status, 'completed');
    });

    it('the seller counters with a partial refund; the buyer accepts it', async () => {
      const buyer = await newBuyer(env.url);
      const order = await deliveredOrder(env.url, buyer.buyerId);
      const refund = (await request(buyer.token, order.id, { type: 'refund', reason: 'damaged', items: first(order) }))
        .json;
      const tooMuch = await act(SK, refund.id, { action: 'offer_partial', amount: 4000 });
      assert.equal(tooMuch.status, 422);
      const countered = await act(SK, refund.id, {
        action: 'offer_partial',
        amount: 2500,
        note: 'Keep it, with 25 back',
      });
      assert.equal(countered.json.status, 'countered');
      assert.equal(countered.json.deadline.action_by, 'buyer');
      const accepted = await act(buyer.token, refund.id, { action: 'accept_offer' });
      assert.equal(accepted.json.status, 'refunded');
      assert.equal(accepted.json.refunded_amount.amount, 2500);
    });

    it('return and refund: label, buyer ships, seller receives, money goes back', async () => {
      const buyer = await newBuyer(env.url);
      const order = await deliveredOrder(env.url, buyer.buyerId);
      const refund = (
        await request(buyer.token, order.id, { type: 'return_and_refund', reason: 'wrong_item', items: first(order) })
      ).json;
      assert.equal((await act(SK, refund.id, { action: 'approve' })).json.status, 'approved');
      const early = await act(buyer.token, refund.id, {
        action: 'mark_shipped',
        carrier: 'sim',
        tracking_number: 'RET123',
      });
      assert.equal(early.json.code, 'transition_not_allowed');
      const label = await act(SK, refund.id, {
        action: 'issue_return_label',
        carrier: 'sim',
        tracking_number: 'RET123',
        label_url: 'https://labels.example.com/RET123.pdf',
      });
      assert.equal(label.json.status, 'awaiting_buyer_shipment');
      assert.equal(label.json.return_label.label_url, 'https://labels.example.com/RET123.pdf');
      assert.equal(label.json.deadline.on_expiry, 'auto_cancel');
      const shipped = await act(buyer.token, refund.id, {
        action: 'mark_shipped',
        carrier: 'sim',
        tracking_number: 'RET123',
      });
      assert.equal(shipped.json.status, 'buyer_shipped');
      const received = await act(SK, refund.id, { action: 'mark_received' });
      assert.equal(received.json.status, 'refunded');
      assert.equal(received.json.refunded_amount.amount, 4000);
    });

    it('replacement: 24 h seller deadline, then shipped, then completed automatically', async () => {
      const buyer = await newBuyer(env.url);
      const order = await deliveredOrder(env.url, buyer.buyerId);
      const created = await request(buyer.token, order.id, {
        type: 'replacement',
        reason: 'damaged',
        items: first(order),
      });
      const refund = RefundRequest.parse(created.json);
      const hours = (new Date(refund.deadline!.due_at).getTime() - env.now().getTime()) / 3600_000;
      assert.ok(hours > 23.9 && hours <= 24, `${hours}`);
      const counter = await act(SK, refund.id, { action: 'offer_partial', amount: 100 });
      assert.equal(counter.json.code, 'transition_not_allowed', 'replacements cannot be countered');
      await act(SK, refund.id, { action: 'approve' });
      const replaced = await act(SK, refund.id, {
        action: 'ship_replacement',
        carrier: 'sim',
        tracking_number: 'NEW555',
      });
      assert.equal(replaced.json.status, 'replaced');
      assert.equal(replaced.json.refunded_amount.amount, 0);
      env.advanceHours(73);
      assert.equal((await get(buyer.token, refund.id)).status, 'completed');
    });

    it('seller silence past the deadline auto-approves (and pays)', async () => {
      const buyer = await newBuyer(env.url);
      const order = await deliveredOrder(env.url, buyer.buyerId);
      const refund = (await request(buyer.token, order.id, { type: 'refund', reason: 'damaged', items: first(order) }))
        .json;
      env.advanceHours(47);
      assert.equal((await get(buyer.token, refund.id)).status, 'requested');
      env.advanceHours(2);
      const late = await get(buyer.token, refund.id);
      assert.equal(late.status, 'refunded');
      assert.equal(late.auto_approved, true);
      assert.ok(late.history.some((h) => h.action === 'auto_approve' && h.by === 'system'));
      const tooLate = await act(SK, refund.id, { action: 'reject', reason: 'We disagree' });
      assert.equal(tooLate.status, 409);
      assert.equal(tooLate.json.code, 'transition_not_allowed');
    });

    it('a return not shipped in time is cancelled; an unanswered counter-offer lapses', async () => {
      const buyer = await newBuyer(env.url);
      const order = await deliveredOrder(env.url, buyer.buyerId);
      const ret = (
        await request(buyer.token, order.id, { type: 'return_and_refund', reason: 'wrong_item', items: first(order) })
      ).json;
      await act(SK, ret.id, { action: 'approve' });
      await act(SK, ret.id, { action: 'issue_return_label', carrier: 'sim', tracking_number: 'RET999' });
      const counter = (
        await request(buyer.token, order.id, {
          type: 'refund',
          reason: 'damaged',
          items: [{ line_item_id: order.lineItems[1]!.id, quantity: 1 }],
        })
      ).json;
      await act(SK, counter.id, { action: 'offer_partial', amount: 500 });
      env.advanceHours(7 * 24 + 1);
      assert.equal((await get(buyer.token, ret.id)).status, 'cancelled');
      assert.equal((await get(buyer.token, counter.id)).status, 'cancelled');
    });

    it('small requests from buyers in good standing are approved at once', async () => {
      const buyer = await newBuyer(env.url);
      const order = await deliveredOrder(env.url, buyer.buyerId, {
        items: [
          [400, 1],
          [3000, 1],
        ],
      });
      const small = await request(buyer.token, order.id, {
        type: 'refund',
        reason: 'missing_parts',
        items: first(order),
      });
      assert.equal(small.status, 201, small.text);
      assert.equal(small.json.status, 'refunded');
      assert.equal(small.json.auto_approved, true);
      const big = await request(buyer.token, order.id, {
        type: 'refund',
        reason: 'missing_parts',
        items: [{ line_item_id: order.lineItems[1]!.id, quantity: 1 }],
      });
      assert.equal(big.json.status, 'requested');
    });

    it('refuses items not in the order, windows that are closed or not open, and unpaid orders', async () => {
      const buyer = await newBuyer(env.url);
      const order = await deliveredOrder(env.url, buyer.buyerId);
      const foreignItem = await request(buyer.token, order.id, {
        type: 'refund',
        reason: 'damaged',
        items: [{ line_item_id: 'li_notinthisorder1', quantity: 1 }],
      });
      assert.equal(foreignItem.status, 422);
      assert.equal(foreignItem.json.code, 'claim_exceeds_order');
      const tooMany = await request(buyer.token, order.id, {
        type: 'refund',
        reason: 'damaged',
        items: first(order, 5),
      });
      assert.equal(tooMany.json.code, 'claim_exceeds_order');
      const inTransit = await deliveredOrder(env.url, buyer.buyerId, { status: 'in_transit' });
      const ret = await request(buyer.token, inTransit.id, {
        type: 'return_and_refund',
        reason: 'damaged',
        items: first(inTransit),
      });
      assert.equal(ret.status, 409);
      assert.equal(ret.json.code, 'not_eligible');
      const refundInTransit = await eligibility(buyer.token, inTransit.id);
      assert.equal(refundInTransit.refund_types.refund.status, 'eligible');
      assert.equal(refundInTransit.refund_types.refund.closes_at, null);
      assert.equal(refundInTransit.refund_types.return_and_refund.unavailable_reason, 'order_status');
      env.advanceHours(15 * 24 + 1);
      const closed = await request(buyer.token, order.id, { type: 'refund', reason: 'damaged', items: first(order) });
      assert.equal(closed.status, 409);
      assert.equal(closed.json.code, 'not_eligible');
      assert.equal((await eligibility(buyer.token, order.id)).refund_types.refund.status, 'window_closed');
    });

    it("a buyer or seller never sees or acts on another one's request; sellers cannot file", async () => {
      const owner = await newBuyer(env.url);
      const stranger = await newBuyer(env.url);
      const order = await deliveredOrder(env.url, owner.buyerId);
      const refund = (await request(owner.token, order.id, { type: 'refund', reason: 'damaged', items: first(order) }))
        .json;
      const otherSk = await secondSeller(env.server);
      for (const token of [stranger.token, otherSk]) {
        assert.equal((await call(env.url, 'GET', `/v1/refunds/${refund.id}`, { token })).status, 404);
        assert.equal((await act(token, refund.id, { action: 'cancel' })).status, 404);
        assert.equal((await act(token, refund.id, { action: 'approve' })).status, 404);
        const listed = await call(env.url, 'GET', '/v1/refunds', { token });
        assert.equal(listed.status, 200);
        assert.ok(!listed.json.data.some((r: { id: string }) => r.id === refund.id));
      }
      const sellerFiles = await request(SK, order.id, { type: 'refund', reason: 'damaged', items: first(order) });
      assert.equal(sellerFiles.status, 403);
      const buyerApproves = await act(owner.token, refund.id, { action: 'approve' });
      assert.equal(buyerApproves.status, 403);
    });

    it('the seller policy is validated and drives deadlines', async () => {
      const otherSk = await secondSeller(env.server);
      const policy = await call(env.url, 'GET', '/v1/policy', { token: otherSk });
      assert.equal(policy.status, 200);
      assert.equal(policy.json.seller_response_hours, 48);
      assert.equal(policy.json.replacement_response_hours, 24);
      const bad = await call(env.url, 'POST', '/v1/policy', {
        token: otherSk,
        body: { replacement_response_hours: 72 },
      });
      assert.equal(bad.status, 422, 'replacement deadline longer than the general one');
      const badTypes = await call(env.url, 'POST', '/v1/policy', {
        token: otherSk,
        body: { evidence: { accepted_types: ['image/gif'], max_bytes: 1000, max_files: 0 } },
      });
      assert.equal(badTypes.status, 422);
      const changed = await call(env.url, 'POST', '/v1/policy', {
        token: otherSk,
        body: {
          seller_response_hours: 12,
          replacement_response_hours: 6,
          dispute_windows: { damaged: { anchor: 'delivered', grace_hours: 0, length_days: 5 } },
        },
      });
      assert.equal(changed.status, 200, changed.text);
      assert.equal(changed.json.dispute_windows.damaged.length_days, 5);
      assert.equal(changed.json.dispute_windows.not_received.anchor, 'estimated_delivery', 'other reasons kept');
      const buyer = await newBuyer(env.url, otherSk);
      const order = await deliveredOrder(env.url, buyer.buyerId, { secretKey: otherSk });
      const refund = (await request(buyer.token, order.id, { type: 'refund', reason: 'damaged', items: first(order) }))
        .json;
      const hours = (new Date(refund.deadline.due_at).getTime() - env.now().getTime()) / 3600_000;
      assert.ok(hours > 11.9 && hours <= 12, `${hours}`);
      const buyerReads = await call(env.url, 'GET', '/v1/policy', { token: buyer.token });
      assert.equal(buyerReads.status, 403);
    });
  });
}

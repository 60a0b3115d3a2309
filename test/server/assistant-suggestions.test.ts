import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { AssistantSuggestions, Dispute, REFUND_ARRIVAL_DAYS, RefundRequest } from '@txassist/contract';
import { DEMO_FIXTURES, DEMO_KEYS, signWebhook } from '@txassist/server';
import { call } from '../support/http.js';
import { BACKENDS } from '../support/server.js';
import { deliveredOrder, newBuyer, SK, startClockedServer, type ClockedServer } from './disputes-support.js';
import { card, cardToken, place, readyCheckout } from './payments-support.js';

const DAY = 86_400_000;
let trackingCounter = 0;

for (const backend of BACKENDS) {
  describe(`help assistant suggestions (${backend})`, () => {
    let env: ClockedServer;
    before(async () => {
      env = await startClockedServer(backend);
    });
    after(() => env?.close());

    const suggestions = async (token: string) => {
      const result = await call(env.url, 'GET', '/v1/me/assistant/suggestions', { token });
      assert.equal(result.status, 200, result.text);
      return AssistantSuggestions.parse(result.json).data;
    };

    /** An order with one parcel from the simulated carrier (estimate given or none). */
    const shippedOrder = async (buyerId: string, estimate?: { earliest: Date; latest: Date }) => {
      const created = await call(env.url, 'POST', '/v1/orders', {
        token: SK,
        body: { buyer_id: buyerId, currency: 'USD', line_items: [{ title: 'Lamp', quantity: 1, unit_amount: 2500 }] },
      });
      assert.equal(created.status, 201, created.text);
      const order = { id: created.json.id as string };
      const ready = await call(env.url, 'POST', `/v1/orders/${order.id}/status`, {
        token: SK,
        body: { status: 'awaiting_shipment' },
      });
      assert.equal(ready.status, 200, ready.text);
      const tracking = `AST${Date.now()}${++trackingCounter}`;
      const shipment = await call(env.url, 'POST', `/v1/orders/${order.id}/shipments`, {
        token: SK,
        body: {
          carrier: 'sim',
          tracking_number: tracking,
          ...(estimate && {
            estimated_delivery: { earliest: estimate.earliest.toISOString(), latest: estimate.latest.toISOString() },
          }),
        },
      });
      assert.equal(shipment.status, 201, shipment.text);
      return { order, tracking };
    };

    const carrierEvent = async (tracking: string, tag: string) => {
      const body = JSON.stringify({
        id: `evt-${tracking}-${tag}`,
        tracking_number: tracking,
        tag,
        message: `Carrier says ${tag}`,
        occurred_at: env.now().toISOString(),
      });
      const signature = await signWebhook(body, [DEMO_FIXTURES.carrierSecret], Math.floor(env.now().getTime() / 1000));
      const posted = await call(env.url, 'POST', '/v1/carriers/sim/events', {
        rawBody: body,
        headers: { 'Content-Type': 'application/json', 'Tx-Signature': signature },
      });
      assert.equal(posted.status, 202, posted.text);
      await env.server.services.jobs.idle();
    };

    it('nothing wrong: the most recent orders with their status; no orders, no suggestions', async () => {
      const buyer = await newBuyer(env.url);
      assert.deepEqual(await suggestions(buyer.token), []);
      const older = await deliveredOrder(env.url, buyer.buyerId);
      const newer = await deliveredOrder(env.url, buyer.buyerId, { status: 'in_transit' });
      const list = await suggestions(buyer.token);
      assert.deepEqual(
        list.map((s) => [s.code, s.order.id, s.order.status, s.action.type, s.action.order_id]),
        [
          ['recent_order', newer.id, 'in_transit', 'view_order', newer.id],
          ['recent_order', older.id, 'delivered', 'view_order', older.id],
        ],
      );
      assert.equal(list[0]!.order.total.amount, newer.total);
    });

    it('issue 16: an unpaid order without a declined attempt is payment_pending; asked from a delivered order, that order comes first with order_help', async () => {
      const buyer = await newBuyer(env.url);
      const delivered = await deliveredOrder(env.url, buyer.buyerId);
      const created = await call(env.url, 'POST', '/v1/orders', {
        token: SK,
        body: {
          buyer_id: buyer.buyerId,
          currency: 'USD',
          line_items: [{ title: 'Mug', quantity: 1, unit_amount: 1800 }],
        },
      });
      assert.equal(created.status, 201, created.text);
      const unpaidId = created.json.id as string;
      const plain = await suggestions(buyer.token);
      assert.deepEqual(
        plain.map((s) => [s.code, s.order.id, s.action.type]),
        [['payment_pending', unpaidId, 'pay_now']],
      );
      const asked = await call(env.url, 'GET', `/v1/me/assistant/suggestions?order_id=${delivered.id}`, {
        token: buyer.token,
      });
      assert.equal(asked.status, 200, asked.text);
      assert.deepEqual(
        AssistantSuggestions.parse(asked.json).data.map((s) => [s.code, s.order.id, s.action.type]),
        [
          ['order_help', delivered.id, 'report_problem'],
          ['payment_pending', unpaidId, 'pay_now'],
        ],
      );
      // Another buyer's order id is ignored, as if absent.
      const other = await newBuyer(env.url);
      const theirs = await call(env.url, 'GET', `/v1/me/assistant/suggestions?order_id=${delivered.id}`, {
        token: other.token,
      });
      assert.equal(theirs.status, 200, theirs.text);
      assert.deepEqual(AssistantSuggestions.parse(theirs.json).data, []);
    });

    it('a declined payment: the buyer-safe decline code and "try another card" with the checkout to resume', async () => {
      const buyer = await newBuyer(env.url);
      const checkoutId = await readyCheckout(env.url, buyer.token);
      const placed = await place(env.url, buyer.token, checkoutId, {
        type: 'card',
        token: await cardToken(env.url, card('insufficient_funds')),
      });
      assert.equal(placed.status, 200, placed.text);
      assert.equal(placed.json.status, 'requires_payment_method');
      const [first, ...rest] = await suggestions(buyer.token);
      assert.equal(rest.length, 0, 'the unpaid order is the failed payment, not also a recent order');
      assert.equal(first!.code, 'payment_failed');
      assert.equal(first!.decline_code, 'insufficient_funds');
      assert.equal(first!.order.id, placed.json.order_id);
      assert.equal(first!.order.status, 'unpaid');
      assert.deepEqual(first!.action, {
        type: 'try_another_card',
        order_id: placed.json.order_id,
        checkout_id: checkoutId,
        case_id: null,
      });
    });

    it('a parcel with a delivery exception: "report a problem"', async () => {
      const buyer = await newBuyer(env.url);
      const { order, tracking } = await shippedOrder(buyer.buyerId);
      await carrierEvent(tracking, 'exception');
      const list = await suggestions(buyer.token);
      assert.deepEqual(
        list.map((s) => [s.code, s.order.id, s.tracking_tag, s.action.type]),
        [['parcel_exception', order.id, 'exception', 'report_problem']],
      );
    });

    it('a parcel past its latest estimate: late, "report a problem"; once delivered, no longer', async () => {
      const buyer = await newBuyer(env.url);
      const now = env.now().getTime();
      const { order, tracking } = await shippedOrder(buyer.buyerId, {
        earliest: new Date(now - 3 * DAY),
        latest: new Date(now - DAY),
      });
      const list = await suggestions(buyer.token);
      assert.deepEqual(
        list.map((s) => [s.code, s.order.id, s.action.type]),
        [['parcel_late', order.id, 'report_problem']],
      );
      await carrierEvent(tracking, 'delivered');
      assert.deepEqual(
        (await suggestions(buyer.token)).map((s) => s.code),
        ['recent_order'],
      );
    });

    it('an approved refund: the amount and the day the money arrives by', async () => {
      const buyer = await newBuyer(env.url);
      const order = await deliveredOrder(env.url, buyer.buyerId);
      const requested = await call(env.url, 'POST', `/v1/orders/${order.id}/refunds`, {
        token: buyer.token,
        body: { type: 'refund', reason: 'damaged', items: [{ line_item_id: order.lineItems[0]!.id, quantity: 1 }] },
      });
      assert.equal(requested.status, 201, requested.text);
      const approved = await call(env.url, 'POST', `/v1/refunds/${requested.json.id}/actions`, {
        token: SK,
        body: { action: 'approve' },
      });
      assert.equal(approved.status, 200, approved.text);
      const refund = RefundRequest.parse(approved.json);
      const list = await suggestions(buyer.token);
      assert.equal(list.length, 1, JSON.stringify(list));
      const [suggestion] = list;
      assert.equal(suggestion!.code, 'refund_approved');
      assert.deepEqual(suggestion!.amount, { amount: 4000, currency: 'USD' });
      assert.equal(
        suggestion!.due_at,
        new Date(Date.parse(refund.updated_at) + REFUND_ARRIVAL_DAYS * DAY).toISOString(),
      );
      assert.deepEqual(suggestion!.action, {
        type: 'view_refund',
        order_id: order.id,
        checkout_id: null,
        case_id: refund.id,
      });
    });

    it('a dispute waiting on the buyer (an offer to answer): "reply by" its deadline; answered, no longer', async () => {
      const buyer = await newBuyer(env.url);
      const order = await deliveredOrder(env.url, buyer.buyerId);
      const filed = await call(env.url, 'POST', `/v1/orders/${order.id}/disputes`, {
        token: buyer.token,
        body: {
          reason: 'damaged',
          items: [{ line_item_id: order.lineItems[0]!.id, quantity: 1 }],
          description: 'The item arrived broken in two pieces.',
          desired_outcome: 'full_refund',
        },
      });
      assert.equal(filed.status, 201, filed.text);
      assert.deepEqual(
        (await suggestions(buyer.token)).map((s) => s.code),
        ['recent_order'],
        'waiting on the seller is not the buyer’s to do',
      );
      const offered = await call(env.url, 'POST', `/v1/disputes/${filed.json.id}/actions`, {
        token: SK,
        body: { action: 'offer', outcome: 'partial_refund', amount: 1000 },
      });
      assert.equal(offered.status, 200, offered.text);
      const dispute = Dispute.parse(offered.json);
      assert.equal(dispute.deadline?.action_by, 'buyer');
      const list = await suggestions(buyer.token);
      assert.deepEqual(
        list.map((s) => [s.code, s.due_at, s.action.type, s.action.case_id]),
        [['dispute_reply_needed', dispute.deadline!.due_at, 'reply_to_dispute', dispute.id]],
      );
      const declined = await call(env.url, 'POST', `/v1/disputes/${dispute.id}/actions`, {
        token: buyer.token,
        body: { action: 'decline_offer' },
      });
      assert.equal(declined.status, 200, declined.text);
      assert.deepEqual(
        (await suggestions(buyer.token)).map((s) => s.code),
        ['recent_order'],
      );
    });

    it('most pressing first: a failed payment before a newer late parcel', async () => {
      const buyer = await newBuyer(env.url);
      const checkoutId = await readyCheckout(env.url, buyer.token);
      await place(env.url, buyer.token, checkoutId, {
        type: 'card',
        token: await cardToken(env.url, card('generic_decline')),
      });
      // The parcel comes second, so newest-first alone would put it first: the rule's rank decides.
      const now = env.now().getTime();
      await shippedOrder(buyer.buyerId, { earliest: new Date(now - 3 * DAY), latest: new Date(now - DAY) });
      assert.deepEqual(
        (await suggestions(buyer.token)).map((s) => s.code),
        ['payment_failed', 'parcel_late'],
      );
    });

    it('a buyer sees only their own: another buyer, a guest session, no session, a seller key', async () => {
      const owner = await newBuyer(env.url);
      const other = await newBuyer(env.url);
      const checkoutId = await readyCheckout(env.url, owner.token);
      const placed = await place(env.url, owner.token, checkoutId, {
        type: 'card',
        token: await cardToken(env.url, card('insufficient_funds')),
      });
      await deliveredOrder(env.url, owner.buyerId);
      const otherOrder = await deliveredOrder(env.url, other.buyerId);
      const others = await suggestions(other.token);
      assert.deepEqual(
        others.map((s) => [s.code, s.order.id]),
        [['recent_order', otherOrder.id]],
      );
      assert.ok(!JSON.stringify(others).includes(placed.json.order_id));

      const guest = await call(env.url, 'POST', '/v1/guest/order-lookups', {
        headers: { 'X-Tx-Publishable-Key': DEMO_KEYS.publishableKey },
        body: { order_number: 'tx-1006', email: 'ada@example.com' },
      });
      assert.equal(guest.status, 201, guest.text);
      const asGuest = await call(env.url, 'GET', '/v1/me/assistant/suggestions', { token: guest.json.token });
      assert.equal(asGuest.status, 403);
      assert.equal(asGuest.json.code, 'forbidden');

      const anonymous = await call(env.url, 'GET', '/v1/me/assistant/suggestions');
      assert.equal(anonymous.status, 401);
      assert.equal(anonymous.json.code, 'unauthenticated');

      const seller = await call(env.url, 'GET', '/v1/me/assistant/suggestions', { token: SK });
      assert.equal(seller.status, 403);
      assert.equal(seller.json.code, 'forbidden');
    });
  });
}

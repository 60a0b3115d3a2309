import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { AgentQueuePage, RefundRequest } from '@txassist/contract';
import { DEMO_DISPUTE_FIXTURES } from '@txassist/server';
import { call } from '../support/http.js';
import { BACKENDS } from '../support/server.js';
import {
  agentToken,
  deliveredOrder,
  newBuyer,
  SK,
  startClockedServer,
  type ClockedServer,
} from './disputes-support.js';

for (const backend of BACKENDS) {
  describe(`fraud checks on claims (${backend})`, () => {
    let env: ClockedServer;
    let agent: string;
    before(async () => {
      env = await startClockedServer(backend);
      agent = await agentToken(env.server);
    });
    after(() => env?.close());

    const smallRefund = async (token: string, buyerId: string) => {
      const order = await deliveredOrder(env.url, buyerId, {
        items: [
          [400, 1],
          [9000, 1],
        ],
      });
      const result = await call(env.url, 'POST', `/v1/orders/${order.id}/refunds`, {
        token,
        body: {
          type: 'refund',
          reason: 'missing_parts',
          items: [{ line_item_id: order.lineItems[0]!.id, quantity: 1 }],
        },
      });
      assert.equal(result.status, 201, result.text);
      return result.json as { id: string; status: string };
    };

    it('flags repeat low-value claims and a high refund rate, with reasons, and stops instant approval', async () => {
      const buyer = await newBuyer(env.url);
      const first = await smallRefund(buyer.token, buyer.buyerId);
      const second = await smallRefund(buyer.token, buyer.buyerId);
      assert.equal(first.status, 'refunded', 'small and in good standing: approved at once');
      assert.equal(second.status, 'refunded');
      const third = await smallRefund(buyer.token, buyer.buyerId);
      assert.equal(third.status, 'requested', 'a flagged claim waits for the seller');
      const asAgent = RefundRequest.parse(
        (await call(env.url, 'GET', `/v1/refunds/${third.id}`, { token: agent })).json,
      );
      const codes = asAgent.flags.map((flag) => flag.code).sort();
      assert.deepEqual(codes, ['high_refund_rate', 'repeat_low_value_claims']);
      const lowValue = asAgent.flags.find((flag) => flag.code === 'repeat_low_value_claims')!;
      assert.match(lowValue.message, /2 other low-value claims in the last 90 days/);
      const rate = asAgent.flags.find((flag) => flag.code === 'high_refund_rate')!;
      assert.match(rate.message, /2 of the buyer's 3 paid orders were refunded/);
      const asBuyer = await call(env.url, 'GET', `/v1/refunds/${third.id}`, { token: buyer.token });
      assert.deepEqual(asBuyer.json.flags, []);
      const asSeller = await call(env.url, 'GET', `/v1/refunds/${third.id}`, { token: SK });
      assert.deepEqual(asSeller.json.flags, []);
    });

    it('flags "not received" claims on orders the carrier delivered to the buyer\'s address', async () => {
      const session = await call(env.url, 'POST', '/v1/sessions', {
        token: SK,
        body: { buyer: { id: DEMO_DISPUTE_FIXTURES.buyer.id } },
      });
      const order = DEMO_DISPUTE_FIXTURES.disputableOrder.id;
      const orderView = await call(env.url, 'GET', `/v1/orders/${order}`, { token: session.json.token });
      const filed = await call(env.url, 'POST', `/v1/orders/${order}/disputes`, {
        token: session.json.token,
        body: {
          reason: 'not_received',
          items: [{ line_item_id: orderView.json.line_items[0].id, quantity: 1 }],
          description: 'The parcel never arrived at my door.',
          desired_outcome: 'full_refund',
        },
      });
      assert.equal(filed.status, 201, filed.text);
      assert.deepEqual(filed.json.flags, [], 'the buyer does not see flags');
      const flagged = AgentQueuePage.parse(
        (await call(env.url, 'GET', '/v1/agent/disputes?queue=flagged', { token: agent })).json,
      );
      const item = flagged.data.find((entry) => entry.dispute_id === filed.json.id)!;
      assert.ok(item, 'in the flagged queue');
      assert.equal(item.flags[0]!.code, 'delivered_to_verified_address');
      assert.match(item.flags[0]!.message, /delivered to the buyer's confirmed shipping address on \d{4}-\d{2}-\d{2}/);
      const escalatedQueue = AgentQueuePage.parse(
        (await call(env.url, 'GET', '/v1/agent/disputes', { token: agent })).json,
      );
      assert.ok(!escalatedQueue.data.some((entry) => entry.dispute_id === filed.json.id), 'not escalated yet');
    });

    it('limits how many claims a buyer can file in an hour', async () => {
      const buyer = await newBuyer(env.url);
      const order = await deliveredOrder(env.url, buyer.buyerId, { items: [[9000, 12]] });
      const claim = () =>
        call(env.url, 'POST', `/v1/orders/${order.id}/refunds`, {
          token: buyer.token,
          body: { type: 'refund', reason: 'damaged', items: [{ line_item_id: order.lineItems[0]!.id, quantity: 1 }] },
        });
      for (let i = 0; i < 10; i++) assert.equal((await claim()).status, 201);
      const limited = await claim();
      assert.equal(limited.status, 429);
      assert.equal(limited.json.code, 'rate_limited');
      assert.ok(Number(limited.headers.get('retry-after')) > 0);
      env.advanceHours(1);
      assert.equal((await claim()).status, 201, 'the next hour is open again');
    });
  });
}

import { contractValidation } from '@txassist/sdk/validation';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createClient, type TxClient, type TxEvent } from '@txassist/sdk';
import { DEMO_KEYS, dispatchPending } from '@txassist/server';
import { startTestServer, type TestServer } from '../support/server.js';
import { deliveredOrder, newBuyer } from '../server/disputes-support.js';
import { waitUntil } from './helpers.js';

const clientWith = (apiBase: string, token: string): TxClient =>
  createClient({
    validateResponses: contractValidation,
    apiBase,
    getSessionToken: () => token,
    retryBaseDelay: 5,
    retryMaxDelay: 20,
  });

describe('SDK: case news on the event stream (real server)', () => {
  let server: TestServer;
  let seller: TxClient;
  const stops: (() => void)[] = [];
  before(async () => {
    server = await startTestServer();
    seller = clientWith(server.url, DEMO_KEYS.secretKey);
  });
  after(async () => {
    stops.forEach((stop) => stop());
    await server?.close();
  });

  it("a seller's offer reaches the buyer's subscription as a typed dispute.updated event; refunds as refund_request.updated", async () => {
    const { token, buyerId } = await newBuyer(server.url);
    const order = await deliveredOrder(server.url, buyerId);
    const buyer = clientWith(server.url, token);
    const dispute = await buyer.disputes.file(order.id, {
      reason: 'damaged',
      items: [{ line_item_id: order.lineItems[0]!.id, quantity: 1 }],
      description: 'The lid is cracked.',
      desired_outcome: 'full_refund',
    });

    const events: TxEvent[] = [];
    const errors: unknown[] = [];
    let open = false;
    stops.push(
      buyer.events.subscribe((event) => events.push(event), {
        onStatus: (status) => (open ||= status === 'open'),
        onError: (error) => errors.push(error),
      }),
    );
    await waitUntil(() => open, 5000, 'stream open');
    await seller.disputes.act(dispute.id, { action: 'offer', outcome: 'partial_refund', amount: 1000 });
    await waitUntil(() => events.length === 1, 5000, 'one event');
    const event = events[0]!;
    // Narrowing on `type` gives the thin case reference, typed by the contract.
    assert.ok(event.type === 'dispute.updated', event.type);
    assert.equal(event.data.object.id, dispute.id);
    assert.equal(event.data.object.order_id, order.id);
    assert.equal(event.data.object.status, 'offer_pending');
    assert.equal(event.data.object.milestone, 'offer_received');
    // The buyer re-reads the case through the authorised GET.
    const fresh = await buyer.disputes.get(event.data.object.id);
    assert.equal(fresh.status, 'offer_pending');

    const second = await deliveredOrder(server.url, buyerId);
    const refund = await buyer.refunds.request(second.id, {
      type: 'refund',
      reason: 'damaged',
      items: [{ line_item_id: second.lineItems[0]!.id, quantity: 1 }],
    });
    await seller.refunds.act(refund.id, { action: 'reject', reason: 'Not covered' });
    await waitUntil(
      () => events.some((e) => e.type === 'refund_request.updated' && e.data.object.milestone === 'rejected'),
      5000,
      'refund rejection',
    );
    const rejected = events.find((e) => e.type === 'refund_request.updated' && e.data.object.milestone === 'rejected');
    assert.ok(rejected?.type === 'refund_request.updated');
    assert.equal(rejected.data.object.id, refund.id);
    assert.equal(rejected.data.object.status, 'rejected');
    assert.deepEqual(errors, [], 'every event validates against the contract');

    // The inbox (validated by the SDK against the contract) words the news from codes.
    let news: Awaited<ReturnType<TxClient['notifications']['list']>>['data'] = [];
    // The server's own loop may be sending them too: read until both arrived.
    for (let attempt = 0; attempt < 100 && news.length < 2; attempt++) {
      await dispatchPending(server.services);
      news = (await buyer.notifications.list()).data.filter((n) => n.case);
      if (news.length < 2) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    assert.deepEqual(
      news.map((n) => [n.kind, n.case?.kind, n.case?.id, n.case?.milestone]).sort(),
      [
        ['refunds_and_disputes', 'dispute', dispute.id, 'offer_received'],
        ['refunds_and_disputes', 'refund_request', refund.id, 'rejected'],
      ].sort(),
    );
  });
});

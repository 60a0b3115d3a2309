import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createClient, type TxClient } from '@txassist/sdk';
import { DEMO_KEYS } from '@txassist/server';
import { startTestServer, type TestServer } from '../support/server.js';
import { staffToken } from '../support/staff.js';
import { deliveredOrder, newBuyer } from '../server/disputes-support.js';

const clientWith = (apiBase: string, token: string): TxClient =>
  createClient({ apiBase, getSessionToken: () => token, retryBaseDelay: 5, retryMaxDelay: 20 });

/** Every page by hand: `list` with each `next_cursor` until there is none. */
async function walk<T extends { id: string }>(
  list: (cursor: string | null) => Promise<{ data: T[]; has_more: boolean; next_cursor: string | null }>,
): Promise<string[][]> {
  const pages: string[][] = [];
  let cursor: string | null = null;
  do {
    const page = await list(cursor);
    pages.push(page.data.map((item) => item.id));
    cursor = page.has_more ? page.next_cursor : null;
  } while (cursor);
  return pages;
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

describe('SDK: every list resource has listPages and listAll (real server)', () => {
  let server: TestServer;
  let buyer: TxClient;
  let seller: TxClient;
  let agent: TxClient;
  const orderIds: string[] = [];

  before(async () => {
    server = await startTestServer();
    const { token, buyerId } = await newBuyer(server.url);
    buyer = clientWith(server.url, token);
    seller = clientWith(server.url, DEMO_KEYS.secretKey);
    agent = clientWith(server.url, await staffToken(server, 'agent'));
    for (let index = 0; index < 3; index++) {
      const order = await deliveredOrder(server.url, buyerId);
      orderIds.push(order.id);
      const items = [{ line_item_id: order.lineItems[0]!.id, quantity: 1 }];
      await buyer.refunds.request(order.id, { type: 'refund', reason: 'damaged', items });
      const dispute = await buyer.disputes.file(order.id, {
        reason: 'damaged',
        items: [{ line_item_id: order.lineItems[1]!.id, quantity: 1 }],
        description: `Dispute ${index}: the lid snapped off.`,
        desired_outcome: 'full_refund',
      });
      // The seller's answer is news for the buyer: one inbox message per dispute.
      await seller.disputes.reject(dispute.id, 'The lid was intact when it left us.');
    }
  });
  after(() => server?.close());

  /** The same walk three ways for one case resource: by hand, `listPages`, `listAll`. */
  async function checkCaseWalks(cases: TxClient['refunds'] | TxClient['disputes']) {
    const list = (params: { limit: number; cursor?: string | null }) =>
      cases.list(params) as Promise<{
        data: { id: string; order_id: string }[];
        has_more: boolean;
        next_cursor: string | null;
      }>;
    const byHand = await walk((cursor) => list({ limit: 2, cursor }));
    assert.deepEqual(
      byHand.map((page) => page.length),
      [2, 1],
      'the buyer has three cases of each kind',
    );
    const pages = await collect(cases.listPages({ limit: 2 }) as AsyncIterable<{ data: { id: string }[] }>);
    assert.deepEqual(
      pages.map((page) => page.data.map((item) => item.id)),
      byHand,
    );
    const all = await collect(cases.listAll({ limit: 2 }) as AsyncIterable<{ id: string; order_id: string }>);
    assert.deepEqual(
      all.map((item) => item.id),
      byHand.flat(),
    );
    assert.deepEqual(all.map((item) => item.order_id).sort(), [...orderIds].sort());
  }

  it('refunds and disputes: the pages listPages yields are the pages the cursors give, listAll their items', async () => {
    await checkCaseWalks(buyer.refunds);
    await checkCaseWalks(buyer.disputes);
  });

  it('filters carry across pages; a cursor starts the walk later', async () => {
    const oneOrder = await collect(seller.refunds.listAll({ orderId: orderIds[0]!, limit: 1 }));
    assert.deepEqual(
      oneOrder.map((refund) => refund.order_id),
      [orderIds[0]],
    );
    const first = await buyer.disputes.list({ limit: 1 });
    const rest = await collect(buyer.disputes.listAll({ limit: 1, cursor: first.next_cursor }));
    assert.equal(rest.length, 2);
    assert.equal(
      rest.some((dispute) => dispute.id === first.data[0]!.id),
      false,
    );
  });

  it('notifications and the agent queue page the same way', async () => {
    const inbox = await walk((cursor) => buyer.notifications.list({ limit: 2, cursor }));
    assert.ok(inbox.flat().length >= 3, "the seller's answers sent the buyer messages");
    assert.deepEqual(
      (await collect(buyer.notifications.listPages({ limit: 2 }))).map((page) => page.data.map((item) => item.id)),
      inbox,
    );
    assert.deepEqual(
      (await collect(buyer.notifications.listAll({ limit: 2 }))).map((item) => item.id),
      inbox.flat(),
    );

    const queue = (await agent.agent.queue({ limit: 100 })).data.map((item) => item.dispute_id);
    assert.ok(queue.length >= 1, 'the demo data has an escalated dispute');
    const pages = await collect(agent.agent.queuePages({ limit: 1 }));
    assert.equal(pages.length, queue.length);
    assert.deepEqual(
      (await collect(agent.agent.queueAll({ limit: 1 }))).map((item) => item.dispute_id),
      queue,
    );
  });
});

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { SupportConversation, type TxEvent } from '@txassist/contract';
import { createClient, NotFoundError, ValidationError } from '@txassist/sdk';
import { contractValidation } from '@txassist/sdk/validation';
import { startTestServer, type TestServer } from '../support/server.js';
import { staffToken } from '../support/staff.js';
import { deliveredOrder, newBuyer } from '../server/disputes-support.js';
import { DEMO_KEYS, rejectionOf, waitUntil } from './helpers.js';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

const clientWith = (token: string) =>
  createClient({
    validateResponses: contractValidation,
    apiBase: server.url,
    publishableKey: DEMO_KEYS.publishableKey,
    getSessionToken: () => token,
  });

describe('support', { timeout: 120_000 }, () => {
  test('a buyer opens a conversation, an agent answers live, an internal note never reaches the buyer', async () => {
    const buyer = await newBuyer(server.url);
    const order = await deliveredOrder(server.url, buyer.buyerId);
    const client = clientWith(buyer.token);
    const agent = clientWith(await staffToken(server, 'agent'));

    const snapshot = await client.support.context({ orderId: order.id });
    assert.equal(snapshot.context.order_status, 'delivered');
    assert.ok(snapshot.support.first_response_hours > 0);

    const conversation = await client.support.open({
      topic: 'delivery',
      message: 'Late parcel',
      order_id: order.id as `ord_${string}`,
    });
    assert.ok(SupportConversation.safeParse(conversation).success);

    const events: TxEvent[] = [];
    const stop = client.events.subscribe((event) => events.push(event));
    try {
      await agent.support.read(conversation.id, 'answering the buyer');
      await agent.support.agentReply(conversation.id, { message: 'Internal: carrier delay', internal: true });
      await agent.support.agentReply(conversation.id, { message: 'It is on its way.' });
      await waitUntil(() => events.some((event) => event.type === 'support.replied'), 20_000, 'support.replied');
    } finally {
      stop();
    }
    const seen = await client.support.get(conversation.id);
    assert.equal(seen.status, 'answered');
    assert.deepEqual(
      seen.messages.map((message) => message.body),
      ['Late parcel', 'It is on its way.'],
    );
    const page = await client.support.list();
    assert.deepEqual(
      page.data.map((entry) => entry.id),
      [conversation.id],
    );
    const queue = await agent.support.queue({ limit: 100 });
    assert.ok(queue.data.some((item) => item.id === conversation.id));
    const closed = await client.support.close(conversation.id);
    assert.equal(closed.status, 'closed');
  });

  test('typed errors: another buyer’s conversation is NotFoundError, an empty message ValidationError', async () => {
    const owner = await newBuyer(server.url);
    const other = await newBuyer(server.url);
    const conversation = await clientWith(owner.token).support.open({ topic: 'other', message: 'Hello' });
    assert.ok((await rejectionOf(clientWith(other.token).support.get(conversation.id))) instanceof NotFoundError);
    const empty = await rejectionOf(clientWith(owner.token).support.open({ topic: 'other', message: ' ' }));
    assert.ok(empty instanceof ValidationError, String(empty));
  });
});

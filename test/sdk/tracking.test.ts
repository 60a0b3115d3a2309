import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { dispatchPending } from '@txassist/server';
import { NotFoundError, type TxClient } from '@txassist/sdk';
import { startTestServer, type TestServer } from '../support/server.js';
import { buyerClient, DEMO_FIXTURES, ORDERS, OTHER_BUYER_ORDER, rejectionOf, setOrderStatus } from './helpers.js';

let server: TestServer;
let client: TxClient;

before(async () => {
  server = await startTestServer({ config: { backgroundLoops: false } });
  client = await buyerClient(server.url, server.url);
});
after(() => server.close());

describe('shipments', () => {
  test("list returns the order's parcels with checkpoints, newest first", async () => {
    const [shipment, ...rest] = await client.shipments.list(ORDERS.in_transit);
    assert.equal(rest.length, 0);
    assert.equal(shipment!.id, DEMO_FIXTURES.shipments.in_transit.id);
    assert.equal(shipment!.carrier.code, 'sim');
    assert.equal(shipment!.tag, 'in_transit');
    const times = shipment!.checkpoints.map((checkpoint) => Date.parse(checkpoint.occurred_at));
    assert.deepEqual(
      times,
      [...times].sort((a, b) => b - a),
    );
    assert.ok(shipment!.estimated_delivery);
  });

  test('an order without parcels has none; a foreign order is NotFoundError', async () => {
    assert.deepEqual(await client.shipments.list(ORDERS.unpaid), []);
    assert.ok((await rejectionOf(client.shipments.list(OTHER_BUYER_ORDER))) instanceof NotFoundError);
  });
});

describe('notifications', () => {
  test('the inbox lists delivered messages, counts unread ones and marks them read', async () => {
    assert.equal((await client.notifications.list()).unread_count, 0);
    await setOrderStatus(server.url, ORDERS.awaiting_shipment, 'in_transit');
    while ((await dispatchPending(server.services)) > 0);
    const inbox = await client.notifications.list({ unreadOnly: true });
    assert.equal(inbox.unread_count, 1);
    assert.equal(inbox.data[0]!.order_number, 'TX-1003');
    const read = await client.notifications.markRead(inbox.data[0]!.id);
    assert.ok(read.read_at);
    assert.equal((await client.notifications.list()).unread_count, 0);
    assert.deepEqual((await client.notifications.list({ unreadOnly: true })).data, []);
  });

  test('marking an unknown message is NotFoundError', async () => {
    assert.ok((await rejectionOf(client.notifications.markRead('ntf_doesnotexist00'))) instanceof NotFoundError);
  });
});

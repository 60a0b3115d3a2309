import { contractValidation } from '@txassist/sdk/validation';
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  createClient,
  createClientWith,
  createOrdersResource,
  createShipmentsResource,
  NotFoundError,
  type ResourceFactory,
} from '@txassist/sdk';
import { startTestServer, type TestServer } from '../support/server.js';
import { buyerToken, DEMO_KEYS, ORDERS, OTHER_BUYER_ORDER, rejectionOf } from './helpers.js';

let server: TestServer;
let token: string;

before(async () => {
  server = await startTestServer();
  token = await buyerToken(server.url);
});
after(() => server.close());

describe('createClientWith', () => {
  test('a client with only `orders` reads the buyer’s order from the real server and has nothing else', async () => {
    const client = createClientWith(
      { apiBase: server.url, publishableKey: DEMO_KEYS.publishableKey, getSessionToken: () => token },
      { orders: createOrdersResource },
    );
    assert.deepEqual(Object.keys(client), ['orders']);
    // @ts-expect-error -- only the resources passed in exist, in the type too
    assert.equal(client.shipments, undefined);

    const order = await client.orders.get(ORDERS.awaiting_shipment);
    assert.equal(order.id, ORDERS.awaiting_shipment);
    assert.equal(order.status, 'awaiting_shipment');
    // Authorisation is the server's: another buyer's order is the same 404 as a missing one.
    assert.ok((await rejectionOf(client.orders.get(OTHER_BUYER_ORDER))) instanceof NotFoundError);
  });

  test('the resources given share one pipeline and one session token', async () => {
    let lookups = 0;
    const client = createClientWith(
      {
        apiBase: server.url,
        publishableKey: DEMO_KEYS.publishableKey,
        getSessionToken: () => {
          lookups += 1;
          return token;
        },
      },
      { orders: createOrdersResource, shipments: createShipmentsResource },
    );
    assert.deepEqual(Object.keys(client).sort(), ['orders', 'shipments']);
    const order = await client.orders.get(ORDERS.in_transit);
    const shipments = await client.shipments.list(order.id);
    assert.ok(shipments.length > 0);
    assert.ok(shipments.every((shipment) => shipment.order_id === order.id));
    assert.equal(lookups, 1);
  });

  test('an invalid apiBase fails at creation, as with createClient', () => {
    const factories: Record<string, ResourceFactory> = { orders: createOrdersResource };
    assert.throws(() => createClientWith({ apiBase: 'not a url' }, factories), TypeError);
  });

  test('createClient still builds every resource', () => {
    const client = createClient({ validateResponses: contractValidation, apiBase: server.url });
    assert.deepEqual(Object.keys(client).sort(), [
      'agent',
      'assistant',
      'checkouts',
      'disputes',
      'events',
      'feedback',
      'notifications',
      'orders',
      'paymentIntents',
      'privacy',
      'products',
      'refunds',
      'sessions',
      'shipments',
      'support',
    ]);
  });
});

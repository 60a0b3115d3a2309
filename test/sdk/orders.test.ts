import { contractValidation } from '@txassist/sdk/validation';
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  ApiError,
  AuthenticationError,
  createClient,
  NotFoundError,
  ValidationError,
  type GetSessionToken,
  type TxClient,
} from '@txassist/sdk';
import { ORDER_STATUSES } from '@txassist/contract';
import { startTestServer, type TestServer } from '../support/server.js';
import { BUYER_1, buyerClient, buyerToken, DEMO_KEYS, ORDERS, OTHER_BUYER_ORDER, rejectionOf } from './helpers.js';

let server: TestServer;
let client: TxClient;

before(async () => {
  server = await startTestServer();
  client = await buyerClient(server.url, server.url);
});
after(() => server.close());

describe('orders', () => {
  test('get returns a demo order validated against the contract', async () => {
    const order = await client.orders.get(ORDERS.awaiting_shipment);
    assert.equal(order.id, ORDERS.awaiting_shipment);
    assert.equal(order.number, 'TX-1003');
    assert.equal(order.status, 'awaiting_shipment');
    assert.equal(order.buyer_id, BUYER_1.id);
    assert.ok(order.buyer_actions.some((action) => action.action === 'cancel'));
  });

  test('list filters by status', async () => {
    const page = await client.orders.list({ status: 'delivered' });
    assert.equal(page.object, 'list');
    assert.deepEqual(
      page.data.map((order) => order.id),
      [ORDERS.delivered],
    );
    assert.equal(page.has_more, false);
    assert.equal(page.next_cursor, null);
  });

  test('list pages with a cursor; listPages and listAll walk every page once', async () => {
    const first = await client.orders.list({ limit: 4 });
    assert.equal(first.data.length, 4);
    assert.equal(first.has_more, true);
    assert.ok(first.next_cursor);
    const second = await client.orders.list({ limit: 4, cursor: first.next_cursor });
    assert.equal(second.data.length, 4);
    assert.equal(
      second.data.some((order) => first.data.some((seen) => seen.id === order.id)),
      false,
      'pages must not overlap',
    );

    const pages = [];
    for await (const page of client.orders.listPages({ limit: 4 })) pages.push(page);
    assert.deepEqual(
      pages.map((page) => page.data.length),
      [4, 4, 1],
    );

    const all = [];
    for await (const order of client.orders.listAll({ limit: 4 })) all.push(order.id);
    assert.equal(new Set(all).size, all.length, 'no order twice');
    assert.deepEqual([...all].sort(), ORDER_STATUSES.map((status) => ORDERS[status]).sort());
    assert.equal(all.includes(OTHER_BUYER_ORDER), false);
  });

  test("another buyer's order is NotFoundError", async () => {
    const error = await rejectionOf(client.orders.get(OTHER_BUYER_ORDER));
    assert.ok(error instanceof NotFoundError, String(error));
    assert.ok(error instanceof ApiError);
    assert.equal(error.status, 404);
    assert.equal(error.code, 'not_found');
    assert.match(error.requestId ?? '', /^req_/);
    assert.equal(error.problem?.code, 'not_found');
  });

  test('path parameters are encoded: "/" and "?" cannot reach another route', async () => {
    // Unencoded, these would be POST /v1/orders/{id}/cancel (405) and GET /v1/orders/{id} (200).
    for (const id of [`${ORDERS.unpaid}/cancel`, `${ORDERS.unpaid}?x=1`, `${ORDERS.unpaid}#frag`, '../orders']) {
      const error = await rejectionOf(client.orders.get(id));
      assert.ok(error instanceof NotFoundError, `${id}: ${String(error)}`);
      assert.equal(error.code, 'not_found');
    }
    assert.equal((await client.orders.get(ORDERS.unpaid)).status, 'unpaid', 'and nothing was cancelled');
  });

  test('invalid query is a ValidationError with field errors', async () => {
    const error = await rejectionOf(client.orders.list({ limit: 1000 }));
    assert.ok(error instanceof ValidationError, String(error));
    assert.equal(error.status, 400);
    assert.equal(error.code, 'invalid_query');
    assert.ok(error.fieldErrors.some((field) => field.path === 'limit'));
  });
});

describe('authentication', () => {
  test('no session token → AuthenticationError', async () => {
    const anonymous = createClient({
      validateResponses: contractValidation,
      apiBase: server.url,
      publishableKey: DEMO_KEYS.publishableKey,
    });
    const error = await rejectionOf(anonymous.orders.get(ORDERS.unpaid));
    assert.ok(error instanceof AuthenticationError, String(error));
    assert.equal(error.status, 401);
    assert.equal(error.code, 'unauthenticated');
  });

  test('a refused token is refreshed once with forceRefresh, then the call succeeds', async () => {
    const good = await buyerToken(server.url);
    const calls: boolean[] = [];
    const getSessionToken: GetSessionToken = async ({ forceRefresh }) => {
      calls.push(forceRefresh);
      return forceRefresh ? good : 'ses_expiredOrGarbage000000';
    };
    const refreshing = createClient({
      validateResponses: contractValidation,
      apiBase: server.url,
      publishableKey: DEMO_KEYS.publishableKey,
      getSessionToken,
    });
    const order = await refreshing.orders.get(ORDERS.delivered);
    assert.equal(order.id, ORDERS.delivered);
    assert.deepEqual(calls, [false, true], 'called exactly twice, the second time with forceRefresh');
    await refreshing.orders.get(ORDERS.completed);
    assert.equal(calls.length, 2, 'the refreshed token is cached');
  });

  test('a token still refused after the refresh → AuthenticationError, no loop', async () => {
    let calls = 0;
    const refreshing = createClient({
      validateResponses: contractValidation,
      apiBase: server.url,
      getSessionToken: () => {
        calls++;
        return 'ses_neverValid0000000000';
      },
    });
    const error = await rejectionOf(refreshing.orders.list());
    assert.ok(error instanceof AuthenticationError, String(error));
    assert.equal(calls, 2);
  });

  test('concurrent calls share one token lookup', async () => {
    const good = await buyerToken(server.url);
    let calls = 0;
    const shared = createClient({
      validateResponses: contractValidation,
      apiBase: server.url,
      getSessionToken: async () => {
        calls++;
        await new Promise((resolve) => setTimeout(resolve, 20));
        return good;
      },
    });
    const orders = await Promise.all([
      shared.orders.get(ORDERS.unpaid),
      shared.orders.get(ORDERS.on_hold),
      shared.orders.list(),
    ]);
    assert.equal(orders.length, 3);
    assert.equal(calls, 1);
  });

  test('a publishable key that does not match the session is refused without a token refresh', async () => {
    const good = await buyerToken(server.url);
    let calls = 0;
    const mismatched = createClient({
      validateResponses: contractValidation,
      apiBase: server.url,
      publishableKey: 'pk_test_unknown',
      getSessionToken: () => {
        calls++;
        return good;
      },
    });
    const error = await rejectionOf(mismatched.orders.get(ORDERS.unpaid));
    assert.ok(error instanceof AuthenticationError, String(error));
    assert.equal(error.code, 'invalid_api_key');
    assert.equal(calls, 1, 'a new token cannot fix a wrong publishable key, so none is asked for');
  });
});

describe('guest lookup', () => {
  test('order number + email signs the client in for that one order', async () => {
    const guest = createClient({
      validateResponses: contractValidation,
      apiBase: server.url,
      publishableKey: DEMO_KEYS.publishableKey,
    });
    const session = await guest.sessions.guestLookup({ order_number: 'TX-1006', email: BUYER_1.email });
    assert.equal(session.object, 'session');
    assert.equal(session.order_id, ORDERS.in_transit);
    assert.equal((await guest.orders.get(ORDERS.in_transit)).number, 'TX-1006');
    assert.ok(
      (await rejectionOf(guest.orders.get(ORDERS.delivered))) instanceof NotFoundError,
      'other orders stay hidden',
    );
    assert.deepEqual(
      (await guest.orders.list()).data.map((order) => order.id),
      [ORDERS.in_transit],
    );
  });

  test('a wrong email is NotFoundError; an invalid one is a ValidationError naming the field', async () => {
    const guest = createClient({
      validateResponses: contractValidation,
      apiBase: server.url,
      publishableKey: DEMO_KEYS.publishableKey,
    });
    const wrong = await rejectionOf(guest.sessions.guestLookup({ order_number: 'TX-1001', email: 'bob@example.com' }));
    assert.ok(wrong instanceof NotFoundError, String(wrong));
    const invalid = await rejectionOf(guest.sessions.guestLookup({ order_number: 'TX-1001', email: 'not-an-email' }));
    assert.ok(invalid instanceof ValidationError, String(invalid));
    assert.equal(invalid.status, 422);
    assert.equal(invalid.code, 'validation_failed');
    assert.deepEqual(
      invalid.fieldErrors.map((field) => field.path),
      ['email'],
    );
  });
});

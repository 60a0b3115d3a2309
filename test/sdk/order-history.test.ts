import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ValidationError, type TxClient } from '@txassist/sdk';
import { startTestServer, type TestServer } from '../support/server.js';
import { buyerClient, DEMO_FIXTURES, rejectionOf } from './helpers.js';

let server: TestServer;
let client: TxClient;

before(async () => {
  server = await startTestServer();
  client = await buyerClient(server.url, server.url);
});
after(() => server.close());

describe('orders.list search by number', () => {
  test('finds the buyer’s order by part of its number', async () => {
    const page = await client.orders.list({ number: '1004' });
    assert.deepEqual(
      page.data.map((order) => order.number),
      ['TX-1004'],
    );
    assert.equal(page.has_more, false);
  });

  test('a blank search is no search: every order comes back', async () => {
    const page = await client.orders.list({ number: '   ', limit: 100 });
    assert.equal(page.data.length, 9);
  });

  test('does not find another buyer’s order', async () => {
    const page = await client.orders.list({ number: DEMO_FIXTURES.otherBuyerOrder.number });
    assert.deepEqual(page.data, []);
  });

  test('listAll keeps the search across pages', async () => {
    const numbers: string[] = [];
    for await (const order of client.orders.listAll({ number: 'tx-100', limit: 2 })) numbers.push(order.number);
    assert.equal(numbers.length, 9);
    assert.ok(numbers.every((number) => number.startsWith('TX-100')));
  });

  test('an overlong search is a ValidationError with the field path', async () => {
    const error = await rejectionOf(client.orders.list({ number: 'X'.repeat(41) }));
    assert.ok(error instanceof ValidationError, String(error));
    assert.equal(error.code, 'invalid_query');
    assert.ok(error.fieldErrors.some((field) => field.path === 'number'));
  });
});

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEMO_FIXTURES, DEMO_KEYS } from '@txassist/server';
import { buyerToken, call, type CallResult } from '../support/http.js';
import { BACKENDS, startTestServer, type TestServer } from '../support/server.js';

const BUYER = DEMO_FIXTURES.buyers[0].id;
const SK = DEMO_KEYS.secretKey;

function assertProblem(result: CallResult, status: number, code: string): void {
  assert.equal(result.status, status, result.text);
  assert.equal(result.headers.get('content-type'), 'application/problem+json');
  assert.equal(result.json.code, code);
  assert.equal(result.json.status, status);
  assert.ok(!/\bat \w+ \(|\.ts:\d+|\.js:\d+/.test(result.text), 'no stack trace in the body');
}

for (const backend of BACKENDS) {
  describe(`bad input (${backend})`, () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer({ backend });
    });
    after(() => server?.close());

    it('malformed JSON → 400 malformed_json', async () => {
      const result = await call(server.url, 'POST', '/v1/orders', {
        token: SK,
        rawBody: '{"buyer_id": ',
        headers: { 'Content-Type': 'application/json' },
      });
      assertProblem(result, 400, 'malformed_json');
    });

    it('a body that is not JSON → 415 unsupported_media_type', async () => {
      const result = await call(server.url, 'POST', '/v1/orders', {
        token: SK,
        rawBody: 'buyer_id=1',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      });
      assertProblem(result, 415, 'unsupported_media_type');
    });

    it('wrong types → 422 validation_failed naming each failing field', async () => {
      const result = await call(server.url, 'POST', '/v1/orders', {
        token: SK,
        body: { buyer_id: 42, currency: 'XXX', line_items: [{ title: '', quantity: 1.5, unit_amount: '10' }] },
      });
      assertProblem(result, 422, 'validation_failed');
      const paths = result.json.errors.map((error: { path: string }) => error.path).sort();
      assert.deepEqual(paths, [
        'buyer_id',
        'currency',
        'line_items.0.quantity',
        'line_items.0.title',
        'line_items.0.unit_amount',
      ]);
      for (const error of result.json.errors) assert.ok(error.message.length > 0);
    });

    it('a missing body where one is required → 422', async () => {
      assertProblem(await call(server.url, 'POST', '/v1/orders', { token: SK }), 422, 'validation_failed');
    });

    it('a JSON array or string instead of an object → 422', async () => {
      assertProblem(
        await call(server.url, 'POST', '/v1/orders', { token: SK, body: [1, 2] }),
        422,
        'validation_failed',
      );
      assertProblem(
        await call(server.url, 'POST', '/v1/orders', { token: SK, body: 'order' }),
        422,
        'validation_failed',
      );
    });

    it('an oversized body → 413 payload_too_large, nothing stored', async () => {
      const before = await server.services.db.query<{ n: unknown }>('select count(*) as n from orders');
      const huge = {
        buyer_id: BUYER,
        currency: 'USD',
        line_items: [{ title: 'x'.repeat(200_000), quantity: 1, unit_amount: 1 }],
      };
      const result = await call(server.url, 'POST', '/v1/orders', { token: SK, body: huge });
      assertProblem(result, 413, 'payload_too_large');
      const afterCount = await server.services.db.query<{ n: unknown }>('select count(*) as n from orders');
      assert.equal(Number(afterCount.rows[0]!.n), Number(before.rows[0]!.n));
    });

    it('drops unknown keys on input and ignores prices sent by the page', async () => {
      const result = await call(server.url, 'POST', '/v1/orders', {
        token: SK,
        body: {
          buyer_id: BUYER,
          currency: 'JPY',
          line_items: [{ title: 'Tea', quantity: 3, unit_amount: 500, total: 1, hacked: true }],
          amounts: { total: { amount: 1, currency: 'JPY' } },
          status: 'completed',
          admin: true,
        },
      });
      assert.equal(result.status, 201, result.text);
      assert.equal(result.json.status, 'unpaid');
      assert.equal(result.json.amounts.total.amount, 1500);
      assert.equal(result.json.line_items[0].total.amount, 1500);
      assert.equal('hacked' in result.json.line_items[0], false);
      assert.equal('admin' in result.json, false);
    });

    it('invalid query parameters → 400 invalid_query; a forged cursor → 400', async () => {
      const token = await buyerToken(server.url);
      assertProblem(await call(server.url, 'GET', '/v1/orders?limit=0', { token }), 400, 'invalid_query');
      assertProblem(await call(server.url, 'GET', '/v1/orders?limit=abc', { token }), 400, 'invalid_query');
      assertProblem(await call(server.url, 'GET', '/v1/orders?status=lost', { token }), 400, 'invalid_query');
      assertProblem(await call(server.url, 'GET', '/v1/orders?cursor=%%%', { token }), 400, 'invalid_query');
    });

    it('a malformed id in the path → 404, an unknown path → 404, a wrong method → 405 with Allow', async () => {
      const token = await buyerToken(server.url);
      assertProblem(await call(server.url, 'GET', '/v1/orders/not-an-id', { token }), 404, 'not_found');
      assertProblem(
        await call(server.url, 'GET', `/v1/orders/${encodeURIComponent('ord_x/../../sessions')}`, { token }),
        404,
        'not_found',
      );
      assertProblem(await call(server.url, 'GET', '/v1/nothing-here'), 404, 'not_found');
      const wrong = await call(server.url, 'DELETE', `/v1/orders/${DEMO_FIXTURES.orders.unpaid}`, { token });
      assertProblem(wrong, 405, 'method_not_allowed');
      assert.equal(wrong.headers.get('allow'), 'GET');
    });

    it('never answers 5xx to any of these', async () => {
      const bodies = [
        'null',
        '0',
        '"x"',
        '{}',
        '{"buyer_id":null}',
        '{"line_items":{}}',
        '\u0000',
        '{"a":'.repeat(500),
      ];
      for (const rawBody of bodies) {
        const result = await call(server.url, 'POST', '/v1/orders', {
          token: SK,
          rawBody,
          headers: { 'Content-Type': 'application/json' },
        });
        assert.ok(result.status >= 400 && result.status < 500, `${JSON.stringify(rawBody)} → ${result.status}`);
      }
    });
  });
}

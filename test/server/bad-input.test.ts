import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEMO_FIXTURES, DEMO_KEYS, signWebhook } from '@txassist/server';
import { buyerToken, call, type CallResult } from '../support/http.js';
import { BACKENDS, startTestServer, type TestServer } from '../support/server.js';
import { staffToken } from '../support/staff.js';

const BUYER = DEMO_FIXTURES.buyers[0].id;
const SK = DEMO_KEYS.secretKey;
const PK = DEMO_KEYS.publishableKey;
/** Text PostgreSQL cannot store: NUL (text and jsonb refuse it) and unpaired UTF-16 surrogates. */
const UNSTORABLE = ['a\u0000b', '\u0000', 'x\ud800', '\udc00y'];

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

    it('a timestamp PostgreSQL has no day for (year 0, 31 November) → 400 invalid_query, not 500', async () => {
      const admin = await staffToken(server, 'admin');
      for (const from of ['0000-10-31T10:00:00Z', '2410-11-31T12:42:35Z', '2026-02-29T00:00:00Z']) {
        const result = await call(server.url, 'GET', `/v1/staff/audit-events?from=${from}`, { token: admin });
        assertProblem(result, 400, 'invalid_query');
        assert.equal(result.json.errors[0].path, 'from');
      }
      const leapDay = await call(server.url, 'GET', '/v1/staff/audit-events?from=2028-02-29T00:00:00Z', {
        token: admin,
      });
      assert.equal(leapDay.status, 200, leapDay.text);
    });

    it('answers a problem, not a closed connection, when it refuses before reading a large upload', async () => {
      const token = await buyerToken(server.url);
      // The 404 (bad path) and 401 (bad token) come before the body is read, while the client is still
      // sending; without reading the rest first, about every other answer was lost to a closed socket.
      for (let attempt = 0; attempt < 10; attempt++) {
        const body = JSON.stringify({
          filename: 'a.png',
          data: '',
          note: '\ud800'.repeat(attempt % 2 ? 200_000 : 70_000),
        });
        const [path, bearer] =
          attempt % 3 === 0
            ? [`/v1/orders/${DEMO_FIXTURES.orders.delivered}/evidence`, 'not-a-token']
            : ['/v1/orders/%ED%A0%80/evidence', token];
        const result = await call(server.url, 'POST', path, {
          token: bearer,
          rawBody: body,
          headers: { 'Content-Type': 'application/json' },
        });
        assert.ok([401, 404].includes(result.status), `${path}: ${result.status}`);
        assert.equal(result.headers.get('content-type'), 'application/problem+json');
      }
    });

    describe('text PostgreSQL cannot store is refused, naming the field', () => {
      function assertNamesField(result: CallResult, status: number, code: string, field: string): void {
        assertProblem(result, status, code);
        const paths = result.json.errors.map((error: { path: string }) => error.path);
        assert.ok(paths.includes(field), `${field} in ${JSON.stringify(result.json.errors)}`);
        const error = result.json.errors.find((entry: { path: string }) => entry.path === field);
        assert.equal(error.code, 'unstorable_text');
      }

      it('in a session external_id (secret key)', async () => {
        for (const text of UNSTORABLE) {
          const result = await call(server.url, 'POST', '/v1/sessions', {
            token: SK,
            body: { buyer: { external_id: text, email: 'nul@example.com' } },
          });
          assertNamesField(result, 422, 'validation_failed', 'buyer.external_id');
        }
      });

      it('in a guest lookup order_number (publishable key only)', async () => {
        for (const text of UNSTORABLE) {
          const result = await call(server.url, 'POST', '/v1/guest/order-lookups', {
            headers: { 'X-Tx-Publishable-Key': PK },
            body: { order_number: `TX-1${text}`, email: 'a@example.com' },
          });
          assertNamesField(result, 422, 'validation_failed', 'order_number');
        }
      });

      it('in a query parameter (order number search, audit actor and subject)', async () => {
        const token = await buyerToken(server.url);
        assertNamesField(
          await call(server.url, 'GET', '/v1/orders?number=%00', { token }),
          400,
          'invalid_query',
          'number',
        );
        const admin = await staffToken(server, 'admin');
        for (const field of ['actor_id', 'subject_id']) {
          assertNamesField(
            await call(server.url, 'GET', `/v1/staff/audit-events?${field}=stf_%00`, { token: admin }),
            400,
            'invalid_query',
            field,
          );
        }
      });

      it('in a line item title and a consent version', async () => {
        for (const text of UNSTORABLE) {
          const order = await call(server.url, 'POST', '/v1/orders', {
            token: SK,
            body: { buyer_id: BUYER, currency: 'USD', line_items: [{ title: text, quantity: 1, unit_amount: 100 }] },
          });
          assertNamesField(order, 422, 'validation_failed', 'line_items.0.title');
        }
        const token = await buyerToken(server.url);
        const consent = await call(server.url, 'POST', '/v1/me/consents', {
          token,
          body: { purpose: 'marketing_email', granted: true, version: 'v1\u0000' },
        });
        assertNamesField(consent, 422, 'validation_failed', 'version');
      });

      it('in an object key of the body, with the key shown storably', async () => {
        const result = await call(server.url, 'POST', '/v1/orders', {
          token: SK,
          body: { buyer_id: BUYER, currency: 'USD', line_items: [], 'bad\u0000key': 1 },
        });
        assertProblem(result, 422, 'validation_failed');
        const error = result.json.errors.find((entry: { code: string }) => entry.code === 'unstorable_text');
        assert.equal(error.path, 'bad\ufffdkey');
      });

      it('in a carrier webhook event id: 422, so the carrier stops retrying', async () => {
        for (const text of UNSTORABLE) {
          const body = JSON.stringify({
            id: `evt${text}`,
            tracking_number: 'SIM123456',
            tag: 'in_transit',
            message: 'Moving',
            occurred_at: new Date().toISOString(),
          });
          const signature = await signWebhook(body, [DEMO_FIXTURES.carrierSecret], Math.floor(Date.now() / 1000));
          const result = await call(server.url, 'POST', '/v1/carriers/sim/events', {
            rawBody: body,
            headers: { 'Content-Type': 'application/json', 'Tx-Signature': signature },
          });
          assertNamesField(result, 422, 'validation_failed', 'id');
        }
      });

      it('in a path parameter: 404, never 500', async () => {
        const token = await buyerToken(server.url);
        for (const path of ['/v1/orders/ord_%00', '/v1/orders/%ED%A0%80']) {
          assertProblem(await call(server.url, 'GET', path, { token }), 404, 'not_found');
        }
        assertProblem(await call(server.url, 'POST', '/v1/carriers/%00/events', { body: {} }), 404, 'not_found');
      });
    });
  });
}

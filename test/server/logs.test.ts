import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import { DEMO_FIXTURES, DEMO_KEYS } from '@txassist/server';
import { buyerToken, call } from '../support/http.js';
import { startTestServer } from '../support/server.js';

describe('structured logs', () => {
  it('write one JSON line per request with its id, and never secrets, tokens or personal data', async () => {
    const server = await startTestServer();
    try {
      const token = await buyerToken(server.url);
      await call(server.url, 'GET', '/v1/orders', { token });
      await call(server.url, 'POST', '/v1/guest/order-lookups', {
        headers: { 'X-Tx-Publishable-Key': DEMO_KEYS.publishableKey },
        body: { order_number: 'TX-1001', email: DEMO_FIXTURES.buyers[0].email },
      });
      await call(server.url, 'POST', '/v1/sessions', {
        token: DEMO_KEYS.secretKey,
        body: { buyer: { external_id: 'x-1', email: 'zed@example.com', name: 'Zed Zebra' } },
      });
      await call(server.url, 'GET', '/v1/orders', { token: 'sk_live_leakedsecret123' });
      const requests = server.logs.map((line) => JSON.parse(line)).filter((entry) => entry.msg === 'request');
      assert.ok(requests.length >= 4);
      for (const entry of requests) {
        assert.match(entry.request_id, /^req_/);
        assert.equal(typeof entry.status, 'number');
      }
      const all = server.logs.join('\n');
      const forbidden = [
        token,
        DEMO_KEYS.secretKey,
        'sk_live_leakedsecret123',
        DEMO_FIXTURES.buyers[0].email,
        'zed@example.com',
        'Zed Zebra',
        '12 Market Street',
      ];
      for (const value of forbidden) assert.ok(!all.includes(value), `logs must not contain ${value.slice(0, 6)}…`);
    } finally {
      await server.close();
    }
  });

  it('never write a credential that travels in a path: wallet capability URLs, staff and buyer tokens', async () => {
    const server = await startTestServer();
    try {
      const credentials = ['wls', 'sts', 'ses', 'whsec'].map(
        (prefix) => `${prefix}_${randomBytes(24).toString('base64url')}`,
      );
      for (const credential of credentials) {
        const path = credential.startsWith('wls_') ? `/v1/wallet/${credential}` : `/v1/orders/${credential}`;
        await call(server.url, 'GET', path, { token: DEMO_KEYS.secretKey });
      }
      const paths = server.logs.map((line) => JSON.parse(line)).filter((entry) => entry.msg === 'request');
      assert.ok(paths.length >= credentials.length, 'the requests were logged');
      const all = server.logs.join('\n');
      for (const credential of credentials)
        assert.ok(!all.includes(credential), `logs hold ${credential.slice(0, 6)}…`);
    } finally {
      await server.close();
    }
  });
});

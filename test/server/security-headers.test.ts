import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEMO_FIXTURES } from '@txassist/server';
import { buyerToken, call } from '../support/http.js';
import { startTestServer, type TestServer } from '../support/server.js';

describe('transport and browser security', () => {
  let server: TestServer;
  before(async () => {
    // Not demo mode: only registered origins pass CORS (demo also allows loopback for local development).
    server = await startTestServer({ demo: false, config: { allowedOrigins: ['https://shop.example'] } });
    await server.services.db.query(
      `insert into sellers (id, name, secret_key_hash, publishable_key) values ('sel_corsseller01', 'Cors', 'x', 'pk_cors')`,
    );
    await server.services.db.query(
      `insert into seller_origins (seller_id, origin) values ('sel_corsseller01', 'https://registered.example')`,
    );
    await server.services.origins.refresh();
  });
  after(() => server?.close());

  it('sends security headers on every response, errors included', async () => {
    for (const path of ['/healthz', '/v1/orders', '/v1/nowhere']) {
      const result = await call(server.url, 'GET', path);
      assert.equal(result.headers.get('strict-transport-security'), 'max-age=63072000; includeSubDomains', path);
      assert.equal(result.headers.get('x-content-type-options'), 'nosniff', path);
      assert.equal(result.headers.get('x-frame-options'), 'DENY', path);
      assert.match(result.headers.get('content-security-policy') ?? '', /frame-ancestors 'none'/, path);
      assert.equal(result.headers.get('referrer-policy'), 'no-referrer', path);
      assert.equal(result.headers.get('cache-control'), 'no-store', path);
    }
  });

  it('allows CORS only for registered origins', async () => {
    const preflight = (origin: string) =>
      fetch(`${server.url}/v1/orders`, {
        method: 'OPTIONS',
        headers: {
          Origin: origin,
          'Access-Control-Request-Method': 'GET',
          'Access-Control-Request-Headers': 'authorization',
        },
      });
    const registered = await preflight('https://registered.example');
    assert.equal(registered.headers.get('access-control-allow-origin'), 'https://registered.example');
    assert.match(registered.headers.get('access-control-allow-headers') ?? '', /Authorization/i);
    const configured = await preflight('https://shop.example');
    assert.equal(configured.headers.get('access-control-allow-origin'), 'https://shop.example');
    for (const origin of ['https://evil.example', 'http://localhost:3000', 'null']) {
      const refused = await preflight(origin);
      assert.equal(refused.headers.get('access-control-allow-origin'), null, origin);
    }
    const simple = await fetch(`${server.url}/healthz`, { headers: { Origin: 'https://evil.example' } });
    assert.equal(simple.headers.get('access-control-allow-origin'), null);
  });
});

describe('CORS in demo mode', () => {
  it('also allows loopback origins (local development) but not others', async () => {
    const server = await startTestServer({ demo: true });
    try {
      const token = await buyerToken(server.url);
      const local = await fetch(`${server.url}/v1/orders/${DEMO_FIXTURES.orders.unpaid}`, {
        headers: { Origin: 'http://localhost:6006', Authorization: `Bearer ${token}` },
      });
      assert.equal(local.headers.get('access-control-allow-origin'), 'http://localhost:6006');
      assert.match(local.headers.get('access-control-expose-headers') ?? '', /X-Request-Id/i);
      const remote = await fetch(`${server.url}/healthz`, { headers: { Origin: 'https://evil.example' } });
      assert.equal(remote.headers.get('access-control-allow-origin'), null);
    } finally {
      await server.close();
    }
  });
});

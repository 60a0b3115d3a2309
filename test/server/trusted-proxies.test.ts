import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEMO_KEYS, parseTrustedProxies, resolveClientIp } from '@txassist/server';
import { call } from '../support/http.js';
import { startTestServer, type TestServer } from '../support/server.js';

const PK = { 'X-Tx-Publishable-Key': DEMO_KEYS.publishableKey };
const LIMIT = 3;

describe('client address behind trusted proxies', () => {
  it('believes the forwarding header only from a trusted peer, and only the part trusted proxies appended', () => {
    const proxies = parseTrustedProxies(['10.0.0.0/8', '::1', '2001:db8:1::/48']);
    // Not behind a trusted proxy: the header is the client's own words.
    assert.equal(resolveClientIp('198.51.100.9', '203.0.113.7', proxies), '198.51.100.9');
    // The balancer appended the client; what the client sent further left is not believed.
    assert.equal(resolveClientIp('10.1.2.3', '1.1.1.1, 203.0.113.7', proxies), '203.0.113.7');
    // Two trusted hops: the right-most address that is not a trusted proxy.
    assert.equal(resolveClientIp('::1', '203.0.113.7, 10.9.9.9', proxies), '203.0.113.7');
    assert.equal(resolveClientIp('::ffff:10.0.0.5', '203.0.113.7', proxies), '203.0.113.7', 'IPv4-mapped peer');
    assert.equal(resolveClientIp('2001:db8:1:ff::2', '2001:db8:9::1', proxies), '2001:db8:9::1');
    // A hop that is no address stops at the proxy that wrote it.
    assert.equal(resolveClientIp('10.1.2.3', 'unknown', proxies), '10.1.2.3');
    assert.equal(resolveClientIp('10.1.2.3', undefined, proxies), '10.1.2.3');
    // Nobody is trusted by default.
    assert.equal(resolveClientIp('127.0.0.1', '203.0.113.7', parseTrustedProxies([])), '127.0.0.1');

    const forwarded = parseTrustedProxies(['10.0.0.0/8'], 'forwarded');
    assert.equal(
      resolveClientIp('10.0.0.1', 'for=1.1.1.1, for="[2001:db8::7]:4711";proto=https, for=10.0.0.2', forwarded),
      '2001:db8::7',
    );
    assert.equal(resolveClientIp('10.0.0.1', 'for="203.0.113.7:8080"', forwarded), '203.0.113.7');
  });

  it('refuses a malformed proxy entry instead of guessing', () => {
    for (const entry of ['10.0.0', '10.0.0.0/33', 'proxy.internal', '::1/129', '10.0.0.0/8/1']) {
      assert.throws(() => parseTrustedProxies([entry]), /not an IP address or CIDR range/, entry);
    }
  });
});

/** Guest lookups (limited per client address) from `clientAddress`, as the load balancer forwards them. */
async function lookups(server: TestServer, clientAddress: string, count: number): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < count; i++) {
    const result = await call(server.url, 'POST', '/v1/guest/order-lookups', {
      headers: { ...PK, 'X-Forwarded-For': `198.51.100.250, ${clientAddress}` },
      // A different order number each time: only the per-client limit applies.
      body: { order_number: `TX-${Math.floor(Math.random() * 900_000) + 100_000}`, email: 'guess@example.com' },
    });
    statuses.push(result.status);
  }
  return statuses;
}

for (const trusted of [true, false]) {
  describe(`rate limits behind a load balancer on loopback (${trusted ? 'trusted' : 'not trusted'})`, () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer({
        config: {
          rateLimits: {
            guestLookup: { limit: LIMIT, windowMs: 60_000 },
            createSession: { limit: 120, windowMs: 60_000 },
          },
          ...(trusted ? { trustedProxies: ['127.0.0.1', '::1'] } : {}),
        },
      });
    });
    after(() => server.close());

    it(
      trusted
        ? 'gives every buyer behind the proxy their own allowance'
        : 'ignores the forwarded address: every request counts against the peer',
      async () => {
        assert.deepEqual(await lookups(server, '203.0.113.7', LIMIT + 1), [404, 404, 404, 429]);
        const other = await lookups(server, '203.0.113.8', 1);
        assert.deepEqual(other, trusted ? [404] : [429]);
      },
    );
  });
}

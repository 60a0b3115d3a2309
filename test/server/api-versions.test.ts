// API versions (docs/api-versions.md): the header the SDK sends, the version the server applied, the
// older shape of a breaking change, a seller's pinned default, and a version that does not exist.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { API_VERSION_HEADER, API_VERSIONS, LATEST_API_VERSION, OLDEST_API_VERSION } from '@txassist/contract';
import { createClient } from '@txassist/sdk';
import { createServerClient } from '@txassist/sdk/server';
import { DEMO_KEYS } from '@txassist/server';
import { call } from '../support/http.js';
import { startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;
before(async () => {
  server = await startTestServer({ config: { backgroundLoops: false } });
});
after(() => server?.close());

const endpointBody = { url: 'https://example.com/hooks', events: ['order.updated'] };

async function createEndpoint(headers: Record<string, string> = {}) {
  return call(server.url, 'POST', '/v1/webhook-endpoints', { token: DEMO_KEYS.secretKey, body: endpointBody, headers });
}

describe('API versions', { timeout: 60_000 }, () => {
  test('the table is dated, ordered, and every change names its routes', () => {
    const versions = API_VERSIONS.map((entry) => entry.version);
    assert.deepEqual([...versions].sort(), versions);
    for (const version of versions) assert.match(version, /^\d{4}-\d{2}-\d{2}$/);
    assert.equal(OLDEST_API_VERSION, versions[0]);
    assert.equal(LATEST_API_VERSION, versions.at(-1));
    for (const change of API_VERSIONS.flatMap((entry) => entry.changes)) assert.ok(change.operations.length > 0);
  });

  test('without the header the newest version is applied and named in the answer', async () => {
    const answer = await createEndpoint();
    assert.equal(answer.status, 201, answer.text);
    assert.equal(answer.headers.get(API_VERSION_HEADER), LATEST_API_VERSION);
    assert.deepEqual(answer.json.enabled_events, ['order.updated']);
    assert.equal('events' in answer.json, false);
  });

  test('a caller pinned before 2026-12-07 gets the older shape of a webhook endpoint', async () => {
    const answer = await createEndpoint({ [API_VERSION_HEADER]: '2026-11-26' });
    assert.equal(answer.status, 201, answer.text);
    assert.equal(answer.headers.get(API_VERSION_HEADER), '2026-11-26');
    assert.deepEqual(answer.json.events, ['order.updated']);
    assert.equal('enabled_events' in answer.json, false);
    assert.match(answer.json.secret, /^whsec_/, 'the rest of the answer is unchanged');
  });

  test('an unknown version is refused with invalid_api_version and a next step', async () => {
    for (const value of ['2019-01-01', 'latest', '2026-12-07; drop table']) {
      const answer = await createEndpoint({ [API_VERSION_HEADER]: value });
      assert.equal(answer.status, 400, value);
      assert.equal(answer.json.code, 'invalid_api_version');
      assert.match(answer.json.detail, /2026-11-26/);
    }
  });

  test('the SDK sends its version on every request; an older pin reshapes the answer', async () => {
    const sent: (string | null)[] = [];
    const recordingFetch: typeof fetch = async (input, init) => {
      // ky passes a Request; read its headers without consuming its body.
      const headers = input instanceof Request ? input.headers : new Headers(init?.headers);
      sent.push(headers.get(API_VERSION_HEADER));
      return fetch(input, init);
    };
    const latest = createServerClient({ apiBase: server.url, secretKey: DEMO_KEYS.secretKey, fetch: recordingFetch });
    const current = await latest.webhookEndpoints.create(endpointBody as never);
    assert.deepEqual(current.enabled_events, ['order.updated']);
    const pinned = createServerClient({
      apiBase: server.url,
      secretKey: DEMO_KEYS.secretKey,
      apiVersion: '2026-11-26',
      fetch: recordingFetch,
    });
    const older = (await pinned.webhookEndpoints.create(endpointBody as never)) as unknown as Record<string, unknown>;
    assert.deepEqual(older.events, ['order.updated']);
    const buyer = createClient({
      apiBase: server.url,
      publishableKey: DEMO_KEYS.publishableKey,
      fetch: recordingFetch,
    });
    await buyer.products.list().catch(() => undefined);
    assert.deepEqual(sent, [LATEST_API_VERSION, '2026-11-26', LATEST_API_VERSION]);
  });

  test("a seller's pinned default applies to its calls and its buyers' sessions without the header", async () => {
    const pin = await call(server.url, 'POST', '/v1/policy', {
      token: DEMO_KEYS.secretKey,
      body: { api_version: '2026-11-26' },
    });
    assert.equal(pin.status, 200, pin.text);
    assert.equal(pin.json.api_version, '2026-11-26');
    try {
      const answer = await createEndpoint();
      assert.equal(answer.headers.get(API_VERSION_HEADER), '2026-11-26');
      assert.deepEqual(answer.json.events, ['order.updated']);
      const explicit = await createEndpoint({ [API_VERSION_HEADER]: LATEST_API_VERSION });
      assert.deepEqual(explicit.json.enabled_events, ['order.updated'], 'the header wins over the pin');
      const session = await call(server.url, 'POST', '/v1/sessions', {
        token: DEMO_KEYS.secretKey,
        body: { buyer: { external_id: `versions-${Date.now()}`, email: 'versions.buyer@example.com' } },
      });
      const orders = await call(server.url, 'GET', '/v1/orders', { token: session.json.token });
      assert.equal(orders.headers.get(API_VERSION_HEADER), '2026-11-26');
      const bad = await call(server.url, 'POST', '/v1/policy', {
        token: DEMO_KEYS.secretKey,
        body: { api_version: '2020-01-01' },
      });
      assert.equal(bad.status, 422);
      assert.equal(bad.json.code, 'validation_failed');
    } finally {
      await call(server.url, 'POST', '/v1/policy', { token: DEMO_KEYS.secretKey, body: { api_version: null } });
    }
    const unpinned = await createEndpoint();
    assert.equal(unpinned.headers.get(API_VERSION_HEADER), LATEST_API_VERSION);
  });
});

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { AssistantSuggestions, SUGGESTION_RULES } from '@txassist/contract';
import { AuthenticationError, createClient, PermissionError } from '@txassist/sdk';
import { call } from '../support/http.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { buyerClient, DEMO_KEYS, rejectionOf } from './helpers.js';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

const clientWith = (token: string | null) =>
  createClient({ apiBase: server.url, publishableKey: DEMO_KEYS.publishableKey, getSessionToken: () => token });

describe('assistant', () => {
  test('suggestions() answers the buyer’s suggestions, validated, most pressing first', async () => {
    const client = await buyerClient(server.url, server.url);
    const answer = await client.assistant.suggestions();
    assert.ok(AssistantSuggestions.safeParse(answer).success);
    assert.ok(answer.data.length > 0, 'the demo buyer has orders');
    const ranks = answer.data.map((suggestion) => SUGGESTION_RULES[suggestion.code].rank);
    assert.deepEqual(
      ranks,
      [...ranks].sort((a, b) => a - b),
    );
    for (const suggestion of answer.data)
      assert.equal(suggestion.action.type, SUGGESTION_RULES[suggestion.code].action);
  });

  test('probe() measures one round trip: latency, the server’s Date, the request id, the API version', async () => {
    const probe = await clientWith(null).assistant.probe();
    assert.ok(probe.latencyMs >= 0);
    assert.ok(
      probe.serverDate && Math.abs(Date.parse(probe.serverDate) - Date.now()) < 60_000,
      probe.serverDate ?? 'no Date',
    );
    assert.match(probe.requestId ?? '', /^req_/);
    assert.equal(typeof probe.apiVersion, 'string');
  });

  test('a guest session is refused with PermissionError, no session with AuthenticationError', async () => {
    const guest = await call(server.url, 'POST', '/v1/guest/order-lookups', {
      headers: { 'X-Tx-Publishable-Key': DEMO_KEYS.publishableKey },
      body: { order_number: 'tx-1006', email: 'ada@example.com' },
    });
    assert.equal(guest.status, 201, guest.text);
    const refused = await rejectionOf(clientWith(guest.json.token).assistant.suggestions());
    assert.ok(refused instanceof PermissionError, String(refused));
    assert.equal(refused.code, 'forbidden');
    const anonymous = await rejectionOf(clientWith(null).assistant.suggestions());
    assert.ok(anonymous instanceof AuthenticationError, String(anonymous));
  });
});

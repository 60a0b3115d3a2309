/** What the SDK privacy tests share: a server whose clock stands still, clients that count their requests, buyers. */
import { contractValidation } from '@txassist/sdk/validation';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before } from 'node:test';
import { createClient, type DataExport, type TxClient } from '@txassist/sdk';
import { call } from '../support/http.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { buyerToken, DEMO_KEYS } from './helpers.js';

/** The server's clock stands still, so the times it writes can be checked exactly. */
export const NOW = new Date('2026-11-20T10:00:00.000Z');

/** The server of the file that called `usePrivacyServer` (set before its tests run). */
export let server: TestServer;

/** Starts a server with a clock that stands still before the calling file's tests, and stops it after. */
export function usePrivacyServer(): void {
  before(async () => {
    server = await startTestServer({ config: { now: () => NOW } });
  });
  after(() => server.close());
}

export interface CountingClient {
  client: TxClient;
  /** Requests sent so far, as `METHOD path`. */
  requests: string[];
}

export function clientWithToken(token: string): CountingClient {
  const requests: string[] = [];
  const client = createClient({
    validateResponses: contractValidation,
    apiBase: server.url,
    publishableKey: DEMO_KEYS.publishableKey,
    getSessionToken: () => token,
    retryBaseDelay: 5,
    retryMaxDelay: 20,
    fetch: (input, init) => {
      const request = new Request(input, init);
      requests.push(`${request.method} ${new URL(request.url).pathname}`);
      return fetch(request);
    },
  });
  return { client, requests };
}

/** A buyer created on first use through the storefront's own id: no orders, default consents. */
export async function freshBuyer(): Promise<CountingClient & { buyerId: string; email: string }> {
  const externalId = `privacy-test-${randomUUID()}`;
  const email = `${externalId}@example.test`;
  const session = await call<{ token: string; buyer_id: string }>(server.url, 'POST', '/v1/sessions', {
    token: DEMO_KEYS.secretKey,
    body: { buyer: { external_id: externalId, email } },
  });
  assert.equal(session.status, 201, session.text);
  return { ...clientWithToken(session.json.token), buyerId: session.json.buyer_id, email };
}

export async function demoBuyer(): Promise<CountingClient> {
  return clientWithToken(await buyerToken(server.url));
}

/** A fetch that answers every request with `body` (status 200), for contract-validation tests. */
export function answering(body: unknown): typeof fetch {
  return async () =>
    new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
}

export const job = (overrides: Partial<DataExport>): DataExport => ({
  object: 'data_export',
  id: 'exp_testjob000001',
  status: 'queued',
  progress: 0,
  created_at: '2026-11-20T10:00:00.000Z',
  expires_at: null,
  ...overrides,
});

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { ERROR_CODES, isErrorCode, ROUTE_LIST, type RouteDefinition } from '@txassist/contract';
import { DEMO_FIXTURES, DEMO_KEYS, signWebhook } from '@txassist/server';
import { buyerToken } from '../support/http.js';
import { BACKENDS, startTestServer, type TestServer } from '../support/server.js';
import { staffToken } from '../support/staff.js';
import { requestFor, type HostileRequest } from './hostile-requests.js';

/**
 * Property: whatever arrives — control characters, unpaired surrogates, huge and negative numbers,
 * deep nesting, wrong types, very long strings — every operation in the route table answers below
 * 500, an error is `application/problem+json` with a documented code, and the server stays healthy.
 * `HOSTILE_INPUT_RUNS` (default 16 per operation) and `HOSTILE_INPUT_SEED` reproduce or widen a run.
 */
const RUNS = Number(process.env.HOSTILE_INPUT_RUNS ?? 16);
const SEED = process.env.HOSTILE_INPUT_SEED === undefined ? undefined : Number(process.env.HOSTILE_INPUT_SEED);

// ---- the property ------------------------------------------------------------------------

for (const backend of BACKENDS) {
  describe(`hostile input on every operation (${backend})`, () => {
    let server: TestServer;
    const credentials = new Map<string, Record<string, string>>();
    before(async () => {
      server = await startTestServer({ backend });
      credentials.set('buyer', { Authorization: `Bearer ${await buyerToken(server.url)}` });
      credentials.set('seller', { Authorization: `Bearer ${DEMO_KEYS.secretKey}` });
      credentials.set('agent', { Authorization: `Bearer ${await staffToken(server, 'agent')}` });
      credentials.set('admin', { Authorization: `Bearer ${await staffToken(server, 'admin')}` });
      credentials.set('publishable', { 'X-Tx-Publishable-Key': DEMO_KEYS.publishableKey });
    });
    after(() => server?.close());

    async function send(route: RouteDefinition, request: HostileRequest, roleIndex: number) {
      const headers: Record<string, string> = { 'Content-Type': request.contentType };
      if (request.credential === 'role') {
        const role =
          route.auth === 'publishable_key'
            ? 'publishable'
            : route.auth === 'secret_key'
              ? 'seller'
              : route.roles[roleIndex % Math.max(route.roles.length, 1)];
        Object.assign(headers, role ? credentials.get(role) : {});
      } else if (request.credential === 'garbage') {
        headers.Authorization = `Bearer ${request.garbageToken}`;
        headers['X-Tx-Publishable-Key'] = request.garbageToken;
      }
      if (request.idempotencyKey !== undefined) headers['Idempotency-Key'] = request.idempotencyKey;
      if (route.operationId === 'carrierEvent' && request.body !== undefined) {
        const signature = await signWebhook(request.body, [DEMO_FIXTURES.carrierSecret], Math.floor(Date.now() / 1000));
        headers['Tx-Signature'] = signature;
      }
      const abort = new AbortController();
      const response = await fetch(`${server.url}${request.url[0]}${request.url[1]}`, {
        method: route.method.toUpperCase(),
        headers,
        signal: abort.signal,
        ...(request.body !== undefined ? { body: request.body } : {}),
      });
      const type = response.headers.get('content-type') ?? '';
      // A live event stream never ends by itself: its headers are the answer.
      if (type.startsWith('text/event-stream')) {
        abort.abort();
        return { status: response.status, type, text: '' };
      }
      return { status: response.status, type, text: await response.text() };
    }

    // Erasure pseudonymises the demo buyer, so it runs last and the others keep a real buyer.
    const routes = [...ROUTE_LIST].sort(
      (a, b) => Number(a.operationId === 'eraseMyData') - Number(b.operationId === 'eraseMyData'),
    );
    for (const route of routes) {
      it(`${route.operationId}: ${route.method.toUpperCase()} ${route.path}`, async () => {
        await fc.assert(
          fc.asyncProperty(requestFor(route), fc.nat(3), async (request, roleIndex) => {
            const result = await send(route, request, roleIndex);
            const described = `${result.status} ${result.type} ${result.text.slice(0, 300)}`;
            assert.ok(result.status < 500, described);
            if (result.status >= 400) {
              assert.equal(result.type, 'application/problem+json', described);
              const problem = JSON.parse(result.text) as { code: string; status: number };
              assert.ok(isErrorCode(problem.code), described);
              assert.equal(problem.status, result.status, described);
              assert.equal(ERROR_CODES[problem.code].status, result.status, described);
            }
          }),
          { numRuns: RUNS, ...(SEED === undefined ? {} : { seed: SEED }) },
        );
        const health = await fetch(`${server.url}/healthz`);
        assert.equal(health.status, 200, 'the server is healthy afterwards');
      });
    }

    it('logged no unhandled error and no failed background job', async () => {
      await server.services.jobs.idle();
      const errors = server.logs.filter((line) => JSON.parse(line).level === 'error');
      assert.deepEqual(errors, []);
    });
  });
}

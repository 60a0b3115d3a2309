import { contractValidation } from '@txassist/sdk/validation';
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, test } from 'node:test';
import {
  ConflictError,
  createClient,
  NetworkError,
  NotFoundError,
  RateLimitError,
  ResponseValidationError,
  ServerError,
  TimeoutError,
  ValidationError,
  type TxClient,
} from '@txassist/sdk';
import { startTestServer, type TestServer } from '../support/server.js';
import { startFaultProxy, type FaultProxy, type SeenRequest } from './fault-proxy.js';
import { buyerClient, buyerToken, DEMO_KEYS, ORDERS, OTHER_BUYER_ORDER, rejectionOf } from './helpers.js';

let server: TestServer;
let proxy: FaultProxy;
let client: TxClient;

const problem503 = JSON.stringify({
  type: 'about:blank',
  title: 'Unavailable',
  status: 503,
  code: 'service_unavailable',
});
const unavailable = {
  kind: 'status',
  status: 503,
  headers: { 'Content-Type': 'application/problem+json' },
  body: problem503,
} as const;
const path = (id: string) => `/v1/orders/${id}`;
const header = (request: SeenRequest, name: string) => request.headers[name.toLowerCase()];

before(async () => {
  server = await startTestServer();
  proxy = await startFaultProxy(server.url);
  client = await buyerClient(proxy.url, server.url, { locale: 'de-DE' });
});
afterEach(() => proxy.clear());
after(async () => {
  await proxy.close();
  await server.close();
});

describe('request pipeline', () => {
  test('sends the bearer token, publishable key and locale, and uses the given fetch', async () => {
    let fetches = 0;
    const token = await buyerToken(server.url);
    const counted = createClient({
      validateResponses: contractValidation,
      apiBase: proxy.url,
      publishableKey: DEMO_KEYS.publishableKey,
      locale: 'fr-CA',
      getSessionToken: () => token,
      fetch: (input, init) => {
        fetches++;
        return fetch(input, init);
      },
    });
    await counted.orders.get(ORDERS.completed);
    const [request] = proxy.seen(path(ORDERS.completed)).slice(-1);
    assert.equal(header(request!, 'authorization'), `Bearer ${token}`);
    assert.equal(header(request!, 'x-tx-publishable-key'), DEMO_KEYS.publishableKey);
    assert.equal(header(request!, 'accept-language'), 'fr-CA');
    assert.equal(fetches, 1);
  });

  test('an order status the contract does not know is a ResponseValidationError, not retried', async () => {
    proxy.inject({
      kind: 'rewrite',
      transform: (body) => body.replace('"status":"delivered"', '"status":"teleported"'),
    });
    const before = proxy.seen(path(ORDERS.delivered)).length;
    const error = await rejectionOf(client.orders.get(ORDERS.delivered));
    assert.ok(error instanceof ResponseValidationError, String(error));
    assert.deepEqual(error.issues[0]?.path, ['status']);
    assert.equal(error.status, 200);
    assert.match(error.requestId ?? '', /^req_/);
    assert.equal(proxy.seen(path(ORDERS.delivered)).length - before, 1);
  });

  test('a list with one bad item fails validation with the item path', async () => {
    proxy.inject({
      kind: 'rewrite',
      transform: (body) => body.replace('"status":"completed"', '"status":"lost_in_space"'),
    });
    const error = await rejectionOf(client.orders.list({ status: 'completed' }));
    assert.ok(error instanceof ResponseValidationError, String(error));
    assert.deepEqual(error.issues[0]?.path, ['data', 0, 'status']);
  });

  test('a 2xx body that is not JSON is a ResponseValidationError', async () => {
    proxy.inject({ kind: 'rewrite', transform: () => '<html>maintenance</html>' });
    const error = await rejectionOf(client.orders.get(ORDERS.completed));
    assert.ok(error instanceof ResponseValidationError, String(error));
  });
});

describe('retries', () => {
  test('503 twice, then the real answer', async () => {
    proxy.inject(unavailable, { times: 2 });
    const order = await client.orders.get(ORDERS.in_transit);
    assert.equal(order.status, 'in_transit');
    assert.deepEqual(
      proxy.seen(path(ORDERS.in_transit)).map((request) => request.status),
      [503, 503, 200],
    );
  });

  test('gives up after maxRetries with a ServerError', async () => {
    proxy.inject(unavailable, { times: 10 });
    const before = proxy.requests.length;
    const error = await rejectionOf(client.orders.get(ORDERS.in_transit));
    assert.ok(error instanceof ServerError, String(error));
    assert.equal(error.status, 503);
    assert.equal(error.code, 'service_unavailable');
    assert.equal(proxy.requests.length - before, 3, 'first attempt + 2 retries (default maxRetries)');
  });

  test('maxRetries is configurable per client and per call', async () => {
    const none = await buyerClient(proxy.url, server.url, { maxRetries: 0 });
    proxy.inject(unavailable, { times: 10 });
    let before = proxy.requests.length;
    assert.ok((await rejectionOf(none.orders.get(ORDERS.in_transit))) instanceof ServerError);
    assert.equal(proxy.requests.length - before, 1);
    before = proxy.requests.length;
    assert.ok((await rejectionOf(client.orders.get(ORDERS.in_transit, { maxRetries: 4 }))) instanceof ServerError);
    assert.equal(proxy.requests.length - before, 5);
  });

  test('a gateway error page without problem+json still maps to ServerError', async () => {
    proxy.inject(
      { kind: 'status', status: 502, headers: { 'Content-Type': 'text/html' }, body: '<h1>Bad gateway</h1>' },
      { times: 3 },
    );
    const error = await rejectionOf(client.orders.get(ORDERS.unpaid));
    assert.ok(error instanceof ServerError, String(error));
    assert.equal(error.status, 502);
    assert.equal(error.problem, undefined);
    assert.equal(error.code, 'internal_error');
  });

  test('connection resets are retried; if they persist, NetworkError', async () => {
    proxy.inject({ kind: 'reset' });
    assert.equal((await client.orders.get(ORDERS.on_hold)).status, 'on_hold');
    proxy.inject({ kind: 'reset' }, { times: 3 });
    const before = proxy.requests.length;
    const error = await rejectionOf(client.orders.get(ORDERS.on_hold));
    assert.ok(error instanceof NetworkError, String(error));
    assert.equal(proxy.requests.length - before, 3);
  });

  test('a slow attempt times out and is retried; TimeoutError when every attempt is slow', async () => {
    // The proxy holds each slow request for 5 s before passing it on; an attempt cut at the 150 ms
    // timeout closes its connection, so the held request never reaches the server.
    const impatient = await buyerClient(proxy.url, server.url, { timeout: 150 });
    proxy.inject({ kind: 'delay', ms: 5_000 });
    assert.equal((await impatient.orders.get(ORDERS.on_hold)).id, ORDERS.on_hold);
    proxy.inject({ kind: 'delay', ms: 5_000 }, { times: 3 });
    const before = proxy.requests.length;
    const error = await rejectionOf(impatient.orders.get(ORDERS.on_hold));
    assert.ok(error instanceof TimeoutError, String(error));
    const attempts = proxy.requests.slice(before);
    assert.equal(attempts.length, 3, 'first attempt + 2 retries');
    assert.deepEqual(
      attempts.map((attempt) => attempt.status),
      [undefined, undefined, undefined],
      'each attempt was cut before the server answered',
    );
  });

  test('429 honours Retry-After in seconds', async () => {
    proxy.inject({ kind: 'status', status: 429, headers: { 'Retry-After': '1' }, body: '' });
    const started = Date.now();
    await client.orders.get(ORDERS.unpaid);
    const elapsed = Date.now() - started;
    assert.ok(elapsed >= 950, `waited ${elapsed} ms although backoff is 5 ms`);
  });

  test('Retry-After as an HTTP date', async () => {
    const at = new Date(Date.now() + 2000);
    proxy.inject({ kind: 'status', status: 503, headers: { 'Retry-After': at.toUTCString() }, body: '' });
    const started = Date.now();
    await client.orders.get(ORDERS.unpaid);
    const elapsed = Date.now() - started;
    // HTTP dates have whole seconds: at least 1 s (the exact reading is tested with a fixed clock in sse-parser.test.ts).
    assert.ok(elapsed >= 900, `waited ${elapsed} ms although backoff is 5 ms`);
  });

  // Uncapped, the retry would come after an hour: the test's deadline catches that without timing a fast machine.
  // (t.signal ends the wait when the deadline passes, so a failure does not keep the process alive.)
  test('Retry-After is capped by maxRetryAfter', { timeout: 30_000 }, async (t) => {
    const capped = await buyerClient(proxy.url, server.url, { maxRetryAfter: 100 });
    proxy.inject({ kind: 'status', status: 429, headers: { 'Retry-After': '3600' }, body: '' });
    const before = proxy.requests.length;
    assert.equal((await capped.orders.get(ORDERS.unpaid, { signal: t.signal })).id, ORDERS.unpaid);
    assert.deepEqual(
      proxy.requests.slice(before).map((request) => request.status),
      [429, 200],
    );
  });

  test('a persistent 429 is a RateLimitError carrying retryAfter', async () => {
    proxy.inject({ kind: 'status', status: 429, headers: { 'Retry-After': '0' }, body: '' }, { times: 2 });
    proxy.inject({ kind: 'status', status: 429, headers: { 'Retry-After': '7' }, body: '' });
    const capped = await buyerClient(proxy.url, server.url, { maxRetryAfter: 10 });
    const error = await rejectionOf(capped.orders.get(ORDERS.unpaid));
    assert.ok(error instanceof RateLimitError, String(error));
    assert.equal(error.retryAfter, 7);
    assert.equal(error.code, 'rate_limited');
  });

  test('404 and 4xx validation errors are not retried', async () => {
    let before = proxy.requests.length;
    assert.ok((await rejectionOf(client.orders.get(OTHER_BUYER_ORDER))) instanceof NotFoundError);
    assert.equal(proxy.requests.length - before, 1);

    before = proxy.requests.length;
    assert.ok((await rejectionOf(client.orders.list({ limit: 0 }))) instanceof ValidationError);
    assert.equal(proxy.requests.length - before, 1);

    const guest = createClient({
      validateResponses: contractValidation,
      apiBase: proxy.url,
      publishableKey: DEMO_KEYS.publishableKey,
      retryBaseDelay: 5,
    });
    before = proxy.requests.length;
    const invalid = await rejectionOf(guest.sessions.guestLookup({ order_number: 'TX-1001', email: 'nope' }));
    assert.ok(invalid instanceof ValidationError && invalid.status === 422, String(invalid));
    assert.equal(proxy.requests.length - before, 1);
  });
});

describe('idempotency keys', () => {
  test('a POST retried after 503s carries the same Idempotency-Key every time', async () => {
    proxy.inject(unavailable, { times: 2, match: (request) => request.method === 'POST' });
    const order = await client.orders.cancel(ORDERS.unpaid);
    assert.equal(order.status, 'cancelled');
    const attempts = proxy.seen(`${path(ORDERS.unpaid)}/cancel`);
    assert.equal(attempts.length, 3);
    const keys = attempts.map((request) => header(request, 'idempotency-key'));
    assert.match(String(keys[0]), /^[0-9a-f-]{32,36}$/);
    assert.deepEqual(keys, [keys[0], keys[0], keys[0]]);
  });

  test('an answer lost after the server acted: the retry replays it instead of acting twice', async () => {
    proxy.inject({ kind: 'lose-response' }, { match: (request) => request.method === 'POST' });
    const order = await client.orders.cancel(ORDERS.on_hold);
    assert.equal(order.status, 'cancelled');
    const attempts = proxy.seen(`${path(ORDERS.on_hold)}/cancel`);
    assert.equal(attempts.length, 2);
    assert.equal(header(attempts[0]!, 'idempotency-key'), header(attempts[1]!, 'idempotency-key'));
    assert.equal(attempts[1]!.responseHeaders?.['idempotent-replayed'], 'true', 'the server replayed its first answer');
  });

  test('a lost answer that carried a credential (guest lookup): the retry asks anew under a fresh key', async () => {
    const guest = createClient({
      validateResponses: contractValidation,
      apiBase: proxy.url,
      publishableKey: DEMO_KEYS.publishableKey,
    });
    proxy.inject({ kind: 'lose-response' }, { match: (request) => request.method === 'POST' });
    const session = await guest.sessions.guestLookup({ order_number: 'TX-1001', email: 'ada@example.com' });
    assert.match(session.token, /^ses_/);
    const attempts = proxy.seen('/v1/guest/order-lookups');
    assert.ok(attempts.length >= 2, 'retried'); // a 429 of the shared guest-lookup limit may add one
    const keys = attempts.map((request) => header(request, 'idempotency-key'));
    assert.equal(new Set(keys).size, keys.length, 'every attempt has its own key');
    assert.equal(attempts.at(-1)!.responseHeaders?.['idempotent-replayed'], undefined, 'a new answer, not a replay');
  });

  test('each call gets its own key; a caller-supplied key is used as is', async () => {
    await rejectionOf(client.orders.cancel(ORDERS.completed));
    await rejectionOf(client.orders.cancel(ORDERS.completed));
    await rejectionOf(client.orders.cancel(ORDERS.completed, { idempotencyKey: 'my-key-123' }));
    const keys = proxy.seen(`${path(ORDERS.completed)}/cancel`).map((request) => header(request, 'idempotency-key'));
    assert.equal(keys.length, 3);
    assert.notEqual(keys[0], keys[1]);
    assert.equal(keys[2], 'my-key-123');
  });

  test('a final conflict (action_not_allowed) is a ConflictError and not retried', async () => {
    const before = proxy.requests.length;
    const error = await rejectionOf(client.orders.cancel(ORDERS.delivered));
    assert.ok(error instanceof ConflictError, String(error));
    assert.equal(error.code, 'action_not_allowed');
    assert.equal(proxy.requests.length - before, 1);
  });

  test('a transient 409 (idempotency_in_progress) is retried with the same key', async () => {
    const body = JSON.stringify({
      type: 'about:blank',
      title: 'In progress',
      status: 409,
      code: 'idempotency_in_progress',
    });
    proxy.inject(
      { kind: 'status', status: 409, headers: { 'Content-Type': 'application/problem+json' }, body },
      { match: (r) => r.method === 'POST' },
    );
    const order = await client.orders.cancel(ORDERS.awaiting_shipment);
    assert.equal(order.status, 'cancelled');
    const keys = proxy
      .seen(`${path(ORDERS.awaiting_shipment)}/cancel`)
      .map((request) => header(request, 'idempotency-key'));
    assert.equal(keys.length, 2);
    assert.equal(keys[0], keys[1]);
  });
});

describe('abort', () => {
  test('aborting a slow call rejects with the abort reason at once, without retrying', async () => {
    // The proxy holds the request for 5 s: an abort that only took effect with the answer would let it through.
    proxy.inject({ kind: 'delay', ms: 5_000 });
    const controller = new AbortController();
    const reason = new Error('user left the page');
    const before = proxy.requests.length;
    setTimeout(() => controller.abort(reason), 50);
    const error = await rejectionOf(client.orders.get(ORDERS.unpaid, { signal: controller.signal }));
    assert.equal(error, reason);
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.deepEqual(
      proxy.requests.slice(before).map((request) => request.status),
      [undefined],
      'one attempt, its connection closed before the server answered',
    );
  });

  test('aborting during a backoff wait stops the retries', async () => {
    proxy.inject({ kind: 'status', status: 503, headers: { 'Retry-After': '30' }, body: '' });
    const controller = new AbortController();
    const before = proxy.requests.length;
    setTimeout(() => controller.abort(), 100);
    const error = await rejectionOf(client.orders.get(ORDERS.unpaid, { signal: controller.signal }));
    assert.ok(error instanceof DOMException && error.name === 'AbortError', String(error));
    assert.equal(proxy.requests.length - before, 1);
  });

  test('an already aborted signal sends nothing', async () => {
    const before = proxy.requests.length;
    const error = await rejectionOf(client.orders.cancel(ORDERS.unpaid, { signal: AbortSignal.abort() }));
    assert.ok(error instanceof DOMException && error.name === 'AbortError', String(error));
    assert.equal(proxy.requests.length, before);
  });
});

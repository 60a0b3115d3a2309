import assert from 'node:assert/strict';
import { after, afterEach, before, describe, test } from 'node:test';
import { AuthenticationError, createClient, type StreamStatus, type TxClient, type TxEvent } from '@txassist/sdk';
import { startTestServer, type TestServer } from '../support/server.js';
import { startFaultProxy, type FaultProxy } from './fault-proxy.js';
import { buyerClient, DEMO_KEYS, ORDERS, OTHER_BUYER_ORDER, setOrderStatus, waitUntil } from './helpers.js';

/** The order an order event carries (these tests only change orders). */
function orderOf(event: TxEvent) {
  assert.ok(event.type === 'order.created' || event.type === 'order.updated', `unexpected ${event.type}`);
  return event.data.object;
}

let server: TestServer;
let proxy: FaultProxy;
let client: TxClient;
const stops: (() => void)[] = [];

/** Subscribes and records everything the subscription reports. */
function record(target: TxClient, options: { lastEventId?: string; signal?: AbortSignal } = {}) {
  const events: TxEvent[] = [];
  const statuses: StreamStatus[] = [];
  const errors: unknown[] = [];
  const stop = target.events.subscribe((event) => events.push(event), {
    ...options,
    onStatus: (status) => statuses.push(status),
    onError: (error) => errors.push(error),
  });
  stops.push(stop);
  return { events, statuses, errors, stop };
}

const streamRequests = () => proxy.seen('/v1/events');

before(async () => {
  server = await startTestServer();
  proxy = await startFaultProxy(server.url);
  client = await buyerClient(proxy.url, server.url);
});
afterEach(() => {
  stops.splice(0).forEach((stop) => stop());
  proxy.clear();
});
after(async () => {
  await proxy.close();
  await server.close();
});

describe('events.subscribe', () => {
  test('delivers an order.updated event after a status change', async () => {
    const sub = record(client);
    await waitUntil(() => sub.statuses.includes('open'), 5000, 'open');
    await setOrderStatus(server.url, ORDERS.awaiting_shipment, 'awaiting_collection');
    await waitUntil(() => sub.events.length === 1, 5000, 'one event');
    const [event] = sub.events;
    assert.equal(event!.type, 'order.updated');
    assert.equal(orderOf(event!).id, ORDERS.awaiting_shipment);
    assert.equal(orderOf(event!).status, 'awaiting_collection');
    assert.deepEqual(sub.statuses, ['connecting', 'open']);
    assert.deepEqual(sub.errors, []);
    const [request] = streamRequests().slice(-1);
    assert.match(String(request!.headers.authorization), /^Bearer ses_/);
    assert.equal(request!.headers.accept, 'text/event-stream');
  });

  test('after a dropped connection it resumes with Last-Event-ID: events emitted meanwhile arrive exactly once', async () => {
    const sub = record(client);
    await waitUntil(() => sub.statuses.includes('open'), 5000, 'open');
    await setOrderStatus(server.url, ORDERS.awaiting_collection, 'in_transit');
    await waitUntil(() => sub.events.length === 1, 5000, 'first event');
    const first = sub.events[0]!;

    // Cut the stream and keep it down while the seller makes two changes.
    proxy.inject(
      { kind: 'status', status: 503, body: '' },
      { times: 1, match: (request) => request.path.startsWith('/v1/events') },
    );
    const requestsBefore = streamRequests().length;
    proxy.dropStreams();
    await waitUntil(() => sub.statuses.includes('reconnecting'), 5000, 'reconnecting');
    await setOrderStatus(server.url, ORDERS.in_transit, 'delivered');
    await setOrderStatus(server.url, ORDERS.awaiting_collection, 'delivered');

    await waitUntil(() => sub.events.length >= 3, 10_000, 'events emitted while disconnected');
    await new Promise((resolve) => setTimeout(resolve, 200)); // room for a duplicate to show up
    assert.deepEqual(
      sub.events.map((event) => [orderOf(event).id, orderOf(event).status]),
      [
        [ORDERS.awaiting_collection, 'in_transit'],
        [ORDERS.in_transit, 'delivered'],
        [ORDERS.awaiting_collection, 'delivered'],
      ],
    );
    const sequences = sub.events.map((event) => event.sequence);
    assert.deepEqual(
      sequences,
      [...sequences].sort((a, b) => a - b),
    );
    const reconnects = streamRequests().slice(requestsBefore);
    assert.ok(reconnects.length >= 2, 'the refused reconnect and the one that worked');
    for (const request of reconnects) assert.equal(request.headers['last-event-id'], String(first.sequence));
    assert.deepEqual(sub.statuses, ['connecting', 'open', 'reconnecting', 'open']);
    assert.deepEqual(sub.errors, [], 'transient failures are not reported as errors');
  });

  test('events the server sends twice are delivered once (de-duplicated by sequence)', async () => {
    const sub = record(client);
    await waitUntil(() => sub.statuses.includes('open'), 5000, 'open');
    await setOrderStatus(server.url, ORDERS.delivered, 'completed');
    await waitUntil(() => sub.events.length === 1, 5000, 'first event');

    // A misbehaving server/proxy replays history from the start after the reconnect.
    proxy.inject(
      { kind: 'request-headers', headers: { 'last-event-id': '0' } },
      { match: (request) => request.path.startsWith('/v1/events') },
    );
    proxy.dropStreams();
    await waitUntil(() => sub.statuses.filter((status) => status === 'open').length === 2, 5000, 'reopened');
    await setOrderStatus(server.url, ORDERS.unpaid, 'on_hold');
    await waitUntil(() => sub.events.length >= 2, 5000, 'second event');
    await new Promise((resolve) => setTimeout(resolve, 200));
    assert.deepEqual(
      sub.events.map((event) => [orderOf(event).id, orderOf(event).status]),
      [
        [ORDERS.delivered, 'completed'],
        [ORDERS.unpaid, 'on_hold'],
      ],
    );
  });

  test('lastEventId resumes a subscription from an earlier page view', async () => {
    const first = record(client);
    await waitUntil(() => first.statuses.includes('open'), 5000, 'open');
    await setOrderStatus(server.url, ORDERS.unpaid, 'awaiting_shipment');
    await waitUntil(() => first.events.length === 1, 5000, 'event');
    first.stop();
    await setOrderStatus(server.url, ORDERS.unpaid, 'in_transit');

    const resumed = record(client, { lastEventId: String(first.events[0]!.sequence) });
    await waitUntil(() => resumed.events.length === 1, 5000, 'missed event');
    assert.equal(orderOf(resumed.events[0]!).status, 'in_transit');
  });

  test('only the buyer’s own orders are streamed', async () => {
    const sub = record(client);
    await waitUntil(() => sub.statuses.includes('open'), 5000, 'open');
    await setOrderStatus(server.url, OTHER_BUYER_ORDER, 'delivered');
    await setOrderStatus(server.url, ORDERS.partially_shipped, 'in_transit');
    await waitUntil(() => sub.events.length === 1, 5000, 'event');
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.deepEqual(
      sub.events.map((event) => orderOf(event).id),
      [ORDERS.partially_shipped],
    );
  });

  test('the returned function and the signal stop the stream', async () => {
    const sub = record(client);
    await waitUntil(() => sub.statuses.includes('open'), 5000, 'open');
    sub.stop();
    await waitUntil(() => sub.statuses.at(-1) === 'closed', 2000, 'closed');

    const controller = new AbortController();
    const viaSignal = record(client, { signal: controller.signal });
    await waitUntil(() => viaSignal.statuses.includes('open'), 5000, 'open');
    controller.abort();
    await waitUntil(() => viaSignal.statuses.at(-1) === 'closed', 2000, 'closed');

    await setOrderStatus(server.url, ORDERS.on_hold, 'awaiting_shipment');
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.deepEqual(sub.events, []);
    assert.deepEqual(viaSignal.events, []);
  });

  test('without a session the stream closes with an AuthenticationError', async () => {
    const anonymous = createClient({ apiBase: proxy.url, publishableKey: DEMO_KEYS.publishableKey });
    const sub = record(anonymous);
    await waitUntil(() => sub.statuses.at(-1) === 'closed', 5000, 'closed');
    assert.equal(sub.errors.length, 1);
    assert.ok(sub.errors[0] instanceof AuthenticationError, String(sub.errors[0]));
    assert.deepEqual(sub.statuses, ['connecting', 'closed']);
  });
});

import { contractValidation } from '@txassist/sdk/validation';
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, test } from 'node:test';
import { AuthenticationError, createClient, type StreamStatus, type TxClient, type TxEvent } from '@txassist/sdk';
import { startTestServer, type TestServer } from '../support/server.js';
import { startFaultProxy, type FaultProxy } from './fault-proxy.js';
import { BUYER_1, buyerClient, DEMO_KEYS, ORDERS, OTHER_BUYER_ORDER, setOrderStatus, waitUntil } from './helpers.js';

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

/** A new unpaid order of the demo buyer, so a test can move it through its lifecycle on its own. */
async function newOrder(): Promise<string> {
  const response = await fetch(`${server.url}/v1/orders`, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${DEMO_KEYS.secretKey}`,
      'Content-Type': 'application/json',
      'Idempotency-Key': `events-test-${crypto.randomUUID()}`,
    },
    body: JSON.stringify({
      buyer_id: BUYER_1.id,
      currency: 'GBP',
      line_items: [{ title: 'Glow Serum 30 ml', unit_amount: 2400, quantity: 1 }],
    }),
  });
  assert.equal(response.status, 201, await response.clone().text());
  return ((await response.json()) as { id: string }).id;
}

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
    // An order of its own: the de-duplication test moves the demo unpaid one, and either may run first.
    const order = await newOrder();
    const first = record(client);
    await waitUntil(() => first.statuses.includes('open'), 5000, 'open');
    await setOrderStatus(server.url, order, 'awaiting_shipment');
    await waitUntil(() => first.events.length === 1, 5000, 'event');
    first.stop();
    await setOrderStatus(server.url, order, 'in_transit');

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

  test('the returned function and the signal stop the stream and close its connection', async () => {
    const sub = record(client);
    await waitUntil(() => sub.statuses.includes('open'), 5000, 'open');
    assert.equal(proxy.openStreams(), 1);
    sub.stop();
    await waitUntil(() => sub.statuses.at(-1) === 'closed', 2000, 'closed');
    await waitUntil(() => proxy.openStreams() === 0, 10_000, 'the connection closed');

    const controller = new AbortController();
    const viaSignal = record(client, { signal: controller.signal });
    await waitUntil(() => viaSignal.statuses.includes('open'), 5000, 'open');
    assert.equal(proxy.openStreams(), 1);
    controller.abort();
    await waitUntil(() => viaSignal.statuses.at(-1) === 'closed', 2000, 'closed');
    await waitUntil(() => proxy.openStreams() === 0, 10_000, 'the connection closed');

    await setOrderStatus(server.url, ORDERS.on_hold, 'awaiting_shipment');
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.deepEqual(sub.events, []);
    assert.deepEqual(viaSignal.events, []);
  });

  test('subscribers of one client share one connection; each gets every event once; it closes with the last', async () => {
    // Browsers allow six HTTP/1.1 connections per origin: ten trackers with a stream each would stall the page.
    const before = streamRequests().length;
    const subs = Array.from({ length: 8 }, () => record(client));
    await waitUntil(() => subs.every((sub) => sub.statuses.includes('open')), 5000, 'all open');
    assert.deepEqual(
      streamRequests()
        .slice(before)
        .map((request) => request.path),
      ['/v1/events'],
      'one connection for eight subscribers',
    );
    const order = await newOrder();
    await setOrderStatus(server.url, order, 'awaiting_shipment');
    await waitUntil(() => subs.every((sub) => sub.events.length === 1), 5000, 'every subscriber has the event');
    for (const sub of subs) {
      assert.equal(orderOf(sub.events[0]!).id, order);
      assert.deepEqual(sub.statuses, ['connecting', 'open']);
    }

    const [kept, ...stopped] = subs;
    for (const sub of stopped) sub.stop();
    await waitUntil(() => stopped.every((sub) => sub.statuses.at(-1) === 'closed'), 2000, 'the others closed');
    await setOrderStatus(server.url, order, 'in_transit');
    await waitUntil(() => kept!.events.length === 2, 5000, 'the remaining subscriber still gets events');
    await new Promise((resolve) => setTimeout(resolve, 200));
    for (const sub of stopped) assert.equal(sub.events.length, 1, 'nothing after stopping');
    assert.equal(streamRequests().length - before, 1);

    kept!.stop();
    const later = record(client);
    await waitUntil(() => later.statuses.includes('open'), 5000, 'open');
    assert.equal(
      streamRequests().length - before,
      2,
      'the last one leaving closed the connection; a new subscriber opens one',
    );
  });

  test('a subscriber resuming within the shared connection joins it and gets what it missed; one from further back connects itself', async () => {
    const before = streamRequests().length;
    const live = record(client);
    await waitUntil(() => live.statuses.includes('open'), 5000, 'open');
    const order = await newOrder();
    await setOrderStatus(server.url, order, 'awaiting_shipment');
    await setOrderStatus(server.url, order, 'in_transit');
    await waitUntil(() => live.events.some((event) => orderOf(event).status === 'in_transit'), 5000, 'the events');
    const sequences = live.events.map((event) => event.sequence);
    assert.ok(sequences.length >= 2, `two events or more: ${sequences.join(', ')}`);
    const first = sequences[0]!;

    const joined = record(client, { lastEventId: String(first) });
    await waitUntil(() => joined.events.length === sequences.length - 1, 5000, 'the missed events, replayed');
    assert.deepEqual(
      joined.events.map((event) => event.sequence),
      sequences.slice(1),
    );
    assert.deepEqual(
      streamRequests()
        .slice(before)
        .map((request) => request.path),
      ['/v1/events'],
      'joined the shared connection',
    );

    const behind = record(client, { lastEventId: String(first - 1) });
    await waitUntil(() => behind.events.length === sequences.length, 5000, 'every event, from the server');
    assert.deepEqual(
      behind.events.map((event) => event.sequence),
      sequences,
    );
    const requests = streamRequests().slice(before);
    assert.equal(requests.length, 2, 'further back than the shared connection reaches: a connection of its own');
    assert.equal(requests[1]!.headers['last-event-id'], String(first - 1));
  });

  test('without a session the stream closes with an AuthenticationError', async () => {
    const anonymous = createClient({
      validateResponses: contractValidation,
      apiBase: proxy.url,
      publishableKey: DEMO_KEYS.publishableKey,
    });
    const sub = record(anonymous);
    await waitUntil(() => sub.statuses.at(-1) === 'closed', 5000, 'closed');
    assert.equal(sub.errors.length, 1);
    assert.ok(sub.errors[0] instanceof AuthenticationError, String(sub.errors[0]));
    assert.deepEqual(sub.statuses, ['connecting', 'closed']);
  });
});

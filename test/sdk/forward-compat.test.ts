// Issue 14, decision 2: an embed pinned to this SDK keeps working when the API adds an enum value, an event
// type or a field. Without `validateResponses` (how browsers run) new values pass through, unknown event
// types are ignored and unknown fields are kept; the real server's answers are altered on the way.
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, test } from 'node:test';
import type { TxClient, TxEvent } from '@txassist/sdk';
import { startTestServer, type TestServer } from '../support/server.js';
import { startFaultProxy, type FaultProxy } from './fault-proxy.js';
import { buyerClient, ORDERS, setOrderStatus, waitUntil } from './helpers.js';

let server: TestServer;
let proxy: FaultProxy;
const stops: (() => void)[] = [];

before(async () => {
  server = await startTestServer();
  proxy = await startFaultProxy(server.url);
});
afterEach(() => {
  stops.splice(0).forEach((stop) => stop());
  proxy.clear();
});
after(async () => {
  await proxy.close();
  await server.close();
});

/** A fetch that rewrites each chunk of the event stream the real server sends (other answers untouched). */
function rewritingStream(transform: (chunk: string) => string): typeof fetch {
  return async (input, init) => {
    const response = await fetch(input, init);
    const url = input instanceof Request ? input.url : String(input);
    if (!new URL(url).pathname.endsWith('/v1/events') || !response.body) return response;
    const decoder = new TextDecoder();
    const encoder = new TextEncoder();
    const body = response.body.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform: (chunk, controller) =>
          controller.enqueue(encoder.encode(transform(decoder.decode(chunk, { stream: true })))),
      }),
    );
    return new Response(body, { status: response.status, headers: response.headers });
  };
}

describe('forward compatibility (validateResponses off)', () => {
  test('an order status and a field the SDK does not know are passed through, not refused', async () => {
    const client: TxClient = await buyerClient(proxy.url, server.url, { validateResponses: undefined });
    proxy.inject({
      kind: 'rewrite',
      transform: (body) => body.replace('"status":"delivered"', '"status":"teleported","added_later":{"x":1}'),
    });
    const order = await client.orders.get(ORDERS.delivered);
    assert.equal(order.status, 'teleported');
    assert.deepEqual((order as unknown as Record<string, unknown>).added_later, { x: 1 });
  });

  test('the stream ignores event types it does not know and keeps fields it does not know', async () => {
    // Before every chunk: an event of a type added later, sent both as its own SSE event name and as a
    // plain `message` (so the data itself must be recognised); known events get a field added later.
    const future = (sequence: number) =>
      `data: {"id":"evt_future${sequence}0000","type":"parcel.teleported","sequence":${sequence},` +
      `"created_at":"2026-12-07T05:00:00.000Z","data":{"object":{"id":"tel_1"}}}\n\n` +
      `event: parcel.teleported\ndata: {"type":"parcel.teleported"}\n\n`;
    const client = await buyerClient(proxy.url, server.url, {
      validateResponses: undefined,
      fetch: rewritingStream(
        (chunk) => future(1) + chunk.replace('"type":"order.updated",', '"type":"order.updated","added_later":true,'),
      ),
    });
    const events: TxEvent[] = [];
    const errors: unknown[] = [];
    let open = false;
    stops.push(
      client.events.subscribe((event) => events.push(event), {
        onStatus: (status) => (open ||= status === 'open'),
        onError: (error) => errors.push(error),
      }),
    );
    await waitUntil(() => open, 10_000, 'the stream to open');
    await setOrderStatus(server.url, ORDERS.awaiting_shipment, 'awaiting_collection');
    await waitUntil(() => events.length > 0, 10_000, 'the order.updated event');
    assert.deepEqual(errors, []);
    assert.deepEqual(
      events.map((event) => event.type),
      ['order.updated'],
    );
    assert.equal((events[0] as unknown as Record<string, unknown>).added_later, true);
  });
});

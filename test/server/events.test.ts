import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TxEvent } from '@txassist/contract';
import { DEMO_FIXTURES, DEMO_KEYS, startServer } from '@txassist/server';
import { buyerToken, call } from '../support/http.js';
import { BACKENDS, startTestServer, type TestServer } from '../support/server.js';
import { openEventStream } from '../support/sse.js';

const SK = DEMO_KEYS.secretKey;
const ORDERS = DEMO_FIXTURES.orders;

const advance = (server: TestServer, id: string, status: string) =>
  call(server.url, 'POST', `/v1/orders/${id}/status`, { token: SK, body: { status } });

for (const backend of BACKENDS) {
  describe(`live updates (${backend})`, () => {
    let server: TestServer;
    let token: string;
    before(async () => {
      server = await startTestServer({ backend, config: { heartbeatMs: 200 } });
      token = await buyerToken(server.url);
    });
    after(() => server?.close());

    it('streams an order change to its buyer as a contract event with the sequence as SSE id', async () => {
      const stream = await openEventStream(server.url, token);
      try {
        assert.equal(stream.status, 200);
        assert.match(stream.contentType ?? '', /^text\/event-stream/);
        assert.equal(stream.headers.get('cache-control'), 'no-store', 'like every API response');
        await stream.waitFor(0);
        assert.equal((await advance(server, ORDERS.awaiting_shipment, 'in_transit')).status, 200);
        const [event] = await stream.waitFor(1);
        const parsed = TxEvent.parse(event!.data);
        assert.ok(parsed.type === 'order.updated');
        assert.equal(event!.event, 'order.updated');
        assert.equal(event!.id, String(parsed.sequence));
        assert.equal(parsed.data.object.id, ORDERS.awaiting_shipment);
        assert.equal(parsed.data.object.status, 'in_transit');
      } finally {
        await stream.close();
      }
    });

    it("never sends a buyer another buyer's events", async () => {
      const other = await buyerToken(server.url, DEMO_FIXTURES.buyers[1].id);
      const stream = await openEventStream(server.url, other);
      try {
        await stream.waitFor(0);
        await advance(server, ORDERS.in_transit, 'delivered');
        await advance(server, DEMO_FIXTURES.otherBuyerOrder.id, 'delivered');
        const [event] = await stream.waitFor(1);
        assert.equal(event!.data.data.object.id, DEMO_FIXTURES.otherBuyerOrder.id);
        await new Promise((resolve) => setTimeout(resolve, 300));
        assert.equal(stream.received.length, 1);
      } finally {
        await stream.close();
      }
    });

    it('resumes after Last-Event-ID with nothing missed and nothing doubled', async () => {
      const first = await openEventStream(server.url, token);
      await first.waitFor(0);
      await advance(server, ORDERS.unpaid, 'on_hold');
      const [seen] = await first.waitFor(1);
      await first.close();
      // While disconnected:
      await advance(server, ORDERS.unpaid, 'awaiting_shipment');
      await advance(server, ORDERS.unpaid, 'awaiting_collection');
      const resumed = await openEventStream(server.url, token, seen!.id);
      try {
        const events = await resumed.waitFor(2);
        assert.deepEqual(
          events.map((e) => e.data.data.object.status),
          ['awaiting_shipment', 'awaiting_collection'],
        );
        assert.ok(events.every((e) => Number(e.id) > Number(seen!.id)));
        await new Promise((resolve) => setTimeout(resolve, 300));
        assert.equal(resumed.received.length, 2);
      } finally {
        await resumed.close();
      }
    });

    it("fans one event out to many streams of two buyers: each gets its own once, never the other's", async () => {
      const other = await buyerToken(server.url, DEMO_FIXTURES.buyers[1].id);
      const streams = await Promise.all(
        Array.from({ length: 40 }, (_, index) => openEventStream(server.url, index % 2 ? other : token)),
      );
      try {
        await Promise.all(streams.map((stream) => stream.waitFor(0)));
        await advance(server, ORDERS.delivered, 'completed');
        await advance(server, DEMO_FIXTURES.otherBuyerOrder.id, 'completed');
        await Promise.all(streams.map((stream) => stream.waitFor(1)));
        await new Promise((resolve) => setTimeout(resolve, 300));
        for (const [index, stream] of streams.entries()) {
          const expected = index % 2 ? DEMO_FIXTURES.otherBuyerOrder.id : ORDERS.delivered;
          assert.deepEqual(
            stream.received.map((event) => event.data.data.object.id),
            [expected],
            `stream ${index}`,
          );
        }
      } finally {
        await Promise.all(streams.map((stream) => stream.close()));
      }
    });

    it("a stream resuming from 0 on a server started later replays exactly the buyer's events in the table, then goes on live", async () => {
      // History of its own (the test does not depend on what the tests before it wrote), written
      // before the second server starts: its feed never held these events, so the replay reads the table.
      assert.equal((await advance(server, ORDERS.partially_shipped, 'in_transit')).status, 200);
      const later = await startServer({ port: 0, database: server.services.db, demo: true, logLevel: 'silent' });
      const stream = await openEventStream(later.url, await buyerToken(later.url), '0');
      try {
        // What the stream must replay: every committed event of this buyer, in the table's order.
        const { rows } = await server.services.db.query<{ id: string }>(
          'select id from events where buyer_id = $1 and sequence > 0 order by sequence',
          [DEMO_FIXTURES.buyers[0].id],
        );
        assert.ok(rows.length > 0, 'events were written for this buyer');
        await stream.waitFor(rows.length);
        await new Promise((resolve) => setTimeout(resolve, 300));
        assert.deepEqual(
          stream.received.map((event) => event.data.id),
          rows.map((row) => row.id),
          'the replay is exactly the table',
        );
        const before = stream.received.length;
        await advance(server, ORDERS.on_hold, 'awaiting_shipment');
        const events = await stream.waitFor(before + 1);
        const live = events.at(-1)!;
        assert.equal(live.data.data.object.id, ORDERS.on_hold);
        const ids = events.map((event) => Number(event.id));
        assert.deepEqual(
          ids,
          [...new Set(ids)].sort((a, b) => a - b),
          'every event once, in order',
        );
      } finally {
        await stream.close();
        await later.close();
      }
    });

    it('needs a token', async () => {
      const result = await call(server.url, 'GET', '/v1/events');
      assert.equal(result.status, 401);
    });
  });
}

describe('live updates across server processes (postgres)', () => {
  let first: TestServer;
  before(async () => {
    first = await startTestServer({ backend: 'postgres' });
  });
  after(() => first?.close());

  it('delivers an event written through one server to a subscriber of another on the same database by NOTIFY', async () => {
    // The second server never re-reads the events table on its own: the event can only come by NOTIFY.
    const second = await startServer({
      port: 0,
      databaseUrl: first.databaseUrl!,
      demo: true,
      logLevel: 'silent',
      config: { eventPollMs: 0 },
    });
    try {
      const token = await buyerToken(second.url);
      const stream = await openEventStream(second.url, token);
      try {
        await stream.waitFor(0);
        await advance(first, ORDERS.awaiting_collection, 'in_transit');
        const [event] = await stream.waitFor(1, 3000);
        assert.equal(event!.data.data.object.id, ORDERS.awaiting_collection);
      } finally {
        await stream.close();
      }
    } finally {
      await second.close();
    }
  });
});

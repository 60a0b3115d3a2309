import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEMO_FIXTURES, DEMO_KEYS, type Queryable } from '@txassist/server';
import { openTestDatabase, type TestDatabase } from '../support/database.js';
import { buyerToken, call } from '../support/http.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { startProcess, stopProcess, type ServerProcess } from '../support/processes.js';
import { openEventStream } from '../support/sse.js';

const WRITERS = 8;
const ORDERS_PER_WRITER = 20;
/** Streams that drop and resume (on the next server each time) at random points, per server. */
const RESUMING_STREAMS = 3;
/** Fails instead of hanging should a stream never reach the last event. */
const GIVE_UP_MS = 120_000;

const BUYER = DEMO_FIXTURES.buyers[0].id;

/** Deterministic randomness, so a failing run can be replayed with its seed. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function buyerSequences(db: Queryable, after: number): Promise<number[]> {
  const { rows } = await db.query<{ sequence: unknown }>(
    'select sequence from events where seller_id = $1 and buyer_id = $2 and sequence > $3 order by sequence',
    [DEMO_FIXTURES.seller.id, BUYER, after],
  );
  return rows.map((row) => Number(row.sequence));
}

async function createOrder(url: string, title: string): Promise<void> {
  const created = await call(url, 'POST', '/v1/orders', {
    token: DEMO_KEYS.secretKey,
    body: { buyer_id: BUYER, currency: 'USD', line_items: [{ title, quantity: 1, unit_amount: 1000 }] },
  });
  assert.equal(created.status, 201, created.text);
}

/**
 * Reads the stream until it has had `lastSequence()` (known once the writers are done), from
 * `servers[first]`; with `dropAfterMs` it disconnects after a random time and resumes with
 * `Last-Event-ID` on the next server. Returns every sequence it received, in order.
 */
async function readStream(
  servers: string[],
  token: string,
  startAfter: string,
  first: number,
  lastSequence: () => number | undefined,
  dropAfterMs?: () => number,
): Promise<number[]> {
  const received: number[] = [];
  let resumeFrom = startAfter;
  const giveUpAt = Date.now() + GIVE_UP_MS;
  for (let hop = first; ; hop++) {
    const stream = await openEventStream(servers[hop % servers.length]!, token, resumeFrom);
    await stream.waitFor(0);
    for (;;) {
      const target = lastSequence();
      const newest = Number(stream.received.at(-1)?.id ?? received.at(-1) ?? 0);
      if (target !== undefined && newest >= target) break;
      if (Date.now() > giveUpAt) {
        await stream.close();
        throw new Error(`the stream never reached sequence ${target}; it had ${[...received, newest].join(',')}`);
      }
      if (dropAfterMs) {
        await sleep(dropAfterMs());
        break;
      }
      await sleep(20);
    }
    await stream.close();
    for (const event of stream.received) received.push(Number(event.id));
    resumeFrom = String(received.at(-1) ?? resumeFrom);
    const target = lastSequence();
    if (target !== undefined && (received.at(-1) ?? 0) >= target) return received;
  }
}

/**
 * 8 writers create orders for one buyer through every server at once while streams of that buyer
 * run on every server: some stay connected, some drop and resume on another server at random
 * points. Every stream, and a `Last-Event-ID: 0` replay on every server, must then hold exactly
 * the buyer's rows of the events table, each once, in sequence order.
 */
async function concurrentWritersScenario(servers: string[], db: Queryable, seed: number): Promise<void> {
  const next = random(seed);
  const token = await buyerToken(servers[0]!);
  const startAfter = (await buyerSequences(db, 0)).at(-1) ?? 0;
  let last: number | undefined = undefined; // known once the writers are done
  const lastSequence = () => last;

  const streams = servers.flatMap((_, index) => [
    readStream(servers, token, String(startAfter), index, lastSequence),
    ...Array.from({ length: RESUMING_STREAMS }, (_, n) =>
      readStream(servers, token, String(startAfter), index + n, lastSequence, () => 5 + Math.floor(next() * 150)),
    ),
  ]);
  await Promise.all(
    Array.from({ length: WRITERS }, async (_, writer) => {
      for (let n = 0; n < ORDERS_PER_WRITER; n++)
        await createOrder(servers[(writer + n) % servers.length]!, `writer ${writer} order ${n}`);
    }),
  );
  // Written alone after the rest, so it is the newest event: every stream reads until it has it.
  await createOrder(servers[0]!, 'last');
  const expected = await buyerSequences(db, startAfter);
  assert.equal(expected.length, WRITERS * ORDERS_PER_WRITER + 1);
  last = expected.at(-1)!;

  const results = await Promise.all(streams);
  const counts = results.map((received) => ({
    missed: expected.filter((sequence) => !received.includes(sequence)).length,
    doubled: received.length - new Set(received).size,
  }));
  assert.deepEqual(
    counts,
    results.map(() => ({ missed: 0, doubled: 0 })),
    `per stream, of ${expected.length} events (seed ${seed})`,
  );
  for (const [index, received] of results.entries())
    assert.deepEqual(received, expected, `stream ${index}: in sequence order (seed ${seed})`);

  const everything = await buyerSequences(db, 0);
  for (const [index] of servers.entries()) {
    const replay = await readStream(servers, token, '0', index, () => everything.at(-1));
    assert.deepEqual(replay, everything, `Last-Event-ID: 0 replay on server ${index} (seed ${seed})`);
  }
}

describe('event stream under concurrent writers: two server processes on one PostgreSQL database', () => {
  let database: TestDatabase;
  let a: ServerProcess | undefined;
  let b: ServerProcess | undefined;

  before(async () => {
    database = await openTestDatabase('postgres');
    a = await startProcess({ env: { DATABASE_URL: database.url! }, args: ['--demo'] });
    b = await startProcess({ env: { DATABASE_URL: database.url! }, args: ['--demo'] });
  });
  after(async () => {
    await Promise.all([stopProcess(a?.child), stopProcess(b?.child)]);
    await database?.drop();
  });

  it('delivers every committed event to every stream exactly once, in order, through drops and resumes', async () => {
    await concurrentWritersScenario([a!.url, b!.url], database.db, Date.now() % 100_000);
  });
});

describe('event stream under concurrent writers (pglite)', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ backend: 'pglite' });
  });
  after(() => server?.close());

  it('delivers every committed event to every stream exactly once, in order, through drops and resumes', async () => {
    await concurrentWritersScenario([server.url], server.services.db, Date.now() % 100_000);
  });
});

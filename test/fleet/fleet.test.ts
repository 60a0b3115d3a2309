import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { ChildProcess } from 'node:child_process';
import { DEMO_FIXTURES, DEMO_KEYS, signWebhook } from '@txassist/server';
import { openTestDatabase, type TestDatabase } from '../support/database.js';
import { call } from '../support/http.js';
import { startProcess, stopProcess, type ServerProcess } from '../support/processes.js';
import { startNginx } from './nginx.js';
import { resumingStream } from './resuming-stream.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A free loopback port below 32768 (the kernel's ephemeral range starts there). */
async function freePort(): Promise<number> {
  for (;;) {
    const port = 20_000 + Math.floor(Math.random() * 12_000);
    const free = await new Promise<boolean>((resolve) => {
      const probe = createServer();
      probe.once('error', () => resolve(false));
      probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
    });
    if (free) return port;
  }
}

async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

// nginx comes with scripts/setup-system.sh (run by the deps step of `npm test`); without it this fails.
describe('a fleet: three txassist-server processes on one PostgreSQL behind nginx', () => {
  let database: TestDatabase;
  let dir: string;
  let nginx: ChildProcess | undefined;
  let proxy: string;
  const ports: number[] = [];
  const instances: (ServerProcess | undefined)[] = [];
  const env = () => ({
    DATABASE_URL: database.url!,
    TXASSIST_TRUSTED_PROXIES: '127.0.0.1',
    TXASSIST_SWEEP_MS: '500',
    TXASSIST_DRAIN_MS: '5000',
  });
  const startInstance = async (index: number) => {
    instances[index] = await startProcess({
      env: env(),
      args: ['--demo', '--port', String(ports[index])],
      logLevel: 'info',
      label: `fleet-${index}`,
    });
  };

  before(async () => {
    database = await openTestDatabase('postgres');
    dir = await mkdtemp(join(tmpdir(), 'txassist-fleet-'));
    for (let index = 0; index < 4; index++) ports.push(await freePort());
    for (let index = 0; index < 3; index++) await startInstance(index);
    nginx = await startNginx(dir, ports[3]!, ports.slice(0, 3));
    proxy = `http://127.0.0.1:${ports[3]}`;
    await until('the proxy to answer ready', async () =>
      (await call(proxy, 'GET', '/readyz')).status === 200 ? true : undefined,
    );
  });
  after(async () => {
    await Promise.all(instances.map((instance) => stopProcess(instance?.child)));
    await stopProcess(nginx);
    await database?.drop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('loses no acknowledged write and no live event while one instance is killed and another restarted', async () => {
    const session = await call(proxy, 'POST', '/v1/sessions', {
      token: DEMO_KEYS.secretKey,
      body: { buyer: { id: DEMO_FIXTURES.buyers[0].id } },
    });
    assert.equal(session.status, 201, session.text);
    const buyer = session.json.token as string;
    const { rows: start } = await database.db.query<{ max: string | null }>('select max(sequence) as max from events');
    const startSequence = Number(start[0]!.max ?? 0);

    const streams = Array.from({ length: 4 }, () => resumingStream(proxy, buyer));
    await until('every stream to connect', async () => (streams.every((s) => s.connections > 0) ? true : undefined));

    const sessions: string[] = [];
    const checkpoints: string[] = [];
    const latencies: number[] = [];
    const refused: number[] = [];
    let requests = 0;
    const timed = async <T extends { status: number }>(work: () => Promise<T>) => {
      const started = performance.now();
      const result = await work();
      latencies.push(performance.now() - started);
      requests++;
      return result;
    };
    let round = 0;
    /** One round: buyers read orders, a storefront back end opens sessions, the carrier posts checkpoints. */
    const load = async (rounds: number) => {
      for (let end = round + rounds; round < end; round++) {
        const checkpoint = `fleet-${round}`;
        const body = JSON.stringify({
          id: checkpoint,
          tracking_number: DEMO_FIXTURES.shipments.in_transit.tracking_number,
          tag: 'in_transit',
          message: `Checkpoint ${round}`,
          occurred_at: new Date(Date.now() - 60_000 + round).toISOString(),
        });
        const signature = await signWebhook(body, [DEMO_FIXTURES.carrierSecret], Math.floor(Date.now() / 1000));
        const [read, opened, posted] = await Promise.all([
          timed(() => call(proxy, 'GET', '/v1/orders', { token: buyer })),
          timed(() =>
            call(proxy, 'POST', '/v1/sessions', {
              token: DEMO_KEYS.secretKey,
              body: { buyer: { id: DEMO_FIXTURES.buyers[1].id } },
            }),
          ),
          timed(() =>
            call(proxy, 'POST', '/v1/carriers/sim/events', {
              rawBody: body,
              headers: { 'Content-Type': 'application/json', 'Tx-Signature': signature },
            }),
          ),
          ...Array.from({ length: 3 }, () => timed(() => call(proxy, 'GET', '/v1/orders', { token: buyer }))),
        ]);
        for (const answer of [read, opened, posted]) if (answer.status >= 500) refused.push(answer.status);
        if (opened.status === 201) sessions.push(opened.json.token as string);
        if (posted.status === 202) checkpoints.push(checkpoint);
      }
    };

    const started = performance.now();
    await load(10);
    // 1. An instance dies without warning.
    instances[0]!.child.kill('SIGKILL');
    await load(10);
    // 2. A rolling restart of another: SIGTERM, drained exit, started again on its port.
    const exited = new Promise<number | null>((resolve) => instances[1]!.child.once('exit', (code) => resolve(code)));
    instances[1]!.child.kill('SIGTERM');
    await load(5);
    assert.equal(await exited, 0, 'the drained instance exits cleanly');
    await startInstance(1);
    await load(10);
    const seconds = (performance.now() - started) / 1000;

    // Every acknowledged session works, every acknowledged checkpoint is stored and processed.
    for (const token of sessions) {
      assert.equal((await call(proxy, 'GET', '/v1/orders', { token })).status, 200, 'an acknowledged session exists');
    }
    await until('every checkpoint to be processed', async () => {
      const { rows } = await database.db.query<{ stored: string; processed: string }>(
        `select count(*) as stored, count(processed_at) as processed from carrier_events where event_id = any($1)`,
        [checkpoints],
      );
      return Number(rows[0]!.stored) === checkpoints.length && Number(rows[0]!.processed) === checkpoints.length
        ? true
        : undefined;
    });

    // Every stream holds exactly the buyer's events since it opened: none missed, none twice, in order.
    const { rows: expected } = await database.db.query<{ sequence: string }>(
      'select sequence from events where sequence > $1 and buyer_id = $2 order by sequence',
      [startSequence, DEMO_FIXTURES.buyers[0].id],
    );
    assert.ok(checkpoints.length >= 30, `most checkpoints were acknowledged (${checkpoints.length})`);
    assert.ok(expected.length >= checkpoints.length, 'each processed checkpoint is an event for the buyer');
    await until('the streams to catch up', async () =>
      streams.every((stream) => stream.ids.length >= expected.length) ? true : undefined,
    );
    await sleep(500);
    await Promise.all(streams.map((stream) => stream.stop()));
    for (const stream of streams) {
      assert.deepEqual(
        [...stream.ids].sort((a, b) => a - b),
        stream.ids,
        'in order',
      );
      assert.equal(new Set(stream.ids).size, stream.ids.length, 'nothing twice');
      assert.deepEqual(
        stream.ids,
        expected.map((row) => Number(row.sequence)),
        'nothing missed',
      );
      assert.deepEqual(stream.ids, streams[0]!.ids, 'every stream saw the same events');
    }
    assert.ok(
      streams.some((stream) => stream.connections > 1),
      'streams reconnected to other instances',
    );

    // Each notification settled once, none left claimed.
    const { rows: notifications } = await database.db.query<{ status: string; attempts: number }>(
      `select status, attempts from notifications where created_at > now() - interval '10 minutes'`,
    );
    assert.ok(
      notifications.every((row) => row.status !== 'sending' && row.attempts <= 1),
      'each notification once',
    );

    // The guest-lookup limit holds fleet-wide: requests through the proxy reach all instances.
    const lookups = [];
    for (let attempt = 0; attempt < 11; attempt++) {
      lookups.push(
        (
          await call(proxy, 'POST', '/v1/guest/order-lookups', {
            headers: { 'X-Tx-Publishable-Key': DEMO_KEYS.publishableKey },
            body: { order_number: `TX-${7000 + attempt}`, email: 'guess@example.com' },
          })
        ).status,
      );
    }
    assert.deepEqual(lookups, [...Array(10).fill(404), 429]);

    // Periodic sweeps ran once per interval for the fleet, not once per instance.
    const { rows: jobs } = await database.db.query<{ runs: string }>(
      `select runs from fleet_jobs where name = 'case deadlines'`,
    );
    assert.ok(Number(jobs[0]?.runs ?? 0) >= 1, 'case deadlines were swept');

    latencies.sort((a, b) => a - b);
    const pick = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!.toFixed(0);
    console.log(
      `fleet: ${requests} requests in ${seconds.toFixed(1)} s (${(requests / seconds).toFixed(0)}/s, 6 concurrent), ` +
        `p50 ${pick(0.5)} ms, p95 ${pick(0.95)} ms, max ${pick(1)} ms; ${refused.length} answered 5xx (${refused.join(',')}); ` +
        `${checkpoints.length} checkpoints, ${sessions.length} sessions acknowledged; stream connections ${streams.map((s) => s.connections).join(',')}`,
    );
  });
});

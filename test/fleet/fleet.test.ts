import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { ChildProcess } from 'node:child_process';
import { DEMO_FIXTURES, DEMO_KEYS, signWebhook } from '@txassist/server';
import { startSmtpCapture } from '../../scripts/smtp-capture.mjs';
import { openTestDatabase, type TestDatabase } from '../support/database.js';
import { call } from '../support/http.js';
import { startProcess, stopProcess, type ServerProcess } from '../support/processes.js';
import { caseBuyer, caseEventCounts, dueNow, settlementSteps, type CaseBuyer } from './due-cases.js';
import { keptAliveClient } from './keep-alive.js';
import { freePort, sleep, until } from './loopback.js';
import { startNginx } from './nginx.js';
import { checkNotificationsOnce } from './notifications-once.js';
import { resumingStream } from './resuming-stream.js';
import { startSmsSink } from './sms-sink.js';

// nginx comes with scripts/setup-system.sh (run by the deps step of `npm test`); without it this fails.
describe('a fleet: three txassist-server processes on one PostgreSQL behind nginx', () => {
  let database: TestDatabase;
  let dir: string;
  let nginx: ChildProcess | undefined;
  let proxy: string;
  let smtp: Awaited<ReturnType<typeof startSmtpCapture>>;
  let sms: Awaited<ReturnType<typeof startSmsSink>>;
  const ports: number[] = [];
  const instances: (ServerProcess | undefined)[] = [];
  /** What a failed run must still stop (clients that would otherwise keep the test process alive). */
  const cleanups: (() => unknown)[] = [];
  const env = () => ({
    DATABASE_URL: database.url!,
    TXASSIST_TRUSTED_PROXIES: '127.0.0.1',
    TXASSIST_SWEEP_MS: '500',
    TXASSIST_DRAIN_MS: '5000',
    // Email over real SMTP and SMS over HTTP, both to captures that keep every delivery.
    SMTP_URL: smtp.url,
    SMS_URL: sms.url,
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
    smtp = await startSmtpCapture({ port: await freePort() });
    sms = await startSmsSink();
    for (let index = 0; index < 4; index++) ports.push(await freePort());
    for (let index = 0; index < 3; index++) await startInstance(index);
    nginx = await startNginx(dir, ports[3]!, ports.slice(0, 3));
    proxy = `http://127.0.0.1:${ports[3]}`;
    await until('the proxy to answer ready', async () =>
      (await call(proxy, 'GET', '/readyz')).status === 200 ? true : undefined,
    );
  });
  after(async () => {
    for (const cleanup of cleanups) cleanup();
    await Promise.all(instances.map((instance) => stopProcess(instance?.child)));
    await stopProcess(nginx);
    await database?.drop();
    await smtp?.close();
    await sms?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('loses no acknowledged write, live event, deadline or message while one instance is killed and another restarted', async () => {
    const session = await call(proxy, 'POST', '/v1/sessions', {
      token: DEMO_KEYS.secretKey,
      body: { buyer: { id: DEMO_FIXTURES.buyers[0].id } },
    });
    assert.equal(session.status, 201, session.text);
    const buyer = session.json.token as string;

    // Buyers with a refund request and a dispute each, waiting for the seller; one buyer's cases fall
    // due in each phase of the run. Their order's messages go out before the run starts.
    const caseBuyers: CaseBuyer[] = await Promise.all([0, 1, 2, 3].map((index) => caseBuyer(proxy, index)));
    const unsent = async () =>
      Number(
        (
          await database.db.query<{ n: string }>(
            `select count(*) as n from notifications where status in ('pending', 'sending')`,
          )
        ).rows[0]!.n,
      );
    await until('the set-up messages to be sent', async () => ((await unsent()) === 0 ? true : undefined));
    const eventsBefore = await Promise.all(caseBuyers.map((caseBuyer) => caseEventCounts(database.db, caseBuyer)));
    const { rows: start } = await database.db.query<{ max: string | null }>('select max(sequence) as max from events');
    const startSequence = Number(start[0]!.max ?? 0);

    const streams = Array.from({ length: 4 }, () => resumingStream(proxy, buyer));
    await until('every stream to connect', async () => (streams.every((s) => s.connections > 0) ? true : undefined));

    const sessions: string[] = [];
    const checkpoints: string[] = [];
    const latencies: number[] = [];
    /** Answers 5xx through the proxy, with the request and the phase of the run they met. */
    const refused: string[] = [];
    let phase = 'all up';
    let requests = 0;
    const timed = async <T extends { status: number }>(work: () => Promise<T>) => {
      const started = performance.now();
      const result = await work();
      latencies.push(performance.now() - started);
      requests++;
      return result;
    };
    let round = 0;
    /**
     * One round: buyers read orders, a case buyer reads its refunds (settling its own due cases on the
     * read, racing the sweep), a storefront back end opens sessions, the carrier posts checkpoints.
     */
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
        const [read, opened, posted, cases] = await Promise.all([
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
          timed(() => call(proxy, 'GET', '/v1/refunds', { token: caseBuyers[round % caseBuyers.length]!.token })),
          ...Array.from({ length: 3 }, () => timed(() => call(proxy, 'GET', '/v1/orders', { token: buyer }))),
        ]);
        const named = {
          'GET /v1/orders': read,
          'POST /v1/sessions': opened,
          'POST carrier event': posted,
          'GET /v1/refunds': cases,
        };
        for (const [what, answer] of Object.entries(named)) {
          if (answer.status >= 500) refused.push(`${answer.status} ${what} (${phase})`);
        }
        if (opened.status === 201) sessions.push(opened.json.token as string);
        if (posted.status === 202) checkpoints.push(checkpoint);
      }
    };

    const started = performance.now();
    await dueNow(database.db, caseBuyers[0]!, 1_000);
    await load(10);
    // 1. An instance dies without warning.
    instances[0]!.child.kill('SIGKILL');
    phase = 'one killed';
    await dueNow(database.db, caseBuyers[1]!);
    await load(10);

    // 2. A rolling restart of another: SIGTERM, drained exit, started again on its port. A client
    // holding a kept-alive connection to it has a request in flight; another client keeps writing
    // through one kept-alive connection to the proxy all along.
    const direct = keptAliveClient(`http://127.0.0.1:${ports[1]}`, { Authorization: `Bearer ${DEMO_KEYS.secretKey}` });
    const warmUp = await direct.send('GET', '/readyz').answer;
    assert.equal(warmUp.status, 200);
    const inFlight = direct.send('POST', '/v1/sessions', { buyer: { id: DEMO_FIXTURES.buyers[1].id } }, { hold: true });
    await sleep(100);
    const writer = keptAliveClient(proxy, { Authorization: `Bearer ${DEMO_KEYS.secretKey}` });
    cleanups.push(
      () => direct.close(),
      () => writer.close(),
    );
    const written: { status: number; token: string | undefined }[] = [];
    let writing = true;
    cleanups.push(() => (writing = false));
    const writes = (async () => {
      while (writing) {
        const answer = await writer
          .send('POST', '/v1/sessions', { buyer: { id: DEMO_FIXTURES.buyers[1].id } })
          .answer.catch(() => ({ status: 0, json: undefined }));
        written.push({ status: answer.status, token: answer.json?.token as string | undefined });
      }
    })();

    const exited = new Promise<number | null>((resolve) => instances[1]!.child.once('exit', (code) => resolve(code)));
    await dueNow(database.db, caseBuyers[2]!);
    instances[1]!.child.kill('SIGTERM');
    phase = 'one killed, one draining';
    // Draining has begun once the instance takes no new connection.
    await until('the instance to stop listening', () =>
      fetch(`http://127.0.0.1:${ports[1]}/healthz`).then(
        () => undefined,
        () => true,
      ),
    );
    inFlight.finish();
    const answered = await inFlight.answer;
    assert.equal(answered.status, 201, `the request in flight was answered: ${answered.text}`);
    assert.equal(answered.connection, 'close', 'the last answer on a kept-alive connection closes it');
    await until(
      'the kept-alive connection to close',
      async () => (answered.socket.destroyed ? true : undefined),
      5_000,
    );
    sessions.push(answered.json?.token as string);
    direct.close();

    await load(5);
    assert.equal(await exited, 0, 'the drained instance exits cleanly');
    writing = false;
    await writes;
    writer.close();
    await startInstance(1);
    phase = 'one killed, one restarted';
    await dueNow(database.db, caseBuyers[3]!);
    await load(10);
    const seconds = (performance.now() - started) / 1000;

    // The kept-alive writer through the proxy: every write answered, none lost.
    assert.ok(written.length > 0);
    assert.deepEqual(
      written.filter((write) => write.status !== 201),
      [],
      'every write through the kept-alive connection was answered 201',
    );
    for (const write of written) sessions.push(write.token!);

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

    // Each due case settled exactly once: one settlement step in its history, one event for it.
    for (const [index, caseBuyer] of caseBuyers.entries()) {
      const steps = await until(`buyer ${index}'s cases to be settled`, async () => {
        const read = await settlementSteps(proxy, caseBuyer);
        return read.refund.status === 'approved' && read.dispute.status === 'no_agreement' ? read : undefined;
      });
      assert.deepEqual([steps.refund.autoApproved, steps.dispute.deadlinePassed], [1, 1], 'one settlement step each');
      const events = await caseEventCounts(database.db, caseBuyer);
      assert.deepEqual(
        events,
        {
          'refund_request.updated': eventsBefore[index]!['refund_request.updated']! + 1,
          'dispute.updated': eventsBefore[index]!['dispute.updated']! + 1,
        },
        `one settlement event per case of buyer ${index}`,
      );
    }

    // Each message sent once across the fleet: every email and SMS the outbox marked sent arrived
    // once, none arrived twice or unrecorded, and each settlement was told by email and by SMS.
    await until('every message to be sent', async () => ((await unsent()) === 0 ? true : undefined));
    const told = await checkNotificationsOnce(database.db, smtp.messages, sms.received, caseBuyers);

    // Periodic sweeps ran once per interval for the fleet, not once per instance.
    const { rows: jobs } = await database.db.query<{ runs: string }>(
      `select runs from fleet_jobs where name = 'case deadlines'`,
    );
    assert.ok(Number(jobs[0]?.runs ?? 0) >= 1, 'case deadlines were swept');

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

    latencies.sort((a, b) => a - b);
    const pick = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!.toFixed(0);
    console.log(
      `fleet: ${requests} requests in ${seconds.toFixed(1)} s (${(requests / seconds).toFixed(0)}/s, 7 concurrent), ` +
        `p50 ${pick(0.5)} ms, p95 ${pick(0.95)} ms, max ${pick(1)} ms; ${refused.length} answered 5xx (${refused.join('; ')}); ` +
        `${checkpoints.length} checkpoints, ${sessions.length} sessions acknowledged (${written.length} through one kept-alive connection); ` +
        `stream connections ${streams.map((s) => s.connections).join(',')}; ${caseBuyers.length * 2} due cases settled once; ` +
        `${told.emails} emails and ${told.texts} texts each delivered once`,
    );
  });
});

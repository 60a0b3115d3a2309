import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { TxEvent } from '@txassist/contract';
import { DEMO_FIXTURES, DEMO_KEYS, signWebhook } from '@txassist/server';
import { startMailCapture } from '../../examples/mail-capture/server.js';
import { openTestDatabase, type TestDatabase } from '../support/database.js';
import { buyerToken, call } from '../support/http.js';
import { keepProcessLog } from '../support/process-log.js';
import { openEventStream } from '../support/sse.js';

const CLI = fileURLToPath(new URL('../../packages/server/dist/node/cli.js', import.meta.url));
const ORDERS = DEMO_FIXTURES.orders;

interface ServerProcess {
  child: ChildProcess;
  url: string;
  output: () => string;
}

/** One real `txassist-server` OS process on a free port; resolves once it says it is listening. */
function startProcess(env: Record<string, string>): Promise<ServerProcess> {
  const child = spawn(process.execPath, [CLI, '--port', '0', '--demo', '--log', 'debug'], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  keepProcessLog(child, 'fanout');
  // Should the test runner die before `after` runs, the server processes go with it.
  const orphanGuard = () => child.kill('SIGKILL');
  process.once('exit', orphanGuard);
  child.once('exit', () => process.removeListener('exit', orphanGuard));
  let output = '';
  return new Promise<ServerProcess>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match) resolve({ child, url: match[1]!, output: () => output });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`txassist-server exited with ${code}: ${output}`)));
  });
}

async function stopProcess(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  await exited;
}

describe('live updates across two server OS processes on one PostgreSQL database', () => {
  let database: TestDatabase;
  let capture: Awaited<ReturnType<typeof startMailCapture>>;
  let a: ServerProcess | undefined;
  let b: ServerProcess | undefined;

  before(async () => {
    database = await openTestDatabase('postgres');
    capture = await startMailCapture({ smtpPort: 0, httpPort: 0 });
    const env = { DATABASE_URL: database.url!, SMTP_URL: capture.smtpUrl };
    // One after the other: the second finds the demo data the first seeded.
    a = await startProcess(env);
    b = await startProcess(env);
  });
  after(async () => {
    await Promise.all([stopProcess(a?.child), stopProcess(b?.child)]);
    await capture?.close();
    await database?.drop();
  });

  it('runs as two processes on the same PostgreSQL database', async () => {
    assert.notEqual(a!.child.pid, b!.child.pid);
    assert.notEqual(a!.url, b!.url);
    for (const server of [a!, b!]) {
      const health = await call(server.url, 'GET', '/healthz');
      assert.equal(health.json.database, 'postgres');
    }
  });

  it('delivers events written through process A to a subscriber of process B, each exactly once', async () => {
    const stream = await openEventStream(b!.url, await buyerToken(b!.url));
    try {
      await stream.waitFor(0);
      // 1. The seller moves an order through A.
      const moved = await call(a!.url, 'POST', `/v1/orders/${ORDERS.awaiting_collection}/status`, {
        token: DEMO_KEYS.secretKey,
        body: { status: 'in_transit' },
      });
      assert.equal(moved.status, 200, moved.text);
      // 2. The carrier posts a signed checkpoint to A.
      const body = JSON.stringify({
        id: 'fanout-ofd-1',
        tracking_number: DEMO_FIXTURES.shipments.in_transit.tracking_number,
        tag: 'out_for_delivery',
        message: 'Out for delivery',
        occurred_at: new Date().toISOString(),
      });
      const posted = await call(a!.url, 'POST', '/v1/carriers/sim/events', {
        rawBody: body,
        headers: {
          'Content-Type': 'application/json',
          'Tx-Signature': await signWebhook(body, [DEMO_FIXTURES.carrierSecret], Math.floor(Date.now() / 1000)),
        },
      });
      assert.equal(posted.status, 202, posted.text);

      const events = (await stream.waitFor(2, 10_000)).map((event) => TxEvent.parse(event.data));
      assert.deepEqual(
        events.map((event) => [event.type, event.data.object.id]),
        [
          ['order.updated', ORDERS.awaiting_collection],
          ['shipment.updated', DEMO_FIXTURES.shipments.in_transit.id],
        ],
      );
      assert.ok(events[0]!.sequence < events[1]!.sequence);
      // Had B relayed the first event twice, the copy would have come before the second event.
      assert.equal(stream.received.length, 2, 'nothing doubled');
    } finally {
      await stream.close();
    }
  });

  it('sends the email of that change once, though both processes run the notification dispatcher', async () => {
    for (let i = 0; ; i++) {
      const { rows } = await database.db.query<{ n: unknown }>(
        `select count(*) as n from notifications where channel = 'email' and status in ('pending', 'sending')`,
      );
      if (Number(rows[0]!.n) === 0 && capture.messages.length >= 2) break;
      if (i > 200) throw new Error(`notifications did not settle: ${capture.messages.length} email(s)`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    assert.deepEqual(capture.messages.map((message) => message.subject).sort(), [
      'Your order TX-1005 is on its way',
      'Your order TX-1006 is out for delivery today',
    ]);
  });
});

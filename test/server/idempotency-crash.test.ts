import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { IDEMPOTENCY_LEASE_SECONDS } from '@txassist/contract';
import { DEMO_FIXTURES, DEMO_KEYS, openDatabase } from '@txassist/server';
import { BACKENDS, openTestDatabase, pgliteFolder, type Backend, type TestDatabase } from '../support/database.js';
import { call, type CallResult } from '../support/http.js';
import { startTestServer } from '../support/server.js';

const CLI = fileURLToPath(new URL('../../packages/server/dist/node/cli.js', import.meta.url));
const REQUESTS = 40;
/** The burst is cut after this many answers, so the rest are in flight (or not yet sent). */
const KILL_AFTER_ANSWERS = 3;

/** One real `txassist-server` OS process; resolves once it says it is listening. */
function startProcess(args: string[], env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [CLI, '--port', '0', '--demo', '--log', 'warn', ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const orphanGuard = () => child.kill('SIGKILL');
  process.once('exit', orphanGuard);
  child.once('exit', () => process.removeListener('exit', orphanGuard));
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match) resolve({ child, url: match[1]! });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code, signal) => reject(new Error(`txassist-server exited (${code ?? signal}): ${output}`)));
  });
}

/** A migrated database the child process can open, and the same data reopened in this process after the crash. */
async function crashableDatabase(backend: Backend): Promise<{
  childArgs: string[];
  childEnv: Record<string, string>;
  reopen: () => Promise<TestDatabase>;
  drop: () => Promise<void>;
}> {
  if (backend === 'postgres') {
    const database = await openTestDatabase('postgres');
    return {
      childArgs: [],
      childEnv: { DATABASE_URL: database.url! },
      reopen: async () => ({ ...database, drop: async () => undefined }),
      drop: () => database.drop(),
    };
  }
  // A PGlite folder is opened by one process at a time: the child gets its own, reopened here after the crash.
  const dir = await pgliteFolder();
  let reopened: TestDatabase | undefined;
  return {
    childArgs: ['--db', dir],
    childEnv: {},
    reopen: async () => {
      const db = await openDatabase({ dataDir: dir });
      reopened = { db, url: undefined, drop: async () => undefined };
      return reopened;
    },
    drop: async () => {
      await reopened?.db.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

const orderBody = (key: string) => ({
  buyer_id: DEMO_FIXTURES.buyers[0].id,
  currency: 'USD',
  line_items: [{ title: key, quantity: 1, unit_amount: 1000 }],
});

for (const backend of BACKENDS) {
  describe(`idempotency after a crash (${backend})`, () => {
    it('SIGKILL mid-burst: after the lease every key gets its original result or exactly one new order', async () => {
      const storage = await crashableDatabase(backend);
      let child: ChildProcess | undefined;
      try {
        const started = await startProcess(storage.childArgs, storage.childEnv);
        child = started.child;
        const exited = new Promise<void>((resolve) => started.child.once('exit', () => resolve()));
        const keys = Array.from({ length: REQUESTS }, (_, index) => `crash-${backend}-${index}`);
        const originals = new Map<string, CallResult>();
        let answers = 0;
        const burst = keys.map((key) =>
          call(started.url, 'POST', '/v1/orders', {
            token: DEMO_KEYS.secretKey,
            idempotencyKey: key,
            body: orderBody(key),
          }).then(
            (result) => {
              originals.set(key, result);
              if (++answers === KILL_AFTER_ANSWERS) started.child.kill('SIGKILL');
            },
            () => undefined, // the connection died with the server
          ),
        );
        await Promise.all(burst);
        await exited;
        const unanswered = keys.filter((key) => !originals.has(key));
        assert.ok(unanswered.length > 0, 'some requests were in flight when the server was killed');
        for (const result of originals.values()) assert.equal(result.status, 201, result.text);

        // Restarted on the same data, with a clock we can move past the lease.
        let skewMs = 0;
        const restarted = await startTestServer({
          backend,
          database: await storage.reopen(),
          config: { now: () => new Date(Date.now() + skewMs) },
        });
        try {
          const retry = (key: string) =>
            call(restarted.url, 'POST', '/v1/orders', {
              token: DEMO_KEYS.secretKey,
              idempotencyKey: key,
              body: orderBody(key),
            });
          const early = await Promise.all(unanswered.map(retry));
          const stuck = early.filter((result) => result.json?.code === 'idempotency_in_progress').length;
          console.log(`# ${backend}: ${unanswered.length} unanswered at the kill, ${stuck} held by their lease`);

          skewMs = (IDEMPOTENCY_LEASE_SECONDS + 1) * 1000;
          let committedUnanswered = 0;
          for (const key of keys) {
            const result = await retry(key);
            assert.equal(result.status, 201, `${key}: ${result.text}`);
            if (!originals.has(key) && result.headers.get('idempotent-replayed') === 'true') committedUnanswered++;
            const original = originals.get(key);
            if (original) assert.equal(result.text, original.text, `${key} replays its first answer`);
            const { rows } = await restarted.services.db.query<{ id: string }>(
              `select id from orders where line_items->0->>'title' = $1`,
              [key],
            );
            assert.deepEqual(
              rows.map((row) => row.id),
              [result.json.id],
              `${key}: exactly one order, the one the retry names`,
            );
          }
          console.log(
            `# ${backend}: ${committedUnanswered} unanswered requests had committed (their retry got the stored answer)`,
          );
        } finally {
          await restarted.close();
        }
      } finally {
        child?.kill('SIGKILL');
        await storage.drop();
      }
    });
  });
}

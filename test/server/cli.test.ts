import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { openTestDatabase, TEST_DATABASE_URL } from '../support/database.js';
import { keepProcessLog } from '../support/process-log.js';

const CLI = fileURLToPath(new URL('../../packages/server/dist/node/cli.js', import.meta.url));

/** Starts the real CLI and resolves with its URL once it says it is listening. */
function startCli(args: string[], env: Record<string, string | undefined> = {}) {
  const child = spawn(process.execPath, [CLI, ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  keepProcessLog(child, 'cli');
  let output = '';
  const url = new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match) resolve(match[1]!);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`exited with ${code}: ${output}`)));
  });
  return { child, url, output: () => output };
}

async function stop(child: ReturnType<typeof spawn>): Promise<number | null> {
  if (child.exitCode !== null) return child.exitCode;
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  child.kill('SIGTERM');
  return exited;
}

describe('txassist-server CLI', () => {
  it('serves on a PGlite folder, keeps data across restarts, and stops cleanly', async () => {
    const template = await openTestDatabase('pglite'); // makes sure a migrated template exists
    await template.drop();
    const dir = await mkdtemp(join(tmpdir(), 'txassist-cli-'));
    const cache = fileURLToPath(new URL('../../.cache/', import.meta.url));
    const source = (await readdir(cache)).find(
      (name) => name.startsWith('pglite-template-') && !name.includes('.building'),
    );
    await cp(join(cache, source!), dir, { recursive: true });
    try {
      const first = startCli(['--db', dir, '--port', '0', '--demo', '--log', 'debug']);
      const url = await first.url;
      const health = await fetch(`${url}/healthz`);
      assert.equal(health.status, 200);
      assert.deepEqual(((await health.json()) as { database: string }).database, 'pglite');
      const created = await fetch(`${url}/v1/orders`, {
        method: 'POST',
        headers: { Authorization: 'Bearer sk_test_demo', 'Content-Type': 'application/json' },
        body: JSON.stringify({
          buyer_id: 'byr_demobuyer0001',
          currency: 'USD',
          line_items: [{ title: 'Kept', quantity: 1, unit_amount: 100 }],
        }),
      });
      const order = (await created.json()) as { id: string };
      assert.equal(await stop(first.child), 0);

      const second = startCli(['--db', dir, '--port', '0', '--demo', '--log', 'debug']);
      const again = await fetch(`${await second.url}/v1/orders/${order.id}`, {
        headers: { Authorization: 'Bearer sk_test_demo' },
      });
      assert.equal(again.status, 200, 'the order survived the restart');
      assert.equal(await stop(second.child), 0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('uses PostgreSQL when DATABASE_URL is set', async () => {
    const database = await openTestDatabase('postgres');
    await database.db.close();
    const cli = startCli(['--port', '0', '--log', 'debug'], { DATABASE_URL: database.url });
    try {
      const health = await fetch(`${await cli.url}/healthz`);
      assert.equal(((await health.json()) as { database: string }).database, 'postgres');
    } finally {
      await stop(cli.child);
      const { default: pg } = await import('pg');
      const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await admin.connect();
      await admin.query(`drop database if exists ${new URL(database.url!).pathname.slice(1)} with (force)`);
      await admin.end();
    }
  });

  it('refuses demo mode in production with a clear message and exit code 1', async () => {
    const cli = startCli(['--db', 'memory://', '--port', '0', '--demo'], { NODE_ENV: 'production' });
    const code = await new Promise<number | null>((resolve) => cli.child.once('exit', resolve));
    assert.equal(code, 1);
    assert.match(cli.output(), /Demo mode is refused/);
    await cli.url.catch(() => undefined);
  });

  it('prints usage for help requests (exit 0) and for unknown arguments (exit 2), never a stack trace', () => {
    const run = (...args: string[]) =>
      spawnSync(process.execPath, [CLI, ...args], {
        encoding: 'utf8',
        env: { ...process.env, DATABASE_URL: '', NODE_ENV: 'test' },
        timeout: 60_000,
      });
    const helps: [string[], RegExp][] = [
      [['--help'], /^Usage: txassist-server \[--db/],
      [['-h'], /^Usage: txassist-server \[--db/],
      [['help'], /^Usage: txassist-server \[--db/],
      [['help', 'audit'], /^Usage: txassist-server audit --from/],
      [['audit', '--help'], /^Usage: txassist-server audit --from/],
      [['audit', '-h'], /^Usage: txassist-server audit --from/],
    ];
    for (const [args, usage] of helps) {
      const result = run(...args);
      assert.equal(result.status, 0, `${args.join(' ')}: ${result.stderr}`);
      assert.match(result.stdout, usage, args.join(' '));
      assert.equal(result.stderr, '', args.join(' '));
    }
    const mistakes: [string[], RegExp, RegExp][] = [
      [['help', 'nope'], /no help for "nope"/, /Usage: txassist-server \[--db/],
      [['frobnicate'], /unknown command "frobnicate"/, /Usage: txassist-server \[--db/],
      [['--nope'], /Unknown option '--nope'/, /Usage: txassist-server \[--db/],
      [['--port', 'eighty'], /--port must be/, /Usage: txassist-server \[--db/],
      [['--log', 'loud'], /--log must be/, /Usage: txassist-server \[--db/],
      [['audit', '--bogus'], /audit: Unknown option '--bogus'/, /Usage: txassist-server audit/],
      [['audit', 'everything'], /audit: Unexpected argument 'everything'/, /Usage: txassist-server audit/],
      [['audit', '--from', 'last tuesday'], /--from must be an ISO date/, /Usage: txassist-server audit/],
    ];
    for (const [args, problem, usage] of mistakes) {
      const result = run(...args);
      assert.equal(result.status, 2, `${args.join(' ')}: ${result.stderr}`);
      assert.match(result.stderr, problem, args.join(' '));
      assert.match(result.stderr, usage, args.join(' '));
      assert.doesNotMatch(result.stderr, /\n\s+at |node:internal|\.js:\d+/, `${args.join(' ')}: no stack trace`);
      assert.equal(result.stdout, '', args.join(' '));
    }
  });
});

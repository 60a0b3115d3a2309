import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openTestDatabase, type TestDatabase } from '../support/database.js';
import { buyerToken, call } from '../support/http.js';
import { startProcess, stopProcess, type ServerProcess } from '../support/processes.js';

const SWEEP_MS = 300;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

describe('background work in a fleet of three server OS processes on one PostgreSQL database', () => {
  let database: TestDatabase;
  const servers: ServerProcess[] = [];

  before(async () => {
    database = await openTestDatabase('postgres');
    for (const [index, extra] of [
      // The first builds exports slowly, so it can be killed in the middle of one.
      { TXASSIST_EXPORT_STEP_DELAY_MS: '400' },
      { TXASSIST_EXPORT_STEP_DELAY_MS: '0' },
      { TXASSIST_EXPORT_STEP_DELAY_MS: '0' },
    ].entries()) {
      servers.push(
        await startProcess({
          env: {
            DATABASE_URL: database.url!,
            TXASSIST_SWEEP_MS: String(SWEEP_MS),
            TXASSIST_JOB_LEASE_MS: '1500',
            ...extra,
          },
          args: ['--demo'],
          label: `fleet-jobs-${index}`,
        }),
      );
    }
  });
  after(async () => {
    await Promise.all(servers.map((server) => stopProcess(server.child)));
    await database?.drop();
  });

  it('runs each periodic sweep once per interval for the whole fleet, not once per process', async () => {
    const runs = async () => {
      const { rows } = await database.db.query<{ name: string; runs: string }>('select name, runs from fleet_jobs');
      return Object.fromEntries(rows.map((row) => [row.name, Number(row.runs)]));
    };
    const before = await runs();
    const started = Date.now();
    await sleep(12 * SWEEP_MS);
    const after = await runs();
    const elapsed = Date.now() - started;
    for (const job of ['case deadlines', 'late shipments']) {
      const ran = (after[job] ?? 0) - (before[job] ?? 0);
      assert.ok(ran >= 2, `${job} ran (${ran} times)`);
      // Three processes each ticking every SWEEP_MS would run it about three times as often.
      const turns = Math.floor(elapsed / (0.9 * SWEEP_MS)) + 1;
      assert.ok(ran <= turns, `${job} ran ${ran} times in ${elapsed} ms: at most ${turns} turns`);
    }
  });

  it('a data export whose process is killed (SIGKILL) in the middle is finished by another process, once', async () => {
    const [slow, other] = [servers[0]!, servers[1]!];
    const token = await buyerToken(slow.url);
    const created = await call(slow.url, 'POST', '/v1/me/exports', { token, body: {} });
    assert.equal(created.status, 202, created.text);
    const id = created.json.id as string;
    await until('the export to be under way', async () => {
      const { json } = await call(slow.url, 'GET', `/v1/me/exports/${id}`, { token });
      return json.status === 'running' && json.progress >= 20 ? true : undefined;
    });
    const exited = new Promise((resolve) => slow.child.once('exit', resolve));
    slow.child.kill('SIGKILL');
    await exited;
    const { rows: left } = await database.db.query<{ status: string }>(
      'select status from data_exports where id = $1',
      [id],
    );
    assert.equal(left[0]!.status, 'running', 'the killed process left it unfinished');

    const done = await until('another process to finish the export', async () => {
      const { json } = await call(other.url, 'GET', `/v1/me/exports/${id}`, { token });
      return json.status === 'ready' ? json : undefined;
    });
    assert.equal(done.progress, 100);
    const download = await call(other.url, 'GET', `/v1/me/exports/${id}/download`, { token });
    assert.equal(download.status, 200, download.text);
    assert.equal((await call(other.url, 'GET', `/v1/me/exports/${id}/download`, { token })).status, 410);
  });
});

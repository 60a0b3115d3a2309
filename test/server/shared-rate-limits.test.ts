import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEMO_KEYS } from '@txassist/server';
import { openTestDatabase, type TestDatabase } from '../support/database.js';
import { call } from '../support/http.js';
import { startProcess, stopProcess, type ServerProcess } from '../support/processes.js';

const lookup = (base: string, attempt: number) =>
  call(base, 'POST', '/v1/guest/order-lookups', {
    headers: { 'X-Tx-Publishable-Key': DEMO_KEYS.publishableKey },
    body: { order_number: `TX-${5000 + attempt}`, email: 'guess@example.com' },
  });

describe('rate limits across two server OS processes on one PostgreSQL database', () => {
  let database: TestDatabase;
  let a: ServerProcess | undefined;
  let b: ServerProcess | undefined;

  before(async () => {
    database = await openTestDatabase('postgres');
    const env = { DATABASE_URL: database.url! };
    a = await startProcess({ env, args: ['--demo'], label: 'limits-a' });
    b = await startProcess({ env, args: ['--demo'], label: 'limits-b' });
  });
  after(async () => {
    await Promise.all([stopProcess(a?.child), stopProcess(b?.child)]);
    await database?.drop();
  });

  it('refuses the 11th guest lookup of a client whichever process answers, with 429 and Retry-After', async () => {
    const servers = [a!.url, b!.url];
    const statuses = [];
    // Alternating: each process sees only five of the ten, so a per-process count would allow more.
    for (let attempt = 0; attempt < 10; attempt++) statuses.push((await lookup(servers[attempt % 2]!, attempt)).status);
    assert.deepEqual(statuses, Array(10).fill(404), 'ten guesses are answered');
    for (const [index, server] of servers.entries()) {
      const refused = await lookup(server, 10 + index);
      assert.equal(refused.status, 429, `process ${index === 0 ? 'A' : 'B'} refuses the 11th: ${refused.text}`);
      assert.equal(refused.json.code, 'rate_limited');
      assert.match(refused.headers.get('content-type') ?? '', /application\/problem\+json/);
      const wait = Number(refused.headers.get('retry-after'));
      assert.ok(Number.isInteger(wait) && wait >= 1 && wait <= 60, `Retry-After ${wait}`);
    }
  });

  it('keeps the counters in the database under a hash, never the client address or order number', async () => {
    const { rows } = await database.db.query<{ key: string; hits: number }>('select key, hits from rate_limit_windows');
    assert.ok(rows.length >= 2, 'per-client and per-order windows are stored');
    for (const row of rows) assert.match(row.key, /^[0-9a-f]{64}$/);
    assert.ok(
      rows.some((row) => row.hits >= 12),
      'the client window counted every lookup of both processes',
    );
  });
});

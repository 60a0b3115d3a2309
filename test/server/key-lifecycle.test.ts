import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { createLogger, DEMO_FIXTURES, KEY_ALARM, rotateKeys, type Queryable } from '@txassist/server';
import { openTestDatabase } from '../support/database.js';
import { buyerToken, call } from '../support/http.js';
import { startTogether, stopAll } from '../support/processes.js';
import { BACKENDS, startTestServer } from '../support/server.js';

const KEY_A = { id: 'key-a', secret: Buffer.alloc(32, 3).toString('base64') };
const KEY_B = { id: 'key-b', secret: Buffer.alloc(32, 4).toString('base64') };
const ORDER = DEMO_FIXTURES.orders.in_transit;

async function storedAddress(db: Queryable): Promise<string> {
  const { rows } = await db.query<{ shipping_address: string }>('select shipping_address from orders where id = $1', [
    ORDER,
  ]);
  return rows[0]!.shipping_address;
}

for (const backend of BACKENDS) {
  describe(`key lifecycle (${backend})`, () => {
    it('a value naming a key nobody has answers 503 service_unavailable and raises the alarm, not a 500', async () => {
      const server = await startTestServer({ backend });
      try {
        const [, , iv, data] = (await storedAddress(server.services.db)).split('.');
        await server.services.db.query('update orders set shipping_address = $2 where id = $1', [
          ORDER,
          `v1.dk_nobodyhasthis.${iv}.${data}`,
        ]);
        const token = await buyerToken(server.url);
        const order = await call(server.url, 'GET', `/v1/orders/${ORDER}`, { token });
        assert.equal(order.status, 503, order.text);
        assert.equal(order.json.code, 'service_unavailable');
        const alarms = server.logs.filter((line) => line.includes(KEY_ALARM) && line.includes('"level":"error"'));
        assert.ok(
          alarms.some((line) => line.includes('dk_nobodyhasthis') && line.includes('orders.shipping_address')),
          alarms.join('\n'),
        );
      } finally {
        await server.close();
      }
    });

    it('keeps a retired data key for the grace period (a late write with it stays readable), then destroys it once nothing names it', async () => {
      const database = await openTestDatabase(backend);
      try {
        const first = await startTestServer({ backend, database, config: { masterKeys: [KEY_A] } });
        const lateWrite = await storedAddress(database.db); // as a process that missed the rotation would write
        await first.close();

        const rotating = await startTestServer({
          backend,
          database,
          config: { masterKeys: [KEY_B, KEY_A], retiredKeyGraceMs: 3600_000 },
        });
        try {
          await rotating.services.jobs.idle();
          const oldKey = lateWrite.split('.')[1]!;
          const state = async () =>
            (
              await database.db.query<{ retired: boolean; destroyed: boolean }>(
                `select retired_at is not null as retired, destroyed_at is not null and wrapped_key = 'destroyed' as destroyed
                 from data_keys where id = $1`,
                [oldKey],
              )
            ).rows[0]!;
          assert.deepEqual(await state(), { retired: true, destroyed: false }, 'retired, kept for the grace period');

          await database.db.query('update orders set shipping_address = $2 where id = $1', [ORDER, lateWrite]);
          const token = await buyerToken(rotating.url);
          const late = await call(rotating.url, 'GET', `/v1/orders/${ORDER}`, { token });
          assert.equal(late.status, 200, late.text);
          assert.equal(late.json.shipping_address.line1, '12 Market Street');

          // Grace period over: the late value is moved first, then the key is wiped.
          const logger = createLogger({ level: 'silent' });
          const report = await rotateKeys(database.db, rotating.services.cipher, logger, { graceMs: 0 });
          assert.deepEqual(report.destroyedDataKeys, [oldKey]);
          assert.deepEqual(await state(), { retired: true, destroyed: true });
          assert.notEqual((await storedAddress(database.db)).split('.')[1], oldKey);
          const after = await call(rotating.url, 'GET', `/v1/orders/${ORDER}`, { token });
          assert.equal(after.json.shipping_address.line1, '12 Market Street');
        } finally {
          await rotating.close();
        }
      } finally {
        await database.drop();
      }
    });
  });
}

describe('a PGlite folder belongs to one process', () => {
  it('of two processes started together on one folder, one serves and the other is refused with a clear message', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'txassist-folder-'));
    try {
      const results = await startTogether(2, { args: ['--db', dir, '--demo'] });
      try {
        const running = results.filter((result) => result.status === 'fulfilled');
        const refused = results.filter((result) => result.status === 'rejected');
        assert.equal(running.length, 1, 'one runs');
        assert.equal(refused.length, 1, 'the other is refused');
        assert.match(String(refused[0]!.reason), /PGlite folder .* is in use by process \d+.*use PostgreSQL/);
        const token = await buyerToken(running[0]!.value.url);
        const order = await call(running[0]!.value.url, 'GET', `/v1/orders/${ORDER}`, { token });
        assert.equal(order.status, 200, order.text);
      } finally {
        await stopAll(results);
      }
      // Released on stop: the next process opens the folder and reads what the first wrote.
      const [again] = await startTogether(1, { args: ['--db', dir, '--demo'] });
      assert.equal(again!.status, 'fulfilled', String((again as PromiseRejectedResult).reason));
      try {
        const url = (again as PromiseFulfilledResult<{ url: string }>).value.url;
        const order = await call(url, 'GET', `/v1/orders/${ORDER}`, { token: await buyerToken(url) });
        assert.equal(order.json.shipping_address.line1, '12 Market Street');
      } finally {
        await stopAll([again!] as never);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

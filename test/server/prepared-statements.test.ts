import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Database } from '@txassist/server';
import { BACKENDS, openTestDatabase, type TestDatabase } from '../support/database.js';

// `query(sql, params, { prepare: true })` (the credential read of every authorised request) runs as a
// named prepared statement: parsed once per connection, then only bound and executed. It must
// answer exactly what the ordinary path answers, inside and outside transactions, and never run
// inside another caller's open transaction (PGlite has one backend for the whole process).

const PREPARE = { prepare: true } as const;

for (const backend of BACKENDS) {
  describe(`prepared statements on ${backend}`, { timeout: 120_000 }, () => {
    let test: TestDatabase;
    let db: Database;
    const table = `prep_${Math.random().toString(36).slice(2, 10)}`;
    const select = () =>
      `select id, label, flag, at, doc from ${table} where id = $1 or ($2::text is not null and label = $2)`;

    before(async () => {
      test = await openTestDatabase(backend);
      db = test.db;
      await db.exec(
        `create table ${table} (id int primary key, label text, flag boolean, at timestamptz, doc jsonb);
         insert into ${table} values
           (1, 'one', true, '2026-01-02T03:04:05Z', '{"a":[1,2]}'),
           (2, null, false, null, null),
           (3, 'three', null, '2027-06-30T00:00:00Z', '"x"');`,
      );
    });
    after(() => test?.drop());

    it('answers what the ordinary path answers, for every parameter, many times over', async () => {
      const cases: Array<[number, string | null]> = [
        [1, null],
        [2, null],
        [3, null],
        [4, null],
        [0, 'three'],
        [2, 'one'],
      ];
      for (let round = 0; round < 3; round++) {
        // Concurrently: on PostgreSQL the pool spreads them over several connections.
        const results = await Promise.all(
          cases.flatMap(([id, label]) => [db.query(select(), [id, label], PREPARE), db.query(select(), [id, label])]),
        );
        for (let i = 0; i < results.length; i += 2) assert.deepEqual(results[i]!.rows, results[i + 1]!.rows);
      }
      const { rows } = await db.query<{ at: Date; doc: unknown; flag: boolean }>(select(), [1, null], PREPARE);
      assert.equal(rows.length, 1);
      assert.ok(rows[0]!.at instanceof Date);
      assert.equal(rows[0]!.at.toISOString(), '2026-01-02T03:04:05.000Z');
      assert.deepEqual(rows[0]!.doc, { a: [1, 2] });
      assert.equal(rows[0]!.flag, true);
    });

    it('is a named prepared statement of the connection, prepared once', async () => {
      const sql = `select label from ${table} where id = $1 and $1 > 0`;
      const preparedOf = (tx: Pick<Database, 'query'>) =>
        tx.query<{ count: number }>('select count(*)::int as count from pg_prepared_statements where statement = $1', [
          sql,
        ]);
      // One connection (a transaction's) on both backends: the view shows that session's statements.
      await db.transaction(async (tx) => {
        assert.deepEqual((await tx.query(sql, [1], PREPARE)).rows, [{ label: 'one' }]);
        assert.deepEqual((await tx.query(sql, [3], PREPARE)).rows, [{ label: 'three' }]);
        assert.equal((await preparedOf(tx)).rows[0]!.count, 1);
      });
    });

    it('runs inside a transaction, seeing its uncommitted rows', async () => {
      await assert.rejects(
        db.transaction(async (tx) => {
          await tx.query(`insert into ${table} (id, label) values (10, 'ten')`);
          const { rows } = await tx.query(select(), [10, null], PREPARE);
          assert.equal(rows.length, 1);
          throw new Error('roll back');
        }),
        /roll back/,
      );
      assert.equal((await db.query(select(), [10, null], PREPARE)).rows.length, 0);
    });

    it('a prepared read from outside waits for an open transaction instead of running inside it', async () => {
      let outside: Promise<{ rows: unknown[] }> | undefined;
      await assert.rejects(
        db.transaction(async (tx) => {
          await tx.query(`insert into ${table} (id, label) values (11, 'eleven')`);
          outside = db.query(select(), [11, null], PREPARE);
          // Another statement of the transaction: a read that slipped in would run before it.
          await tx.query('select 1');
          throw new Error('roll back');
        }),
        /roll back/,
      );
      assert.deepEqual((await outside!).rows, []);
    });

    it('a bad parameter fails with the database error, and the statement keeps working', async () => {
      const sql = `select id from ${table} where id = $1`;
      await assert.rejects(db.query(sql, ['not a number'], PREPARE), (error: { code?: string }) => {
        assert.equal(error.code, '22P02');
        return true;
      });
      assert.deepEqual((await db.query(sql, [3], PREPARE)).rows, [{ id: 3 }]);
    });

    it('is prepared again when the schema changes under it', async () => {
      const sql = `select * from ${table} where id = $1`;
      const before = await db.query<Record<string, unknown>>(sql, [1], PREPARE);
      assert.equal('extra' in before.rows[0]!, false);
      await db.exec(`alter table ${table} add column extra text default 'new'`);
      const { rows } = await db.query<Record<string, unknown>>(sql, [1], PREPARE);
      assert.equal(rows[0]!.extra, 'new');
    });
  });
}

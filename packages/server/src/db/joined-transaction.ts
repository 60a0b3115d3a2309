import type { Database, Queryable } from './database.js';

/**
 * Runs `work` in one transaction of `db` and hands it a full `Database` bound to that transaction,
 * so code written against `services.db` (autocommit statements and its own `transaction()` calls)
 * joins it unchanged: a nested `transaction()` becomes a savepoint, rolled back when it throws,
 * exactly as a transaction of its own would have been.
 *
 * Once the transaction has settled the handle falls through to `db`, so work started from inside
 * (a background job holding the handle) keeps working afterwards.
 *
 * Nested transactions must not run concurrently with each other (savepoints nest, they do not
 * interleave); request handlers run their steps one after another.
 */
export async function inJoinedTransaction<T>(db: Database, work: (joined: Database) => Promise<T>): Promise<T> {
  let current: Queryable | undefined;
  let savepoints = 0;
  const joined: Database = {
    kind: db.kind,
    query: (sql, params, options) => (current ?? db).query(sql, params, options),
    exec: (sql) => (current ?? db).exec(sql),
    async transaction(nested) {
      const tx = current;
      if (!tx) return db.transaction(nested);
      const name = `joined_${++savepoints}`;
      await tx.query(`savepoint ${name}`);
      let result;
      try {
        result = await nested(joined);
      } catch (error) {
        await tx.query(`rollback to savepoint ${name}`);
        await tx.query(`release savepoint ${name}`);
        throw error;
      }
      await tx.query(`release savepoint ${name}`);
      return result;
    },
    listen: (channel, onPayload) => db.listen(channel, onPayload),
    tryLock: (key) => db.tryLock(key),
    close: async () => {
      throw new Error('A joined transaction is closed by its owner, not through the handle.');
    },
  };
  try {
    return await db.transaction(async (tx) => {
      current = tx;
      return work(joined);
    });
  } finally {
    current = undefined;
  }
}

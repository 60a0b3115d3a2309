import { PGlite } from '@electric-sql/pglite';
import type { Database, Queryable, QueryOptions } from './database.js';
import { lockPgliteFolder } from './pglite-folder-lock.js';
import { preparedStatements } from './pglite-prepared.js';

/**
 * Embedded PostgreSQL: `dataDir` is a folder on disk, or `memory://` for a throwaway database.
 * A folder belongs to one process at a time (see `lockPgliteFolder`).
 */
export async function openPglite(dataDir: string): Promise<Database> {
  const release = dataDir.includes('://') ? async () => undefined : await lockPgliteFolder(dataDir);
  let pg: PGlite;
  try {
    pg = await PGlite.create(dataDir);
  } catch (error) {
    await release();
    throw error;
  }
  const prepared = preparedStatements(pg);
  const asQueryable = (q: Pick<PGlite, 'query' | 'exec'>, inTransaction: boolean): Queryable => ({
    query: async <Row>(sql: string, params: readonly unknown[] = [], options?: QueryOptions) => {
      const unprepared = async () => ({ rows: (await q.query<Row>(sql, params as unknown[])).rows });
      return options?.prepare ? prepared.query<Row>(sql, params, inTransaction, unprepared) : unprepared();
    },
    exec: async (sql: string) => {
      await q.exec(sql);
    },
  });
  return {
    kind: 'pglite',
    ...asQueryable(pg, false),
    transaction: (work) => pg.transaction((tx) => work(asQueryable(tx, true))),
    // One process owns a PGlite folder (pglite-folder-lock.ts): nobody else can hold a lock.
    tryLock: async () => async () => undefined,
    listen: async (channel, onPayload) => {
      const unlisten = await pg.listen(channel, onPayload);
      return async () => {
        if (!pg.closed) await unlisten();
      };
    },
    close: async () => {
      if (!pg.closed) await pg.close();
      await release();
    },
  };
}

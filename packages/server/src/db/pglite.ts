import { PGlite } from '@electric-sql/pglite';
import type { Database, Queryable } from './database.js';
import { lockPgliteFolder } from './pglite-folder-lock.js';

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
  const asQueryable = (q: Pick<PGlite, 'query' | 'exec'>): Queryable => ({
    query: async <Row>(sql: string, params: readonly unknown[] = []) => {
      const result = await q.query<Row>(sql, params as unknown[]);
      return { rows: result.rows };
    },
    exec: async (sql: string) => {
      await q.exec(sql);
    },
  });
  return {
    kind: 'pglite',
    ...asQueryable(pg),
    transaction: (work) => pg.transaction((tx) => work(asQueryable(tx))),
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

import { PGlite } from '@electric-sql/pglite';
import type { Database, Queryable } from './database.js';

/** Embedded PostgreSQL: `dataDir` is a folder on disk, or `memory://` for a throwaway database. */
export async function openPglite(dataDir: string): Promise<Database> {
  const pg = await PGlite.create(dataDir);
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
    listen: async (channel, onPayload) => {
      const unlisten = await pg.listen(channel, onPayload);
      return async () => {
        if (!pg.closed) await unlisten();
      };
    },
    close: async () => {
      if (!pg.closed) await pg.close();
    },
  };
}

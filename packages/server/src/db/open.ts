import type { Database } from './database.js';
import { migrate } from './migrate.js';
import { openPglite } from './pglite.js';
import { openPostgres } from './postgres.js';

export interface DatabaseOptions {
  /** `postgres://…`: use PostgreSQL. */
  databaseUrl?: string;
  /** PGlite folder, or `memory://`. Default `memory://`. */
  dataDir?: string;
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  const db = options.databaseUrl
    ? await openPostgres(options.databaseUrl)
    : await openPglite(options.dataDir ?? 'memory://');
  await migrate(db);
  return db;
}

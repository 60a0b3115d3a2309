import { createHash, randomBytes } from 'node:crypto';
import { cp, mkdir, mkdtemp, rename, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { MIGRATIONS, openDatabase, type Database } from '@txassist/server';

export const BACKENDS = ['pglite', 'postgres'] as const;
export type Backend = (typeof BACKENDS)[number];

export const TEST_DATABASE_URL =
  process.env.TEST_DATABASE_URL ?? 'postgres://postgres:postgres@127.0.0.1:5432/postgres';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SCHEMA_HASH = createHash('sha256').update(JSON.stringify(MIGRATIONS)).digest('hex').slice(0, 12);

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/**
 * PGlite's first initdb costs ≈4 s and ≈800 MB, so one migrated template folder is made per schema
 * version and copied for each test database (opening a copy takes ≈0.4 s).
 */
async function pgliteTemplate(): Promise<string> {
  const dir = join(REPO_ROOT, '.cache', `pglite-template-${SCHEMA_HASH}`);
  if (await exists(join(dir, 'PG_VERSION'))) return dir;
  await mkdir(join(REPO_ROOT, '.cache'), { recursive: true });
  const building = `${dir}.building-${process.pid}`;
  const db = await openDatabase({ dataDir: building });
  await db.close();
  try {
    await rename(building, dir);
  } catch {
    await rm(building, { recursive: true, force: true }); // another process won the race
  }
  return dir;
}

async function withAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function databaseUrl(name: string): string {
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

/** A migrated PostgreSQL template database per schema version; test databases are cloned from it. */
async function postgresTemplate(): Promise<string> {
  const name = `txassist_tpl_${SCHEMA_HASH}`;
  await withAdmin(async (admin) => {
    await admin.query('select pg_advisory_lock(727275)');
    try {
      const found = await admin.query('select 1 from pg_database where datname = $1', [name]);
      if (found.rowCount === 0) {
        await admin.query(`create database ${name}`);
        const db = await openDatabase({ databaseUrl: databaseUrl(name) });
        await db.close();
      }
    } finally {
      await admin.query('select pg_advisory_unlock(727275)');
    }
  });
  return name;
}

/** A fresh copy of the migrated PGlite template in a temporary folder, for a server process of its own. */
export async function pgliteFolder(): Promise<string> {
  const template = await pgliteTemplate();
  const dir = await mkdtemp(join(tmpdir(), 'txassist-pglite-'));
  await cp(template, dir, { recursive: true });
  return dir;
}

export interface TestDatabase {
  db: Database;
  /** Connection string (PostgreSQL only), for a second server on the same database. */
  url: string | undefined;
  drop(): Promise<void>;
}

/** A fresh, migrated, empty database on the given backend. */
export async function openTestDatabase(backend: Backend): Promise<TestDatabase> {
  if (backend === 'pglite') {
    const dir = await pgliteFolder();
    const db = await openDatabase({ dataDir: dir });
    return {
      db,
      url: undefined,
      drop: async () => {
        await db.close();
        await rm(dir, { recursive: true, force: true });
      },
    };
  }
  const template = await postgresTemplate();
  const name = `txassist_test_${randomBytes(6).toString('hex')}`;
  await withAdmin(async (admin) => {
    // Cloning fails while another session touches the template; retry briefly.
    for (let attempt = 0; ; attempt++) {
      try {
        await admin.query(`create database ${name} template ${template}`);
        return;
      } catch (error) {
        if (attempt >= 20) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  });
  const url = databaseUrl(name);
  const db = await openDatabase({ databaseUrl: url });
  return {
    db,
    url,
    drop: async () => {
      await db.close();
      await withAdmin((admin) => admin.query(`drop database if exists ${name} with (force)`));
    },
  };
}

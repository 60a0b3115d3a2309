// One server under test, in its own process (so it gets a core of its own and its memory can be read):
//   node --expose-gc bench/servers/server-child.mjs bare|pglite|postgres
// `bare` is a bare Hono route on the same @hono/node-server; the others are the reference API in demo
// mode on a fresh migrated database. Answers `mem` (process.memoryUsage() after a full GC) and `stop`.
import { createHash, randomBytes } from 'node:crypto';
import { cp, mkdir, mkdtemp, readdir, rename, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import pg from 'pg';
import { MIGRATIONS, openDatabase, startServer } from '@txassist/server';
import { serveParent } from '../lib/child.mjs';
import { CACHE_DIR } from '../lib/report.mjs';

const kind = process.argv[2];
const options = JSON.parse(process.argv[3] ?? '{}');
const ADMIN_URL =
  process.env.BENCH_DATABASE_URL ??
  process.env.TEST_DATABASE_URL ??
  'postgres://postgres:postgres@127.0.0.1:5432/postgres';
const SCHEMA_HASH = createHash('sha256').update(JSON.stringify(MIGRATIONS)).digest('hex').slice(0, 12);

/** Waits for `promise` at most `ms`; errors and time-outs are ignored (used while shutting down). */
const within = (ms, promise) =>
  Promise.race([promise.catch(() => undefined), new Promise((resolve) => setTimeout(resolve, ms).unref())]);

const exists = (path) =>
  stat(path).then(
    () => true,
    () => false,
  );

/** PGlite's first initdb is slow, so one migrated folder per schema version is copied for each run. */
async function pgliteCopy() {
  const template = join(CACHE_DIR, `pglite-template-${SCHEMA_HASH}`);
  if (!(await exists(join(template, 'PG_VERSION')))) {
    await mkdir(CACHE_DIR, { recursive: true });
    // Templates of older schemas are of no further use.
    for (const name of await readdir(CACHE_DIR)) {
      if (/^pglite-template-[0-9a-f]{12}$/.test(name))
        await rm(join(CACHE_DIR, name), { recursive: true, force: true });
    }
    const building = `${template}.building-${process.pid}`;
    await (await openDatabase({ dataDir: building })).close();
    await rename(building, template).catch(() => rm(building, { recursive: true, force: true }));
  }
  const dir = await mkdtemp(join(tmpdir(), 'txassist-bench-'));
  await cp(template, dir, { recursive: true });
  const drop = () => rm(dir, { recursive: true, force: true });
  return { db: await openDatabase({ dataDir: dir }).catch((error) => drop().then(() => Promise.reject(error))), drop };
}

async function admin(sql) {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A fresh database on the local PostgreSQL, dropped afterwards. */
async function postgresDatabase() {
  const name = `txassist_bench_${randomBytes(5).toString('hex')}`;
  await admin(`create database ${name}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const drop = () => admin(`drop database if exists ${name} with (force)`);
  return {
    db: await openDatabase({ databaseUrl: url.toString() }).catch((error) => drop().then(() => Promise.reject(error))),
    drop,
  };
}

let close = async () => {};
let url;

if (kind === 'bare') {
  const app = new Hono();
  app.get('/bare', (c) => c.json({ ok: true }));
  const server = await new Promise((resolve) => {
    const instance = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(instance));
  });
  url = `http://127.0.0.1:${server.address().port}`;
  close = () => new Promise((resolve) => server.close(() => resolve()));
} else if (kind === 'pglite' || kind === 'postgres') {
  const database = kind === 'pglite' ? await pgliteCopy() : await postgresDatabase();
  const server = await startServer({
    port: 0,
    database: database.db,
    demo: true,
    // Real request logging (JSON lines to stdout, which the parent sends to /dev/null).
    logLevel: 'info',
    config: options.config ?? {},
  }).catch(async (error) => {
    await within(5_000, database.db.close());
    await database.drop();
    throw error;
  });
  url = server.url;
  close = async () => {
    // The database copy must go even if a busy server is slow to stop.
    await within(10_000, server.close());
    await within(5_000, database.db.close());
    await database.drop();
  };
} else {
  throw new Error(`unknown server kind ${kind}`);
}

serveParent(
  {
    mem: () => {
      // Twice: the first pass may only queue finalizers.
      globalThis.gc?.();
      globalThis.gc?.();
      return process.memoryUsage();
    },
    /** CPU time used so far (µs) and a wall-clock stamp, to compute how busy the server was. */
    cpu: () => ({ ...process.cpuUsage(), wall_ms: performance.now() }),
  },
  { onStop: () => close() },
);
process.send({ type: 'ready', url, pid: process.pid });

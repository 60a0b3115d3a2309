import pg from 'pg';
import type { Database, Queryable } from './database.js';

/** PostgreSQL through a connection pool; LISTEN uses one dedicated connection. */
export async function openPostgres(connectionString: string, options: { max?: number } = {}): Promise<Database> {
  const pool = new pg.Pool({ connectionString, max: options.max ?? 10 });
  // An idle client that errors (server restart) must not crash the process.
  pool.on('error', () => undefined);
  await pool.query('select 1');
  let listener: pg.PoolClient | undefined;
  // Session locks live on a connection of their own, outside the pool: a pooled connection would
  // go back to the pool still holding them. Lost (server restart): its locks are gone too.
  let locker: Promise<pg.Client> | undefined;
  const lockConnection = () =>
    (locker ??= (async () => {
      const client = new pg.Client({ connectionString });
      const forget = () => {
        locker = undefined;
      };
      client.on('error', forget);
      client.on('end', forget);
      await client.connect().catch((error: unknown) => {
        forget();
        throw error;
      });
      return client;
    })());
  const callbacks = new Map<string, Set<(payload: string) => void>>();

  const asQueryable = (q: pg.Pool | pg.PoolClient): Queryable => ({
    query: async <Row>(sql: string, params: readonly unknown[] = []) => {
      const result = await q.query(sql, params as unknown[]);
      return { rows: result.rows as Row[] };
    },
    exec: async (sql: string) => {
      // Without parameters pg uses the simple protocol, which accepts several statements.
      await q.query(sql);
    },
  });

  return {
    kind: 'postgres',
    ...asQueryable(pool),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const result = await work(asQueryable(client));
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    async listen(channel, onPayload) {
      if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new Error(`bad channel name ${channel}`);
      if (!listener) {
        listener = await pool.connect();
        listener.on('notification', (message) => {
          for (const callback of callbacks.get(message.channel) ?? []) callback(message.payload ?? '');
        });
      }
      let set = callbacks.get(channel);
      if (!set) {
        set = new Set();
        callbacks.set(channel, set);
        await listener.query(`listen ${channel}`);
      }
      set.add(onPayload);
      return async () => {
        set.delete(onPayload);
      };
    },
    async tryLock(key) {
      const client = await lockConnection();
      const { rows } = await client.query<{ locked: boolean }>('select pg_try_advisory_lock($1) as locked', [key]);
      if (!rows[0]?.locked) return undefined;
      return async () => {
        await client.query('select pg_advisory_unlock($1)', [key]).catch(() => undefined);
      };
    },
    async close() {
      const locks = locker;
      locker = undefined;
      await (await locks?.catch(() => undefined))?.end().catch(() => undefined);
      listener?.release();
      listener = undefined;
      await pool.end();
    },
  };
}

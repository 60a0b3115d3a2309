import pg from 'pg';
import type { Database, Queryable, QueryOptions } from './database.js';

/** PostgreSQL through a connection pool; LISTEN uses one dedicated connection. */
export async function openPostgres(connectionString: string, options: { max?: number } = {}): Promise<Database> {
  const pool = new pg.Pool({ connectionString, max: options.max ?? 10 });
  // An idle client that errors (server restart) must not crash the process.
  pool.on('error', () => undefined);
  await pool.query('select 1');
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
  const listener = listenConnection(connectionString, callbacks);

  // Named prepared statements: pg parses one once per connection, then sends only Bind + Execute.
  // (Behind a pooler they need session pooling, or PgBouncer ≥ 1.21 with max_prepared_statements.)
  const statementNames = new Map<string, string>();
  let prepared = 0;
  const statementName = (sql: string) => {
    let name = statementNames.get(sql);
    if (!name) statementNames.set(sql, (name = `txp_${++prepared}`));
    return name;
  };
  const preparedQuery = async (q: pg.Pool | pg.PoolClient, sql: string, values: unknown[]) => {
    try {
      return await q.query({ name: statementName(sql), text: sql, values });
    } catch (error) {
      // `cached plan must not change result type`: the schema moved under the statement. A new name
      // prepares it afresh on whichever connection runs it (the old one is dropped with its connection).
      // Inside a transaction the error has aborted it: the next call prepares afresh.
      if ((error as { code?: string }).code !== '0A000') throw error;
      statementNames.delete(sql);
      if (!(q instanceof pg.Pool)) throw error;
      return q.query({ name: statementName(sql), text: sql, values });
    }
  };
  const asQueryable = (q: pg.Pool | pg.PoolClient): Queryable => ({
    query: async <Row>(sql: string, params: readonly unknown[] = [], options?: QueryOptions) => {
      const values = params as unknown[];
      const result = options?.prepare ? await preparedQuery(q, sql, values) : await q.query(sql, values);
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
      let set = callbacks.get(channel);
      if (!set) {
        set = new Set();
        callbacks.set(channel, set);
        await (await listener.connection()).query(`listen ${channel}`);
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
      await listener.close();
      await pool.end();
    },
  };
}

/**
 * The LISTEN connection, outside the pool. Lost (database restarted, connection terminated): it is
 * opened again after a pause, listens to every channel again, and calls every subscriber once, since
 * notifications sent while it was away are lost (subscribers re-read what they keep).
 */
function listenConnection(connectionString: string, callbacks: Map<string, Set<(payload: string) => void>>) {
  let current: Promise<pg.Client> | undefined;
  let active: pg.Client | undefined;
  let closed = false;
  let retry: ReturnType<typeof setTimeout> | undefined;
  const open = async (): Promise<pg.Client> => {
    const client = new pg.Client({ connectionString });
    const lost = () => {
      if (closed || active !== client) return;
      active = undefined;
      current = undefined;
      client.end().catch(() => undefined);
      if (callbacks.size > 0) scheduleReconnect();
    };
    client.on('error', lost);
    client.on('end', lost);
    client.on('notification', (message) => {
      for (const callback of callbacks.get(message.channel) ?? []) callback(message.payload ?? '');
    });
    try {
      await client.connect();
      for (const channel of callbacks.keys()) await client.query(`listen ${channel}`);
    } catch (error) {
      client.end().catch(() => undefined);
      throw error;
    }
    active = client;
    return client;
  };
  const connection = () => {
    if (closed) return Promise.reject(new Error('the database is closed'));
    return (current ??= open().catch((error: unknown) => {
      current = undefined;
      throw error;
    }));
  };
  const scheduleReconnect = () => {
    if (closed || retry) return;
    retry = setTimeout(() => {
      retry = undefined;
      connection().then(
        () => {
          for (const set of callbacks.values()) for (const callback of set) callback('');
        },
        () => scheduleReconnect(),
      );
    }, 1_000);
    retry.unref?.();
  };
  return {
    connection,
    async close() {
      closed = true;
      clearTimeout(retry);
      const client = current;
      current = undefined;
      await (await client?.catch(() => undefined))?.end().catch(() => undefined);
    },
  };
}

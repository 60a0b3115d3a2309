/**
 * `prepare: true` marks a hot statement (the credential read of every authorised request): it is
 * parsed and planned once per connection and then only bound and executed. Only for statements
 * whose text comes from a small fixed set (each distinct text stays prepared for the connection's life).
 */
export interface QueryOptions {
  prepare?: boolean;
}

/** What the stores need from a SQL database; PGlite and PostgreSQL both provide it with the same SQL. */
export interface Queryable {
  query<Row = Record<string, unknown>>(
    sql: string,
    params?: readonly unknown[],
    options?: QueryOptions,
  ): Promise<{ rows: Row[] }>;
  /** Runs several `;`-separated statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface Database extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** Runs `work` in one transaction; rolls back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Subscribes to NOTIFY on `channel`; resolves to an unsubscribe function. */
  listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
  /**
   * Takes the session advisory lock `key` without waiting, on a connection kept for locks: resolves
   * to its release, or `undefined` when another process holds it. A process that dies loses its
   * connection and with it every lock it held, so another process takes the work over at once.
   * (PGlite serves one process: always granted.)
   */
  tryLock(key: number): Promise<(() => Promise<void>) | undefined>;
  close(): Promise<void>;
}

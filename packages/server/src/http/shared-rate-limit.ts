import type { RateLimitRule } from '../config.js';
import type { Database } from '../db/database.js';
import { sha256Hex } from '../security/hash.js';
import { RateLimiter } from './rate-limit.js';

/** Counts a hit against a rate limit; resolves to `undefined` when allowed, else the seconds to wait. */
export interface Limits {
  /** True when the counters are shared by every process on the database (PostgreSQL). */
  readonly shared: boolean;
  hit(key: string, rule: RateLimitRule, now: Date): Promise<number | undefined>;
}

/** Windows older than this are deleted by the sweep: longer than any rule's window. */
const KEEP_WINDOWS_MS = 24 * 3600 * 1000;

/**
 * Fixed-window counters in PostgreSQL, so a limit holds across every server process: one upsert
 * per check, which starts a new window when the stored one has ended. Keys are hashed: the table
 * holds no address, order number or id.
 */
export function databaseLimits(db: Database): Limits {
  return {
    shared: true,
    async hit(key, rule, now) {
      const { rows } = await db.query<{ window_start: Date | string; hits: number }>(
        `insert into rate_limit_windows as w (key, window_start, hits) values ($1, $2::timestamptz, 1)
         on conflict (key) do update set
           window_start = case when w.window_start <= $2::timestamptz - interval '1 millisecond' * $3::float8
                               then excluded.window_start else w.window_start end,
           hits = case when w.window_start <= $2::timestamptz - interval '1 millisecond' * $3::float8
                       then 1 else w.hits + 1 end
         returning window_start, hits`,
        [await sha256Hex(key), now.toISOString(), rule.windowMs],
      );
      const row = rows[0]!;
      if (row.hits <= rule.limit) return undefined;
      const start = new Date(row.window_start).getTime();
      return Math.max(1, Math.ceil((start + rule.windowMs - now.getTime()) / 1000));
    },
  };
}

/** The single-process default (PGlite): counters in this process's memory. */
export function memoryLimits(limiter: RateLimiter): Limits {
  return {
    shared: false,
    hit: async (key, rule, now) => limiter.hit(key, rule, now.getTime()),
  };
}

/** PostgreSQL: counters shared by the fleet; PGlite (one process by construction): in memory. */
export function limitsFor(db: Database, limiter: RateLimiter): Limits {
  return db.kind === 'postgres' ? databaseLimits(db) : memoryLimits(limiter);
}

/** Deletes windows that ended long ago (run by the retention job). */
export async function sweepRateLimitWindows(db: Database, now: Date): Promise<void> {
  await db.query('delete from rate_limit_windows where window_start < $1', [
    new Date(now.getTime() - KEEP_WINDOWS_MS).toISOString(),
  ]);
}

import type { Database } from './db/database.js';
import { JOB_LOCKS, type FleetJob } from './db/locks.js';
import type { Logger } from './logger.js';
import type { Jobs } from './services.js';

export function createJobs(logger: Logger): Jobs {
  const running = new Set<Promise<unknown>>();
  return {
    spawn(name, work) {
      const promise = work()
        .catch((error: unknown) =>
          logger.error('background job failed', { job: name, error: error instanceof Error ? error.message : 'error' }),
        )
        .finally(() => running.delete(promise));
      running.add(promise);
    },
    async idle() {
      while (running.size > 0) await Promise.allSettled([...running]);
    },
  };
}

/** Runs `tick` every `intervalMs` (and when `wake` is called), one at a time, until stopped. */
export function startLoop(name: string, intervalMs: number, tick: () => Promise<unknown>, logger: Logger) {
  let stopped = false;
  let running: Promise<void> | undefined;
  let again = false;
  const run = () => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = tick()
      .then(() => undefined)
      .catch((error: unknown) =>
        logger.error('loop failed', { loop: name, error: error instanceof Error ? error.message : 'error' }),
      )
      .finally(() => {
        running = undefined;
        if (again && !stopped) {
          again = false;
          run();
        }
      });
  };
  const timer = setInterval(run, intervalMs);
  timer.unref?.();
  return {
    wake: run,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}

/**
 * Wraps a periodic job so the fleet runs it once per interval: the process that takes the job's
 * advisory lock and finds the run due (`fleet_jobs.next_run_at`, wall-clock time) runs it and then
 * records the next due time; the others skip their tick. A process killed mid-run loses the lock with
 * its connection and never recorded the run, so the next process to tick runs it again at once.
 */
export function oncePerFleet(
  db: Database,
  job: FleetJob,
  intervalMs: number,
  tick: () => Promise<unknown>,
): () => Promise<boolean> {
  return async () => {
    const release = await db.tryLock(JOB_LOCKS[job]);
    if (!release) return false;
    try {
      const now = Date.now();
      const { rows } = await db.query<{ due: boolean }>(
        'select next_run_at <= $2::timestamptz as due from fleet_jobs where name = $1',
        [job, new Date(now).toISOString()],
      );
      if (rows[0] && !rows[0].due) return false;
      await tick();
      await db.query(
        `insert into fleet_jobs (name, next_run_at, last_run_at) values ($1, $2, $3)
         on conflict (name) do update
           set next_run_at = excluded.next_run_at, last_run_at = excluded.last_run_at, runs = fleet_jobs.runs + 1`,
        // A little early, so a process whose timer fires just on time finds the run due.
        [job, new Date(now + intervalMs * 0.9).toISOString(), new Date(now).toISOString()],
      );
      return true;
    } finally {
      await release();
    }
  };
}

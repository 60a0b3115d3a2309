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

// Runs a benchmark part in its own Node process and talks to it over IPC (request → one reply).
import { fork } from 'node:child_process';

/**
 * Forks `script` with `args`; resolves once it sends `{ type: 'ready', ... }`. The child's stdout is
 * discarded (a server's request log must not be timed through a pipe), stderr is passed through.
 */
export async function startChild(script, { args = [], execArgv = [], env = {}, readyTimeoutMs = 120_000 } = {}) {
  const child = fork(script, args, {
    execArgv: [...execArgv],
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const waiting = new Map();
  let nextId = 1;
  let exited = false;
  const exit = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  exit.then(({ code, signal }) => {
    exited = true;
    for (const { reject } of waiting.values()) reject(new Error(`${script} exited (${code ?? signal})`));
    waiting.clear();
  });
  child.on('message', (message) => {
    const pending = waiting.get(message.id);
    if (!pending) return;
    waiting.delete(message.id);
    if (message.error) pending.reject(new Error(message.error));
    else pending.resolve(message.result);
  });

  const ready = await new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${script} did not start in ${readyTimeoutMs} ms`)),
      readyTimeoutMs,
    );
    const onMessage = (message) => {
      if (message?.type !== 'ready') return;
      clearTimeout(timer);
      child.off('message', onMessage);
      resolve(message);
    };
    child.on('message', onMessage);
    exit.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`${script} exited before it was ready (${code ?? signal})`));
    });
  });

  return {
    ready,
    pid: child.pid,
    /** Sends `{ id, cmd, ...payload }` and resolves with the child's `result`. */
    call(cmd, payload = {}, timeoutMs = 300_000) {
      if (exited) return Promise.reject(new Error(`${script} is not running`));
      const id = nextId++;
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiting.delete(id);
          reject(new Error(`${script}: "${cmd}" took longer than ${timeoutMs} ms`));
        }, timeoutMs);
        waiting.set(id, {
          resolve: (value) => (clearTimeout(timer), resolve(value)),
          reject: (error) => (clearTimeout(timer), reject(error)),
        });
        child.send({ id, cmd, ...payload });
      });
    },
    /** Asks the child to stop, and kills it if it does not exit in time. */
    async stop(timeoutMs = 30_000) {
      if (exited) return;
      child.send({ id: 0, cmd: 'stop' });
      const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
      await exit;
      clearTimeout(timer);
    },
  };
}

/** The child side: answers `{ id, cmd }` messages with `handlers[cmd](message)`; `stop` ends the process. */
export function serveParent(handlers, { onStop = async () => {} } = {}) {
  const stop = async () => {
    try {
      await onStop();
    } finally {
      process.exit(0);
    }
  };
  process.on('message', async (message) => {
    if (message.cmd === 'stop') return stop();
    try {
      const handler = handlers[message.cmd];
      if (!handler) throw new Error(`unknown command ${message.cmd}`);
      process.send({ id: message.id, result: await handler(message) });
    } catch (error) {
      process.send({ id: message.id, error: error instanceof Error ? error.stack : String(error) });
    }
  });
  // The parent died: clean up (databases) instead of lingering.
  process.on('disconnect', stop);
}

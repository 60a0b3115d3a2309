import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { keepProcessLog } from './process-log.js';

export const CLI = fileURLToPath(new URL('../../packages/server/dist/node/cli.js', import.meta.url));

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  output: () => string;
}

export interface ProcessOptions {
  env?: Record<string, string>;
  /** CLI arguments besides `--port 0 --log <level>`. */
  args?: readonly string[];
  /** Default `debug`, so every request line reaches the run's log folder and the log scan. */
  logLevel?: 'debug' | 'info' | 'warn';
  /** Names the process's file in the run's log folder. */
  label?: string;
}

/** One real `txassist-server` OS process on a free port; resolves once it says it is listening. */
export function startProcess(options: ProcessOptions = {}): Promise<ServerProcess> {
  const child = spawn(
    process.execPath,
    [CLI, '--port', '0', '--log', options.logLevel ?? 'debug', ...(options.args ?? [])],
    { env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  keepProcessLog(child, options.label ?? 'server');
  // Should the test runner die before `after` runs, the server processes go with it.
  const orphanGuard = () => child.kill('SIGKILL');
  process.once('exit', orphanGuard);
  child.once('exit', () => process.removeListener('exit', orphanGuard));
  let output = '';
  return new Promise<ServerProcess>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match) resolve({ child, url: match[1]!, output: () => output });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new ProcessExitError(code, output)));
  });
}

/** A server process that exited before it listened, with what it printed. */
export class ProcessExitError extends Error {
  constructor(
    readonly code: number | null,
    readonly output: string,
  ) {
    super(`txassist-server exited with ${code}: ${output}`);
    this.name = 'ProcessExitError';
  }
}

/** Starts `count` processes at the same moment; settles once each listens or exits. */
export async function startTogether(
  count: number,
  options: ProcessOptions | ((index: number) => ProcessOptions),
): Promise<PromiseSettledResult<ServerProcess>[]> {
  return Promise.allSettled(
    Array.from({ length: count }, (_, index) => startProcess(typeof options === 'function' ? options(index) : options)),
  );
}

export async function stopProcess(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  await exited;
}

/** Stops every process that started (a rejected start has exited already). */
export async function stopAll(
  started: readonly (ServerProcess | PromiseSettledResult<ServerProcess>)[],
): Promise<void> {
  await Promise.all(
    started.map((entry) => {
      if ('status' in entry) return entry.status === 'fulfilled' ? stopProcess(entry.value.child) : undefined;
      return stopProcess(entry.child);
    }),
  );
}

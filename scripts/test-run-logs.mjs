// One folder per `npm test` run for every log the run's servers write: the node tests' in-process
// servers, the server processes they spawn, and the browser step's API server. The run's last step
// scans exactly that folder (test/log-scan/run-logs.test.ts), so an older run can neither satisfy nor
// fail it. Plain Node at top level: scripts/test.mjs imports this before dependencies are installed.
import { appendFileSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Environment variable naming this run's log folder (set by scripts/test.mjs for every step). */
export const TEST_LOG_DIR_ENV = 'TXASSIST_TEST_LOG_DIR';
/** Environment variable listing the steps of this run that write logs (`node`, `browser`). */
export const TEST_LOG_STEPS_ENV = 'TXASSIST_TEST_LOG_STEPS';

const LOGS_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '.cache', 'test-logs');
const KEEP_MS = 24 * 3600_000;

/** This run's log folder, or a shared one for tests run on their own (outside `npm test`). */
export function testLogDir() {
  const dir = process.env[TEST_LOG_DIR_ENV] || join(LOGS_ROOT, 'adhoc');
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Makes a fresh, empty folder for this run and removes what runs of more than a day ago left. */
export function newRunLogDir() {
  mkdirSync(LOGS_ROOT, { recursive: true });
  for (const name of readdirSync(LOGS_ROOT)) {
    const path = join(LOGS_ROOT, name);
    if (Date.now() - statSync(path).mtimeMs > KEEP_MS) rmSync(path, { recursive: true, force: true });
  }
  const dir = join(LOGS_ROOT, `run-${new Date().toISOString().replace(/[:.]/g, '-')}-${process.pid}`);
  mkdirSync(dir);
  return dir;
}

/**
 * `{ logger }` for `startServer`'s config that writes every line (debug and up) to `<name>.jsonl` in
 * this run's folder; `{}` outside `npm test`, so the server keeps its own logging.
 */
export async function testRunLogger(name) {
  if (!process.env[TEST_LOG_DIR_ENV]) return {};
  const { createLogger } = await import('@txassist/server');
  const file = join(testLogDir(), `${name}.jsonl`);
  return { logger: createLogger({ level: 'debug', write: (line) => appendFileSync(file, `${line}\n`) }) };
}

import type { ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { testLogDir } from '../../scripts/test-run-logs.mjs';

/**
 * Keeps everything a spawned server process writes (its JSON log lines on stdout, its messages on
 * stderr) in the run's log folder, where test/log-scan searches it for secrets and personal data.
 */
export function keepProcessLog(child: ChildProcess, label: string): void {
  const file = createWriteStream(join(testLogDir(), `process-${label}-${child.pid}.log`));
  child.stdout?.pipe(file, { end: false });
  child.stderr?.pipe(file, { end: false });
  child.once('close', () => file.end());
}

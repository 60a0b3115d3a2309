import { mkdir, open, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';

const LOCK_FILE = 'txassist.lock';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * A PGlite folder is one embedded database engine: a second process opening it would not share
 * it, it would corrupt it (PGlite itself fails obscurely or hangs). So the first process takes the
 * folder with a lock file naming its pid and the others are refused with a clear message; a lock
 * left by a process that died is taken over. Resolves to the release function.
 */
export async function lockPgliteFolder(dir: string): Promise<() => Promise<void>> {
  await mkdir(dir, { recursive: true });
  const path = join(dir, LOCK_FILE);
  for (let attempt = 0; ; attempt++) {
    try {
      const handle = await open(path, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      return () => rm(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) throw error;
      const holder = Number((await readFile(path, 'utf8').catch(() => '')).trim());
      if (holder && holder !== process.pid && alive(holder)) {
        throw new Error(
          `The PGlite folder ${dir} is in use by process ${holder}. One process per folder: to run several server processes, use PostgreSQL (DATABASE_URL).`,
        );
      }
      await rm(path, { force: true }); // left by a process that is gone
    }
  }
}

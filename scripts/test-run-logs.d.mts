import type { Logger } from '@txassist/server';

/** Environment variable naming this run's log folder (set by scripts/test.mjs for every step). */
export declare const TEST_LOG_DIR_ENV: string;
/** Environment variable listing the steps of this run that write logs (`node`, `browser`). */
export declare const TEST_LOG_STEPS_ENV: string;
/** This run's log folder, or a shared one for tests run on their own (outside `npm test`). */
export declare function testLogDir(): string;
/** Makes a fresh, empty folder for this run and removes what runs of more than a day ago left. */
export declare function newRunLogDir(): string;
/** `{ logger }` writing to `<name>.jsonl` in this run's folder; `{}` outside `npm test`. */
export declare function testRunLogger(name: string): Promise<{ logger?: Logger }>;

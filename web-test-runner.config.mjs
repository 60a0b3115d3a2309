/**
 * Element tests in headless Chromium against the real reference API. The API, its mail capture and the
 * test-only routes are a plugin: test/browser-support/server/back-end.mjs (what pages can ask it is listed there).
 */
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { readdirSync } from 'node:fs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs';
import { txTestBackEnd } from './test/browser-support/server/back-end.mjs';

const backEnd = txTestBackEnd();

/**
 * The test files, sorted; `TX_TEST_ORDER=reverse` runs them last to first, to show that no file depends on
 * what another one did before it (they share the one API server).
 */
const testFiles = readdirSync(new URL('./test/elements/', import.meta.url), { recursive: true })
  .filter((name) => name.endsWith('.test.ts'))
  .map((name) => `test/elements/${name}`)
  .sort();
if (process.env.TX_TEST_ORDER === 'reverse') testFiles.reverse();

export default {
  files: testFiles,
  nodeResolve: true,
  concurrency: 2,
  // Per file: the story/axe files render ~150 stories × locales × themes; on a loaded 2-core machine they
  // took over 180 s, so the limit only guards against a hung file.
  testsFinishTimeout: 420_000,
  // forbidOnly: a committed `.only` fails the run instead of quietly skipping every other test.
  testFramework: { config: { timeout: 15_000, forbidOnly: true } },
  middleware: [backEnd.middleware],
  plugins: [
    backEnd.plugin,
    // Standard (TC39) decorators and `accessor` fields are lowered by esbuild for an ES2022 target,
    // with the repo's compiler options (useDefineForClassFields, no experimentalDecorators).
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: new URL('./tsconfig.base.json', import.meta.url).pathname }),
  ],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] },
    }),
  ],
};

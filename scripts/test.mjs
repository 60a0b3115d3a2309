#!/usr/bin/env node
// `npm test`: every check, in order, stopping at the first failure.
//
//   node scripts/test.mjs                      all steps
//   node scripts/test.mjs --only node          one step (or several: --only build,node); `deps` always
//                                              runs first unless --skip deps (it is quick and starts PostgreSQL)
//   node scripts/test.mjs --skip storybook     all but some steps
//   node scripts/test.mjs --list               print the steps
//   node scripts/test.mjs --only node -- --test-name-pattern=money   extra args go to the node step
//
// Environment is passed through (TEST_DATABASE_URL, CI, ...), plus this run's log folder (scripts/test-run-logs.mjs).
// Plain Node, no dependencies: step `deps` installs them.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { newRunLogDir, TEST_LOG_DIR_ENV, TEST_LOG_STEPS_ENV } from './test-run-logs.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);

/** Directories whose `**\/*.test.ts` files run under Node's test runner (contract, SDK, server, a fleet behind nginx). */
const NODE_TEST_DIRS = [
  'test/contract',
  'test/sdk',
  'test/examples',
  'test/server',
  'test/fleet',
  'test/guides',
  'test/i18n',
];
/** Steps whose servers write to the run's log folder; the `logs` step scans what they wrote. */
const LOGGING_STEPS = ['node', 'browser'];
const WTR_CONFIG = 'web-test-runner.config.mjs';

/** Files under `dir` (recursively) ending in `.test.ts`, sorted, as repo-relative paths. Node 20 --test has no globs. */
function findTestFiles(dir) {
  const absolute = join(root, dir);
  if (!existsSync(absolute)) return [];
  return readdirSync(absolute, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.test.ts'))
    .map((entry) => relative(root, join(entry.parentPath ?? entry.path, entry.name)))
    .filter((file) => !file.split(/[\\/]/).includes('node_modules'))
    .sort();
}

// ---- arguments -----------------------------------------------------------------------

const argv = process.argv.slice(2);
const separator = argv.indexOf('--');
const ownArgs = separator === -1 ? argv : argv.slice(0, separator);
const passthrough = separator === -1 ? [] : argv.slice(separator + 1);

function optionList(name) {
  const values = [];
  for (let i = 0; i < ownArgs.length; i++) {
    const arg = ownArgs[i];
    if (arg === name && ownArgs[i + 1]) values.push(...ownArgs[++i].split(','));
    else if (arg.startsWith(`${name}=`)) values.push(...arg.slice(name.length + 1).split(','));
  }
  return values.map((value) => value.trim()).filter(Boolean);
}

// ---- steps ---------------------------------------------------------------------------

/** @typedef {{ name: string, title: string, commands: () => string[][] }} Step */

/** @type {Step[]} */
const STEPS = [
  {
    name: 'deps',
    title: 'Dependencies: npm packages, Chromium, PostgreSQL',
    commands: () => [[process.execPath, 'scripts/ensure-deps.mjs', ...(needsSystem() ? [] : ['--no-system'])]],
  },
  {
    name: 'build',
    title: 'Generated locale loaders and contract types up to date; type-check and build (tsc -b)',
    commands: () => [
      [process.execPath, 'scripts/generate-locale-loaders.mjs', '--check'],
      // `@txassist/contract/types` matches the schemas (and tsc -b compiles test/contract/types-match.generated.ts).
      [process.execPath, 'scripts/generate-contract-types.mjs', '--check'],
      [bin('tsc'), '-b'],
    ],
  },
  // Before the node tests: the example agent console's browser test loads the elements from the CDN bundle.
  { name: 'bundle', title: 'CDN bundle (rollup)', commands: () => [['npm', 'run', 'bundle']] },
  // React and Vue: bindings generated from custom-elements.json are current; SSR of a tracker in a provider
  // (test/frameworks); the Vite examples build (the React one is driven in Chromium by the browser step);
  // vue-tsc type-checks the Vue example and fails on a fixture with a misspelt prop and event.
  {
    name: 'frameworks',
    title: 'React and Vue: generated bindings, SSR, example builds (Vite), vue-tsc',
    commands: () => [
      [process.execPath, 'scripts/generate-framework-types.mjs', '--check'],
      [bin('vite'), 'build', '--config', 'examples/react-storefront/vite.config.ts', '--logLevel', 'warn'],
      [bin('vite'), 'build', '--config', 'examples/vue-storefront/vite.config.ts', '--logLevel', 'warn'],
      [bin('vue-tsc'), '-p', 'examples/vue-storefront/tsconfig.json'],
      [process.execPath, '--import', 'tsx', '--test', '--test-reporter=spec', ...findTestFiles('test/frameworks')],
    ],
  },
  // The generated docs cannot go stale: the manifest is regenerated and compared, then the element pages.
  {
    name: 'docs',
    title: 'Docs: custom-elements.json and docs/elements/ match the source',
    commands: () => [
      ['npm', 'run', 'check-manifest', '-w', '@txassist/elements'],
      [process.execPath, 'scripts/element-docs.mjs', '--check'],
    ],
  },
  {
    name: 'lint',
    title: 'Lint and formatting (eslint . && prettier --check .)',
    commands: () => [['npm', 'run', 'lint']],
  },
  {
    name: 'node',
    title: 'Node tests: contract, SDK, server, fleet',
    commands: () => {
      const files = NODE_TEST_DIRS.flatMap(findTestFiles);
      if (files.length === 0) fail(`no *.test.ts files under ${NODE_TEST_DIRS.join(', ')}`);
      for (const dir of NODE_TEST_DIRS) {
        const count = files.filter((file) => file.startsWith(`${dir}/`)).length;
        console.log(`  ${dir}: ${count} file${count === 1 ? '' : 's'}`);
      }
      const reporter = passthrough.some((arg) => arg.startsWith('--test-reporter')) ? [] : ['--test-reporter=spec'];
      return [
        [process.execPath, '--import', 'tsx', '--test', '--test-concurrency=2', ...reporter, ...passthrough, ...files],
      ];
    },
  },
  {
    name: 'browser',
    title: 'Browser tests: elements in headless Chromium (web-test-runner)',
    commands: () => {
      if (!existsSync(join(root, WTR_CONFIG))) fail(`${WTR_CONFIG} is missing`);
      return [[bin('wtr'), '--config', WTR_CONFIG]];
    },
  },
  // After every step that runs servers: reads exactly this run's log folder (scripts/test-run-logs.mjs).
  {
    name: 'logs',
    title: "Log scan: this run's server logs hold no secret, card number, personal data or typed text",
    commands: () => [
      [process.execPath, '--import', 'tsx', '--test', '--test-reporter=spec', 'test/log-scan/run-logs.test.ts'],
    ],
  },
  // Fails above an entry's ceiling (no growth unnoticed); the product targets are reported as met or missed.
  {
    name: 'size',
    title: 'Bundle sizes: ceilings enforced, targets reported',
    commands: () => [['npm', 'run', 'size', '--', '--check']],
  },
  // Needs the build and the CDN bundle: packs without rebuilding, installs the tarballs outside the workspace.
  {
    name: 'pack',
    title: 'Packages: pack, install in a scratch app, import every entry, publint, arethetypeswrong',
    commands: () => [[process.execPath, 'scripts/pack-check.mjs']],
  },
  // The built site in Chromium: a story's URL args (`&args=theme:dark`) reach the element (test/storybook).
  {
    name: 'storybook',
    title: 'Static Storybook build; URL args in the built site (Chromium)',
    commands: () => [
      ['npm', 'run', 'build-storybook'],
      [process.execPath, '--import', 'tsx', '--test', '--test-reporter=spec', ...findTestFiles('test/storybook')],
    ],
  },
];
const STEP_NAMES = STEPS.map((step) => step.name);

if (ownArgs.includes('--help') || ownArgs.includes('-h') || ownArgs.includes('--list')) {
  console.log('Steps, in order (use --only a,b or --skip a,b):');
  for (const step of STEPS) console.log(`  ${step.name.padEnd(10)} ${step.title}`);
  process.exit(0);
}

const only = optionList('--only');
const skip = optionList('--skip');
for (const name of [...only, ...skip]) {
  if (!STEP_NAMES.includes(name)) {
    console.error(`test: unknown step "${name}"; steps are ${STEP_NAMES.join(', ')}`);
    process.exit(2);
  }
}
// `deps` is cheap and makes `--only node` work on a machine where PostgreSQL is stopped, so it
// always runs unless skipped explicitly.
// The log scan goes with the steps that write logs, so `--only node` is scanned too.
const selected = STEPS.filter(
  (step) =>
    (only.length === 0 ||
      only.includes(step.name) ||
      step.name === 'deps' ||
      (step.name === 'logs' && only.some((name) => LOGGING_STEPS.includes(name)))) &&
    !skip.includes(step.name),
);
// A fresh log folder per run, handed to every step through the environment.
if (selected.some((step) => step.name === 'logs' || LOGGING_STEPS.includes(step.name))) {
  process.env[TEST_LOG_DIR_ENV] = newRunLogDir();
  process.env[TEST_LOG_STEPS_ENV] = selected
    .map((step) => step.name)
    .filter((name) => LOGGING_STEPS.includes(name))
    .join(',');
}

/** Chromium and PostgreSQL matter only to the test steps (or when `deps` is asked for by name). */
function needsSystem() {
  return only.includes('deps') || selected.some((step) => step.name === 'node' || step.name === 'browser');
}

// ---- running -------------------------------------------------------------------------

class StepFailure extends Error {}
function fail(message) {
  throw new StepFailure(message);
}

const useColor = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code, text) => (useColor ? `\x1b[${code}m${text}\x1b[0m` : text);
const bold = (text) => paint('1', text);
const green = (text) => paint('32', text);
const red = (text) => paint('31', text);
const dim = (text) => paint('2', text);

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

function banner(index, step) {
  const line = '='.repeat(100);
  console.log(`\n${bold(line)}\n${bold(`[${index}/${selected.length}] ${step.name}: ${step.title}`)}\n${bold(line)}`);
}

function runCommand(command) {
  const [file, ...args] = command;
  const name = file === process.execPath ? 'node' : file.startsWith(root) ? relative(root, file) : file;
  const shown = [name, ...args];
  console.log(dim(`$ ${shown.join(' ')}`));
  const result = spawnSync(file, args, {
    cwd: root,
    stdio: 'inherit',
    env: process.env,
    shell: process.platform === 'win32',
  });
  if (result.error) fail(`${command[0]} could not start: ${result.error.message}`);
  if (result.signal) fail(`${shown.join(' ')} was killed by ${result.signal}`);
  if (result.status !== 0) fail(`${shown.join(' ')} exited with ${result.status}`);
}

/** @type {{ step: Step, status: 'passed' | 'FAILED' | 'not run', ms: number }[]} */
const results = selected.map((step) => ({ step, status: 'not run', ms: 0 }));
const started = performance.now();
let failure;

for (const [index, result] of results.entries()) {
  banner(index + 1, result.step);
  const stepStarted = performance.now();
  try {
    for (const command of result.step.commands()) runCommand(command);
    result.status = 'passed';
  } catch (error) {
    result.status = 'FAILED';
    failure = { step: result.step, message: error instanceof StepFailure ? error.message : String(error) };
  }
  result.ms = performance.now() - stepStarted;
  if (failure) break;
}

console.log(`\n${bold('Summary')}`);
for (const { step, status, ms } of results) {
  const label = status === 'passed' ? green(status) : status === 'FAILED' ? red(status) : dim(status);
  console.log(
    `  ${step.name.padEnd(10)} ${label.padEnd(useColor ? 16 : 7)} ${status === 'not run' ? '' : seconds(ms)}`,
  );
}
const skipped = STEP_NAMES.filter((name) => !selected.some((step) => step.name === name));
if (skipped.length > 0) console.log(dim(`  (not selected: ${skipped.join(', ')})`));
console.log(`  ${'total'.padEnd(10)} ${''.padEnd(7)} ${seconds(performance.now() - started)}`);

if (failure) {
  console.error(`\n${red(bold(`✖ step "${failure.step.name}" failed: ${failure.message}`))}`);
  process.exit(1);
}
console.log(`\n${green(bold(`✔ ${selected.length} step${selected.length === 1 ? '' : 's'} passed`))}`);

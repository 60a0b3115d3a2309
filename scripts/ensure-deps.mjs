#!/usr/bin/env node
// Makes sure what `npm test` needs is present, so the README command works alone on a fresh machine:
//   1. npm packages: installs them when node_modules is missing (`npm ci` with a lockfile, else `npm install`);
//   2. system services (unless --no-system or TXASSIST_SKIP_SYSTEM_SETUP=1): Chromium and a running
//      PostgreSQL. When something is missing and we are root, runs scripts/setup-system.sh; otherwise warns.
// Plain Node, no dependencies: it runs before node_modules exists.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { connect } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const DEFAULT_DATABASE_URL = 'postgres://postgres:postgres@127.0.0.1:5432/postgres';
// web-test-runner.config.mjs launches this path.
const CHROMIUM = '/usr/bin/chromium';
const NGINX = '/usr/sbin/nginx';

const log = (message) => console.log(`ensure-deps: ${message}`);

function run(command, commandArgs) {
  log(`running ${[command, ...commandArgs].join(' ')}`);
  const result = spawnSync(command, commandArgs, { cwd: root, stdio: 'inherit', env: process.env });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    console.error(`ensure-deps: ${command} ${commandArgs.join(' ')} failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status || 1);
  }
}

function mtime(path) {
  return existsSync(path) ? statSync(path).mtimeMs : 0;
}

// ---- npm packages ---------------------------------------------------------------

function ensurePackages() {
  // npm writes node_modules/.package-lock.json after every successful install.
  const installed = join(root, 'node_modules', '.package-lock.json');
  const lockfile = join(root, 'package-lock.json');
  if (!existsSync(installed)) {
    log('node_modules is missing or incomplete');
    run('npm', existsSync(lockfile) ? ['ci'] : ['install']);
    return;
  }
  // Never reinstall over a working tree on our own (npm ci deletes node_modules); just say so.
  // (package.json alone is not compared: editing its scripts does not make node_modules stale.)
  if (mtime(lockfile) > mtime(installed) + 1000) {
    log('warning: package-lock.json changed since the last install; run `npm ci` if tests fail');
  } else {
    log('npm packages are installed');
  }
}

// ---- system services -------------------------------------------------------------

function canConnect(host, port, timeoutMs = 1500) {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

/** What is missing, and whether scripts/setup-system.sh can fix it. */
async function systemProblems() {
  const problems = [];
  if (!existsSync(CHROMIUM)) problems.push({ text: `Chromium is missing (${CHROMIUM})`, fixable: true });
  if (!existsSync(NGINX))
    problems.push({ text: `nginx is missing (${NGINX}; the fleet test's load balancer)`, fixable: true });
  const url = new URL(process.env.TEST_DATABASE_URL || DEFAULT_DATABASE_URL);
  const port = Number(url.port || 5432);
  if (!(await canConnect(url.hostname.replace(/^\[|\]$/g, ''), port))) {
    // A remote database (say a CI service container) is not ours to start.
    const local = LOCAL_HOSTS.has(url.hostname);
    problems.push({
      text: `PostgreSQL is not reachable on ${url.hostname}:${port}${local ? '' : ' (remote; not started from here)'}`,
      fixable: local,
    });
  }
  return problems;
}

async function ensureSystem() {
  if (args.has('--no-system') || process.env.TXASSIST_SKIP_SYSTEM_SETUP === '1') return;
  const problems = await systemProblems();
  if (problems.length === 0) {
    log('Chromium and PostgreSQL are ready');
    return;
  }
  for (const problem of problems) log(problem.text);
  const isRoot = process.getuid?.() === 0;
  if (isRoot && process.platform === 'linux' && problems.some((problem) => problem.fixable)) {
    run('bash', [join(root, 'scripts', 'setup-system.sh')]);
  } else {
    log(
      'warning: browser or PostgreSQL tests may fail; run `sudo bash scripts/setup-system.sh` ' +
        '(Debian/Ubuntu) or point TEST_DATABASE_URL at a running PostgreSQL',
    );
  }
}

ensurePackages();
await ensureSystem();

// `npm start`: installs what is missing, builds, then runs the reference API (embedded PGlite,
// demo data) and the example storefront. Plain Node on purpose: it runs before dependencies exist.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const run = (command, args) => {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

if (!existsSync(`${root}node_modules/.package-lock.json`)) {
  console.log('Installing dependencies (first run)…');
  run('npm', [existsSync(`${root}package-lock.json`) ? 'ci' : 'install', '--no-audit', '--no-fund']);
}
console.log('Building packages…');
run('npx', ['tsc', '-b']);
run('npx', ['rollup', '-c', 'rollup.config.mjs', '--silent']);

const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/demo.ts', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));

#!/usr/bin/env node
// `npm test` step "pack": what npm users get. Packs every workspace package as it would be published,
// checks the tarballs are lean and complete, installs them into a scratch app in a temporary folder outside
// the workspace, imports every public entry there in Node, and runs publint and @arethetypeswrong/cli on them.
//
//   node scripts/pack-check.mjs            (after `tsc -b` and `npm run bundle`: packs with --ignore-scripts,
//                                           so the step does not rebuild; `npm pack` alone runs `prepack`)
//   node scripts/pack-check.mjs --keep     keep the scratch folder and print where it is
//
// Package metadata (`repository`, `homepage`, `bugs`) must point at one repository: the checkout's own
// `origin` remote when it has one, otherwise REPOSITORY_PLACEHOLDER below. This repository has no remote yet,
// so every package.json names the placeholder; whoever publishes sets the real address here and in the
// package.json files, and this step fails until they agree.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureTypeCost } from './type-cost.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const PACKAGES = ['contract', 'sdk', 'elements', 'server', 'react'];
/** Unpacked size limits (bytes): a tarball that grows past one is looked at, not waved through. */
const UNPACKED_LIMITS = {
  contract: 3_200_000,
  sdk: 4_200_000,
  // 40 locales (issue 18): every catalog as source, JS, declarations and CDN chunk. Next cut: catalog
  // declarations typed `Catalog<…>` instead of their literal strings (dist/i18n is 5.2 MB).
  elements: 17_000_000,
  server: 6_000_000,
  react: 200_000,
};
/** The one placeholder for the repository's address while it has no `origin` remote (see above). */
const REPOSITORY_PLACEHOLDER = 'https://github.com/txassist/txassist';
/** The workspace's `@types/react`, so the scratch app's React types are the ones the packages were built against. */
const REACT_TYPES_VERSION = JSON.parse(
  readFileSync(join(root, 'node_modules/@types/react/package.json'), 'utf8'),
).version;
const keep = process.argv.includes('--keep');
const started = Date.now();
const failures = [];
const fail = (message) => failures.push(message);
const bin = (name) => join(root, 'node_modules', '.bin', name);
const run = (command, args, options = {}) =>
  execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options });

/**
 * `https://host/owner/name` of the `origin` remote (scp-style and `.git` forms normalised), or undefined
 * when there is none or it is no web address (a local path).
 */
function originRemote() {
  let url;
  try {
    url = run('git', ['remote', 'get-url', 'origin'], { cwd: root }).trim();
  } catch {
    return undefined; // no remote called origin
  }
  const web = url
    .replace(/^git@([^:]+):/, 'https://$1/')
    .replace(/^git\+/, '')
    .replace(/\.git$/, '');
  // A clone of a local checkout (CI clones the work tree: origin is a path) names no web address.
  return /^https:\/\/[^/]+\/[^/]+\/[^/]+$/.test(web) ? web : undefined;
}

/** `repository`, `homepage` and `bugs` of packages/<name>/package.json name `repo` (else a failure each). */
function checkMetadata(name, repo) {
  const manifest = JSON.parse(readFileSync(join(root, 'packages', name, 'package.json'), 'utf8'));
  const expected = {
    'repository.type': ['git', manifest.repository?.type],
    'repository.url': [`git+${repo}.git`, manifest.repository?.url],
    'repository.directory': [`packages/${name}`, manifest.repository?.directory],
    homepage: [`${repo}/tree/main/packages/${name}#readme`, manifest.homepage],
    'bugs.url': [`${repo}/issues`, manifest.bugs?.url],
    license: ['MIT', manifest.license],
    'publishConfig.access': ['public', manifest.publishConfig?.access],
  };
  for (const [field, [want, have]] of Object.entries(expected)) {
    if (want !== have) fail(`@txassist/${name}: package.json ${field} is ${JSON.stringify(have)}, expected ${want}`);
  }
  if (!manifest.engines?.node) fail(`@txassist/${name}: package.json has no engines.node`);
}

const repository = originRemote() ?? REPOSITORY_PLACEHOLDER;
console.log(
  `repository: ${repository}${repository === REPOSITORY_PLACEHOLDER ? ' (placeholder: no origin remote)' : ''}`,
);
for (const name of PACKAGES) checkMetadata(name, repository);

const scratch = mkdtempSync(join(tmpdir(), 'txassist-pack-'));
if (relative(root, scratch).split(/[\\/]/)[0] !== '..') throw new Error(`${scratch} is inside the workspace`);
const tarballDir = join(scratch, 'tarballs');
mkdirSync(tarballDir);

try {
  // ---- pack -------------------------------------------------------------------------------
  for (const name of PACKAGES) {
    if (!existsSync(join(root, 'packages', name, 'dist', 'index.js')))
      throw new Error(`packages/${name}/dist is missing: run \`npx tsc -b\` (and \`npm run bundle\`) first`);
  }
  const packed = JSON.parse(
    run(
      'npm',
      [
        'pack',
        '--json',
        '--ignore-scripts',
        '--pack-destination',
        tarballDir,
        ...PACKAGES.flatMap((name) => ['-w', `packages/${name}`]),
      ],
      { cwd: root },
    ),
  );
  const tarballs = {};
  console.log('package                 tarball     unpacked   files');
  for (const info of packed) {
    const name = info.name.replace('@txassist/', '');
    tarballs[name] = join(tarballDir, info.filename);
    console.log(
      `${info.name.padEnd(22)} ${(info.size / 1024).toFixed(0).padStart(6)} kB ${(info.unpackedSize / 1024).toFixed(0).padStart(7)} kB ${String(info.entryCount).padStart(6)}`,
    );
    const files = info.files.map((file) => file.path);
    if (info.unpackedSize > UNPACKED_LIMITS[name])
      fail(`${info.name}: ${info.unpackedSize} bytes unpacked, over its ${UNPACKED_LIMITS[name]} limit`);
    const maps = files.filter((file) => file.startsWith('cdn/') && file.endsWith('.map'));
    if (maps.length) fail(`${info.name}: CDN source maps in the tarball: ${maps.join(', ')}`);
    for (const required of ['package.json', 'dist/index.js', 'dist/index.d.ts', 'README.md']) {
      if (!files.includes(required)) fail(`${info.name}: ${required} missing from the tarball`);
    }
    if (name === 'elements') {
      // Every emitted CDN file (lazy chunks included) is in the tarball: never a half-built cdn/.
      const cdn = readdirSync(join(root, 'packages/elements/cdn'), { recursive: true, encoding: 'utf8' })
        .filter((file) => !file.endsWith('.map') && file.includes('.'))
        .map((file) => `cdn/${file.split('\\').join('/')}`);
      const missing = cdn.filter((file) => !files.includes(file));
      if (missing.length) fail(`@txassist/elements: CDN files missing from the tarball: ${missing.join(', ')}`);
      if (!files.some((file) => file.startsWith('cdn/chunks/')))
        fail('@txassist/elements: no cdn/chunks/ in the tarball');
    }
  }

  // ---- install into a scratch app outside the workspace -------------------------------------
  const app = join(scratch, 'app');
  mkdirSync(app);
  const fileSpec = (name) => `file:${tarballs[name]}`;
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify(
      {
        name: 'txassist-scratch-app',
        private: true,
        type: 'module',
        dependencies: {
          ...Object.fromEntries(PACKAGES.map((name) => [`@txassist/${name}`, fileSpec(name)])),
          // A React user has React's types: the type cost of @txassist/react compiles JSX against them.
          '@types/react': REACT_TYPES_VERSION,
        },
        // The packages name each other by version; here they must be these tarballs, never the registry.
        overrides: Object.fromEntries(PACKAGES.map((name) => [`@txassist/${name}`, fileSpec(name)])),
      },
      null,
      2,
    ),
  );
  run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'], {
    cwd: app,
  });

  // ---- import every public entry in Node -----------------------------------------------------
  const entries = [];
  for (const name of PACKAGES) {
    const manifest = JSON.parse(readFileSync(join(app, 'node_modules/@txassist', name, 'package.json'), 'utf8'));
    for (const [subpath, target] of Object.entries(manifest.exports)) {
      if (subpath.includes('*') || subpath.endsWith('.json')) continue; // files, not modules
      // A types-only entry (e.g. `@txassist/elements/vue`) has nothing to import at run time: its file must be packed.
      if (target && typeof target === 'object' && Object.keys(target).join() === 'types') {
        const packed = join(app, 'node_modules/@txassist', name, target.types);
        if (!existsSync(packed)) fail(`@txassist/${name}${subpath.slice(1)}: ${target.types} is not in the tarball`);
        continue;
      }
      entries.push({ specifier: `@txassist/${name}${subpath.slice(1)}`, json: false, target });
    }
    entries.push({ specifier: `@txassist/${name}/package.json`, json: true });
  }
  // Node has no DOM: element modules are imported after a minimal customElements/HTMLElement stand-in, as an
  // SSR set-up would; importing must not touch window or document at module top level.
  const check = `
    globalThis.HTMLElement ??= class {};
    globalThis.customElements ??= { get: () => undefined, define: () => {} };
    const entries = ${JSON.stringify(entries)};
    const failed = [];
    for (const entry of entries) {
      try {
        const module = await import(entry.specifier, entry.json ? { with: { type: 'json' } } : undefined);
        if (!entry.json && Object.keys(module).length === 0 && !/define\\.js$|index\\.js$/.test(JSON.stringify(entry.target)))
          failed.push(entry.specifier + ': no exports');
      } catch (error) {
        failed.push(entry.specifier + ': ' + (error?.message ?? error));
      }
    }
    console.log(JSON.stringify({ imported: entries.length - failed.length, failed }));
  `;
  writeFileSync(join(app, 'check.mjs'), check);
  const result = JSON.parse(run(process.execPath, ['check.mjs'], { cwd: app }).trim().split('\n').at(-1));
  console.log(`imported ${result.imported} of ${entries.length} public entries in Node`);
  for (const failure of result.failed) fail(`import ${failure}`);

  // ---- publint and arethetypeswrong ----------------------------------------------------------
  for (const name of PACKAGES) {
    const dir = join(app, 'node_modules/@txassist', name);
    try {
      const out = run(bin('publint'), ['run', dir, '--pack', 'false', '--strict'], { cwd: app });
      console.log(`publint @txassist/${name}: ${out.trim().split('\n').at(-1)}`);
    } catch (error) {
      fail(`publint @txassist/${name}:\n${error.stdout}${error.stderr}`);
    }
    try {
      // ESM-only packages: the CommonJS `require` checks do not apply (--profile esm-only).
      const out = run(bin('attw'), [tarballs[name], '--profile', 'esm-only', '--format', 'table-flipped'], {
        cwd: app,
      });
      console.log(`attw @txassist/${name}: ok${out.includes('No problems found') ? ' (no problems found)' : ''}`);
    } catch (error) {
      fail(`attw @txassist/${name}:\n${error.stdout}${error.stderr}`);
    }
  }

  // ---- type cost of the SDK, the elements and the React bindings for a TypeScript user ---------------
  let cost;
  try {
    cost = measureTypeCost(app, bin('tsc'));
  } catch (error) {
    fail(`type cost: ${error.message}`);
  }
  if (cost) {
    console.log(
      `type cost: an empty file ${cost.empty} instantiations (${cost.emptyReact} with JSX and React's types)`,
    );
    for (const name of ['sdk', 'elements', 'react']) {
      const { consumer, declarationFiles, declarationBytes, zodFiles } = cost[name];
      console.log(
        `type cost: a @txassist/${name} consumer ${consumer} instantiations; ${declarationFiles} @txassist declaration ` +
          `files, ${(declarationBytes / 1024).toFixed(0)} kB loaded; ${zodFiles.length} zod declaration files`,
      );
      if (zodFiles.length)
        fail(`@txassist/${name}'s declarations reach zod (${zodFiles.length} files, e.g. ${zodFiles[0]})`);
    }
  }
} finally {
  if (keep) console.log(`scratch folder kept: ${scratch}`);
  else rmSync(scratch, { recursive: true, force: true });
}

console.log(`pack check took ${((Date.now() - started) / 1000).toFixed(1)} s`);
if (failures.length) {
  console.error(`\n${failures.length} problem(s):\n- ${failures.join('\n- ')}`);
  process.exit(1);
}

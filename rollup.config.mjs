// The CDN bundle of the elements, for creators who add one <script type="module"> and a tag:
//   packages/elements/dist/index.js (built by `tsc -b`) → packages/elements/cdn/txassist.js (+ .map)
// txassist.js is the one file a page includes: every element, Lit, the SDK and zod/mini. What the
// elements load with dynamic import() (locale catalogs) becomes lazy chunks in cdn/chunks/, fetched
// relative to txassist.js only when needed, so a page pays only for the language it shows.
// npm users import the unbundled packages instead; this file is for the CDN and for size checks
// (scripts/size-report.mjs builds with the same plugins and minifier settings, exported below).
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { writeCdnIntegrity } from './scripts/cdn-integrity.mjs';
import { compatFallback } from './scripts/compat-fallback.mjs';

const root = dirname(fileURLToPath(import.meta.url));

export const CDN_INPUT = 'packages/elements/dist/index.js';
export const CDN_DIR = 'packages/elements/cdn';
export const CDN_ENTRY_FILE = 'txassist.js';
/**
 * Per-element entry files beside the all-in-one (`cdn/order-tracker.js` registers `<tx-order-tracker>`), for a
 * page that shows one element: they share Lit, the SDK and the element kit through `cdn/chunks/`.
 */
export const CDN_ELEMENT_ENTRIES = [
  'order-tracker',
  'order-hub',
  'privacy-center',
  'checkout-helper',
  'dispute-form',
  'refund-request',
  'help-assistant',
  'provider',
];

/**
 * Loads our packages' tsc output with its `.js.map` (plus the TypeScript text, which tsc leaves out),
 * so the bundle's source map leads back to `src/*.ts` instead of the compiled `dist/*.js`.
 */
function workspaceSourceMaps() {
  const packagesDir = join(root, 'packages') + sep;
  return {
    name: 'txassist-workspace-sourcemaps',
    load(id) {
      if (!id.startsWith(packagesDir) || !id.endsWith('.js')) return null;
      const code = readFileSync(id, 'utf8');
      const mapFile = `${id}.map`;
      if (!/\/\/# sourceMappingURL=\S+\.map\s*$/.test(code) || !existsSync(mapFile)) return null;
      const map = JSON.parse(readFileSync(mapFile, 'utf8'));
      const sourceDir = resolve(dirname(mapFile), map.sourceRoot ?? '');
      map.sourcesContent ??= map.sources.map((source) => {
        const file = resolve(sourceDir, source);
        return existsSync(file) ? readFileSync(file, 'utf8') : null;
      });
      return { code, map };
    },
  };
}

/** Resolve bare specifiers the way a browser bundle should: `browser` fields and export conditions, one Lit. */
export function resolvePlugins() {
  return [
    workspaceSourceMaps(),
    nodeResolve({
      browser: true,
      // Lit's default (non-`development`) export is its production build.
      exportConditions: ['browser', 'production', 'module', 'import', 'default'],
      dedupe: ['lit', 'lit-html', 'lit-element', '@lit/reactive-element'],
    }),
  ];
}

/** Minifier settings shared by the CDN bundle and the size report. */
export function minifyPlugin() {
  return terser({
    ecma: 2022,
    module: true,
    compress: { passes: 2 },
    // Licences go once into the banner (see licenceBanner) instead of once per module.
    format: { comments: /^! txassist/ },
  });
}

/**
 * Unresolved imports would leave bare specifiers that browsers cannot load, and missing exports are
 * real bugs: both fail the build. Everything else is logged as usual.
 */
export function onwarn(warning, defaultHandler) {
  if (warning.code === 'UNRESOLVED_IMPORT' || warning.code === 'MISSING_EXPORT') {
    throw new Error(`${warning.code}: ${warning.message}`);
  }
  // Top-level `this` is undefined in every ES module anyway; tsc's decorator helpers
  // (`this && this.__esDecorate || …`) trigger this warning for every decorated class.
  if (warning.code === 'THIS_IS_UNDEFINED') return;
  // Third-party packages' own circular imports and misplaced /*#__PURE__*/ comments (zod) are theirs.
  const inDependency = (id) => typeof id === 'string' && id.includes(`${sep}node_modules${sep}`);
  if (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.every(inDependency)) return;
  if (warning.code === 'INVALID_ANNOTATION' && inDependency(warning.id)) return;
  defaultHandler(warning);
}

/** The nearest package.json above a bundled module (memoized), for the licence banner. */
const packageCache = new Map();
function packageOf(moduleId) {
  for (let dir = dirname(moduleId); dir !== dirname(dir); dir = dirname(dir)) {
    if (packageCache.has(dir)) return packageCache.get(dir);
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const json = JSON.parse(readFileSync(file, 'utf8'));
      // Nested package.json files with only `type` (e.g. dist/esm) are not the package.
      if (!json.name) continue;
      const info = { name: json.name, version: json.version, license: json.license ?? 'UNLICENSED' };
      packageCache.set(dir, info);
      return info;
    }
  }
  return undefined;
}

/** `/*! … *\/` naming every package inside the entry file with its version and licence (lazy chunks get none). */
export function licenceBanner(chunk) {
  if (!chunk.isEntry) return '';
  const packages = new Map();
  for (const id of chunk.moduleIds) {
    if (id.startsWith('\0')) continue;
    const info = packageOf(id);
    if (info) packages.set(info.name, info);
  }
  const list = [...packages.values()]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((info) => `${info.name}@${info.version} (${info.license})`);
  return `/*! txassist elements CDN bundle. Includes: ${list.join(', ')} */`;
}

/** Chunk names carry a content hash; remove the previous build's so stale chunks are not published. */
function cleanChunks() {
  return {
    name: 'txassist-clean-chunks',
    renderStart(outputOptions) {
      if (outputOptions.dir) rmSync(join(outputOptions.dir, 'chunks'), { recursive: true, force: true });
    },
  };
}

/** After each build: the sha384 manifest and the copy-paste snippet of everything in cdn/ (scripts/cdn-integrity.mjs). */
function integrityManifest() {
  return {
    name: 'txassist-cdn-integrity',
    writeBundle(outputOptions) {
      if (outputOptions.dir) writeCdnIntegrity(outputOptions.dir);
    },
  };
}

/** The help assistant's guide videos and captions (packages/elements/media/guides/, committed) → cdn/guide-media/. */
export const GUIDE_MEDIA_SOURCE = 'packages/elements/media/guides';
function guideMedia() {
  return {
    name: 'txassist-guide-media',
    renderStart(outputOptions) {
      if (!outputOptions.dir) return;
      const target = join(outputOptions.dir, 'guide-media');
      rmSync(target, { recursive: true, force: true });
      cpSync(join(root, GUIDE_MEDIA_SOURCE), target, { recursive: true });
    },
  };
}

/**
 * A locale's words (a catalog namespace or the guides in one language) go to a chunk named after it,
 * without a hash: each element carries a table of one `import()` per locale per namespace, and names
 * that repeat but for the tag compress to a few bytes an entry, where hashed names cost ≈ 12 (the
 * CDN path is versioned, so the names need no hash to bust caches). A locale file imports nothing,
 * so every build that emits one emits the same file.
 */
const LOCALE_MODULE =
  /[\\/](?:i18n[\\/]catalogs[\\/]([a-z-]+)|help-assistant[\\/](guides))[\\/]([a-z]{2,3}(?:-[A-Za-z0-9]+)*)\.js$/;
export function chunkFileName(chunk) {
  const locale = chunk.facadeModuleId && LOCALE_MODULE.exec(chunk.facadeModuleId);
  return locale ? `chunks/i18n/${locale[1] ?? locale[2]}/${locale[3]}.js` : 'chunks/[name]-[hash].js';
}

// A function, so that importing this file (scripts/size-report.mjs does) checks nothing.
export default function config(commandLineArgs) {
  // Absolute paths, so `rollup -c` works from any directory.
  const input = resolve(root, typeof commandLineArgs.input === 'string' ? commandLineArgs.input : CDN_INPUT);
  if (!existsSync(input)) throw new Error(`${input} does not exist; build the packages first (npm run build)`);
  const output = {
    dir: join(root, CDN_DIR),
    chunkFileNames: chunkFileName,
    format: 'es',
    sourcemap: true,
    banner: licenceBanner,
    plugins: [minifyPlugin()],
  };
  const allInOne = {
    input,
    onwarn,
    plugins: [...resolvePlugins(), cleanChunks(), guideMedia(), integrityManifest()],
    output: { ...output, entryFileNames: CDN_ENTRY_FILE },
  };
  // `--input` builds one file (e.g. a size check of another entry): no per-element build then.
  if (typeof commandLineArgs.input === 'string') return allInOne;
  const distDir = dirname(input);
  // cdn/compat.js, the classic script for browsers the elements do not support (scripts/compat-fallback.mjs).
  allInOne.plugins.splice(-1, 0, compatFallback(distDir));
  const perElement = {
    input: Object.fromEntries(CDN_ELEMENT_ENTRIES.map((name) => [name, join(distDir, name, 'define.js')])),
    onwarn,
    // Runs after the all-in-one (rollup builds an array in order) and adds its chunks beside that one's.
    plugins: [...resolvePlugins(), integrityManifest()],
    output: { ...output, entryFileNames: '[name].js' },
  };
  return [allInOne, perElement];
}

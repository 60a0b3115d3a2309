// The CDN's integrity manifest and copy-paste snippet (docs/cdn.md), written after every CDN build:
//   packages/elements/cdn/integrity.json   sha384 of every emitted .js file (entries and lazy chunks)
//   packages/elements/cdn/snippet.html     the all-in-one, pinned to this version, chunks covered
// `node scripts/cdn-integrity.mjs` rewrites both from the files on disk; rollup.config.mjs calls
// `writeCdnIntegrity` itself.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const CDN_DIR_ABSOLUTE = join(root, 'packages/elements/cdn');
export const INTEGRITY_FILE = 'integrity.json';
export const SNIPPET_FILE = 'snippet.html';

/** Where the published package's CDN files are served (jsDelivr mirrors npm; unpkg works the same way). */
export function cdnBase(version) {
  return `https://cdn.jsdelivr.net/npm/@txassist/elements@${version}/cdn/`;
}

/** `sha384-…` of a file's bytes, as `integrity` attributes and import maps want it. */
export function sri(bytes) {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

/** Every emitted JavaScript file under `dir`, relative with `/`, sorted. */
function emittedFiles(dir) {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split('\\').join('/'))
    .filter((file) => file.endsWith('.js'))
    .sort();
}

/** The files `entry` imports statically, transitively (`import … from "./chunks/x.js"`; not `import()`). */
export function staticImports(dir, entry) {
  const seen = new Set();
  const visit = (file) => {
    const code = readFileSync(join(dir, file), 'utf8');
    for (const [, specifier] of code.matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+)["']/g)) {
      const target = new URL(specifier, `file:///${file}`).pathname.slice(1);
      if (!seen.has(target)) {
        seen.add(target);
        visit(target);
      }
    }
  };
  visit(entry);
  return [...seen].sort();
}

/**
 * The snippet for `entry` (e.g. `txassist.js` or `order-tracker.js`) served from `base`: an import map whose
 * `integrity` covers every module the entry may load later (browsers that support it: Chromium 127+, Safari
 * 18+, Firefox 138+), and the entry's own `integrity` attribute, which every browser checks (the fallback).
 */
export function snippetFor(manifest, base, entry = 'txassist.js', dir = CDN_DIR_ABSOLUTE) {
  const integrity = Object.fromEntries(Object.entries(manifest.files).map(([file, hash]) => [base + file, hash]));
  // Fallback where import maps cannot carry integrity: the chunks the entry imports statically are preloaded
  // with their own `integrity` (the module map then reuses the checked copy). See docs/cdn.md for lazy chunks.
  const preloads = staticImports(dir, entry).map(
    (file) =>
      `<link rel="modulepreload" href="${base}${file}" integrity="${manifest.files[file]}" crossorigin="anonymous">`,
  );
  return [
    `<!-- txassist elements ${manifest.version}: pinned, every file checked (docs/cdn.md) -->`,
    '<script type="importmap">',
    JSON.stringify({ integrity }, null, 2),
    '</script>',
    ...preloads,
    `<script type="module" src="${base}${entry}" integrity="${manifest.files[entry]}" crossorigin="anonymous"></script>`,
    '',
  ].join('\n');
}

/** Hashes what is in the CDN folder now and writes the manifest and the snippet. */
export function writeCdnIntegrity(dir = CDN_DIR_ABSOLUTE) {
  const { version } = JSON.parse(readFileSync(join(dir, '..', 'package.json'), 'utf8'));
  const files = Object.fromEntries(emittedFiles(dir).map((file) => [file, sri(readFileSync(join(dir, file)))]));
  const manifest = { package: '@txassist/elements', version, algorithm: 'sha384', files };
  writeFileSync(join(dir, INTEGRITY_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
  writeFileSync(join(dir, SNIPPET_FILE), snippetFor(manifest, cdnBase(version), 'txassist.js', dir));
  return manifest;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const manifest = writeCdnIntegrity();
  console.log(`${Object.keys(manifest.files).length} files in ${join(CDN_DIR_ABSOLUTE, INTEGRITY_FILE)}`);
}

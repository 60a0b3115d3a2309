#!/usr/bin/env node
// Where an element's first load goes: the minified bytes of its initial chunks (the ones `npm run size`
// counts), attributed through the bundle's source map to the package and folder they came from.
//
//   node scripts/size-breakdown.mjs order-tracker          elements/<name>/define.js
//   node scripts/size-breakdown.mjs order-tracker --json   the same as JSON
//   node scripts/size-breakdown.mjs order-tracker --files  our packages file by file
//
// Built exactly like the size report (same resolve plugins and terser settings). Gzip works on the whole
// chunk, so per-folder gzip bytes are an estimate: each folder's share of the minified bytes times the
// chunks' gzip size. Bytes no source maps to (Rollup's glue) are listed as "(bundle glue)".
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { decode } from '@jridgewell/sourcemap-codec';
import { rollup } from 'rollup';
import { minifyPlugin, onwarn, resolvePlugins } from '../rollup.config.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const [name = 'order-tracker', ...flags] = process.argv.slice(2);
const asJson = flags.includes('--json');
/** `--files`: our own packages by file instead of by folder. */
const byFile = flags.includes('--files');

/** `lit-html`, `@lit/task`, `@txassist/elements/order-tracker`, `@txassist/sdk/resources`… */
function groupOf(source) {
  const path = source.replaceAll('\\', '/');
  const nodeModules = path.lastIndexOf('node_modules/');
  if (nodeModules !== -1) {
    const [scopeOrName, pkg] = path.slice(nodeModules + 'node_modules/'.length).split('/');
    return scopeOrName.startsWith('@') ? `${scopeOrName}/${pkg}` : scopeOrName;
  }
  const workspace = /packages\/([^/]+)\/(?:src|dist)\/(.+)$/.exec(path);
  if (!workspace) return path;
  const [, pkg, rest] = workspace;
  const parts = rest.split('/');
  if (byFile) return `@txassist/${pkg}/${rest.replace(/\.(ts|js)$/, '')}`;
  return `@txassist/${pkg}/${parts.length > 1 ? parts[0] : '(top)'}`;
}

/** The entry chunk and every chunk it imports statically (what the size report counts). */
function eagerChunks(chunks) {
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const eager = new Set();
  const visit = (chunk) => {
    if (eager.has(chunk)) return;
    eager.add(chunk);
    for (const file of chunk.imports) visit(byName.get(file));
  };
  visit(chunks.find((chunk) => chunk.isEntry));
  return [...eager];
}

/** Minified bytes per group in one chunk, from its source map's segments. */
function attribute(chunk, totals) {
  const lines = chunk.code.split('\n');
  const mappings = decode(chunk.map.mappings);
  // A line that starts unmapped continues the previous line's last token (a multi-line template literal).
  let group = '(bundle glue)';
  for (const [index, line] of lines.entries()) {
    const segments = mappings[index] ?? [];
    const length = Buffer.byteLength(line) + (index < lines.length - 1 ? 1 : 0);
    add(totals, group, segments.length ? segments[0][0] : length);
    for (const [position, segment] of segments.entries()) {
      const end = position + 1 < segments.length ? segments[position + 1][0] : length;
      group = segment.length > 1 ? groupOf(chunk.map.sources[segment[1]]) : '(bundle glue)';
      add(totals, group, end - segment[0]);
    }
  }
}

const add = (totals, key, bytes) => totals.set(key, (totals.get(key) ?? 0) + bytes);

const bundle = await rollup({
  input: join(root, `packages/elements/dist/${name}/define.js`),
  plugins: resolvePlugins(),
  onwarn,
});
try {
  const { output } = await bundle.generate({ format: 'es', sourcemap: true, plugins: [minifyPlugin()] });
  const eager = eagerChunks(output.filter((item) => item.type === 'chunk'));
  // What a page downloads has no source-map comment (the size report measures without one).
  for (const chunk of eager) chunk.code = chunk.code.replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '');
  const totals = new Map();
  for (const chunk of eager) attribute(chunk, totals);
  const minBytes = eager.reduce((sum, chunk) => sum + Buffer.byteLength(chunk.code), 0);
  const gzipBytes = eager.reduce((sum, chunk) => sum + gzipSync(chunk.code).length, 0);
  const rows = [...totals]
    .filter(([, bytes]) => bytes > 0)
    .sort(([, a], [, b]) => b - a)
    .map(([group, bytes]) => ({ group, minBytes: bytes, gzipEstimate: Math.round((bytes / minBytes) * gzipBytes) }));
  if (asJson) {
    console.log(JSON.stringify({ entry: name, minBytes, gzipBytes, rows }, null, 2));
  } else {
    const kb = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;
    console.log(`${name}: ${eager.length} initial chunk(s), ${kb(minBytes)} min, ${kb(gzipBytes)} gzip\n`);
    console.log(`${'package / folder'.padEnd(44)}${'min'.padStart(10)}${'≈ gzip'.padStart(10)}`);
    for (const row of rows) {
      console.log(`${row.group.padEnd(44)}${kb(row.minBytes).padStart(10)}${kb(row.gzipEstimate).padStart(10)}`);
    }
  }
} finally {
  await bundle.close();
}

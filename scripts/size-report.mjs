#!/usr/bin/env node
// `npm run size`: what each public entry point costs a browser, with everything it imports
// (Lit, the SDK, zod/mini, ky) bundled, tree-shaken and minified exactly like the CDN bundle
// (plugins and terser settings come from rollup.config.mjs), then gzipped. Counted: the entry and
// the chunks it imports statically; chunks only reached through import() (locale catalogs) are lazy
// and listed separately (size-report.json `lazyChunks`), not counted against the budget.
//
//   npm run size                 table + size-report.json; exit 1 if an entry is missing or over budget
//   npm run size -- --check      the same (the explicit form CI uses)
//   npm run size -- --report-only  never fails on budgets (still fails on a missing entry)
//   npm run size -- --json       print the JSON report instead of the table
//
// Units: kB = 1000 bytes. Budgets apply to the gzip size (zlib, default level 6) of the minified bundle.
// Every entry must exist: build the packages first (`npm run build`).
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { minifyPlugin, onwarn, resolvePlugins } from '../rollup.config.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const REPORT_FILE = 'size-report.json';
const KB = 1000;

/** Public entry points and their gzip budgets (bytes). */
const ENTRIES = [
  { name: '@txassist/sdk', input: 'packages/sdk/dist/index.js', budget: 15 * KB },
  {
    name: '@txassist/elements/order-tracker',
    input: 'packages/elements/dist/order-tracker/define.js',
    budget: 25 * KB,
    localeBudget: 4 * KB,
  },
  { name: '@txassist/elements (all)', input: 'packages/elements/dist/index.js', budget: 60 * KB },
];

const args = new Set(process.argv.slice(2));
const reportOnly = args.has('--report-only');
const asJson = args.has('--json');

/** Which package (or our own workspace package) a bundled module belongs to. */
function packageName(id) {
  const path = relative(root, id).split(sep).join('/');
  const nodeModules = path.lastIndexOf('node_modules/');
  if (nodeModules !== -1) {
    const [scopeOrName, name] = path.slice(nodeModules + 'node_modules/'.length).split('/');
    return scopeOrName.startsWith('@') ? `${scopeOrName}/${name}` : scopeOrName;
  }
  const workspace = /^packages\/([^/]+)\//.exec(path);
  return workspace ? `@txassist/${workspace[1]}` : path;
}

/** The entry chunk and every chunk it imports statically: what a page downloads before anything runs. */
function eagerChunks(chunks) {
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const eager = new Set();
  const visit = (chunk) => {
    if (eager.has(chunk)) return;
    eager.add(chunk);
    for (const name of chunk.imports) visit(byName.get(name));
  };
  visit(chunks.find((chunk) => chunk.isEntry));
  return [...eager];
}

/**
 * What one extra language costs the page: every lazy catalog chunk of that locale (one per namespace the
 * entry uses, `catalogs/<namespace>/<locale>.js`), summed. Regional variants (es-MX) count their own
 * chunks only: their parent's chunks are listed under the parent.
 */
function perLocale(lazyChunks) {
  const byLocale = new Map();
  for (const chunk of lazyChunks) {
    const match = /catalogs\/([^/]+)\/([^/]+)\.js$/.exec(chunk.facadeModuleId ?? '');
    if (!match) continue;
    const [, namespace, locale] = match;
    const entry = byLocale.get(locale) ?? { locale, namespaces: [], gzipBytes: 0 };
    entry.namespaces.push(namespace);
    entry.gzipBytes += gzipSize(chunk.code);
    byLocale.set(locale, entry);
  }
  return [...byLocale.values()].sort((a, b) => b.gzipBytes - a.gzipBytes);
}

const sum = (values) => values.reduce((total, value) => total + value, 0);
const gzipSize = (code) => gzipSync(code).length;

async function measure(entry) {
  const bundle = await rollup({ input: join(root, entry.input), plugins: resolvePlugins(), onwarn });
  try {
    const chunksOf = (output) => output.filter((item) => item.type === 'chunk');
    const raw = chunksOf((await bundle.generate({ format: 'es' })).output);
    const min = chunksOf((await bundle.generate({ format: 'es', plugins: [minifyPlugin()] })).output);
    // Dynamic import() targets (locale catalogs) are lazy chunks: reported, not counted against the budget.
    const eagerRaw = eagerChunks(raw);
    const eagerMin = eagerChunks(min);
    const lazyMin = min.filter((chunk) => !eagerMin.includes(chunk));
    const byPackage = new Map();
    for (const chunk of eagerRaw) {
      for (const [id, module] of Object.entries(chunk.modules)) {
        byPackage.set(packageName(id), (byPackage.get(packageName(id)) ?? 0) + module.renderedLength);
      }
    }
    const gzipBytes = sum(eagerMin.map((chunk) => gzipSize(chunk.code)));
    const locales = perLocale(lazyMin);
    const localesOk = !entry.localeBudget || locales.every((locale) => locale.gzipBytes <= entry.localeBudget);
    return {
      name: entry.name,
      input: entry.input,
      rawBytes: sum(eagerRaw.map((chunk) => Buffer.byteLength(chunk.code))),
      minBytes: sum(eagerMin.map((chunk) => Buffer.byteLength(chunk.code))),
      gzipBytes,
      budgetBytes: entry.budget,
      ok: gzipBytes <= entry.budget && localesOk,
      lazyChunks: lazyMin.map((chunk) => ({
        name: chunk.name,
        minBytes: Buffer.byteLength(chunk.code),
        gzipBytes: gzipSize(chunk.code),
      })),
      locales,
      localeBudgetBytes: entry.localeBudget ?? null,
      localesOk,
      // Unminified bytes per package, largest first: where to look when an entry goes over budget.
      packages: Object.fromEntries([...byPackage].filter(([, bytes]) => bytes > 0).sort(([, a], [, b]) => b - a)),
    };
  } finally {
    await bundle.close();
  }
}

const kb = (bytes) => `${(bytes / KB).toFixed(2)} kB`;

function printTable(results) {
  const useColor = process.stdout.isTTY && !process.env.NO_COLOR;
  const paint = (code, text) => (useColor ? `\x1b[${code}m${text}\x1b[0m` : text);
  const rows = [
    ['entry point', 'raw', 'min', 'gzip', 'budget (gzip)', 'largest extra locale (gzip)', 'locale budget', 'status'],
    ...results.map((r) => [
      r.name,
      kb(r.rawBytes),
      kb(r.minBytes),
      kb(r.gzipBytes),
      kb(r.budgetBytes),
      r.locales.length === 0
        ? '-'
        : `${r.locales[0].locale} ${kb(r.locales[0].gzipBytes)} (${r.locales.length} locales)`,
      r.localeBudgetBytes ? kb(r.localeBudgetBytes) : '-',
      r.ok ? 'OK' : 'OVER',
    ]),
  ];
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  const line = (row) =>
    row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ');
  console.log(`\nBundle sizes (kB = 1000 bytes; raw = bundled and tree-shaken, min = terser, gzip = zlib of min)\n`);
  console.log(paint('1', line(rows[0])));
  console.log('-'.repeat(line(rows[0]).length));
  for (const [index, row] of rows.slice(1).entries()) {
    const result = results[index];
    const text = line(row);
    console.log(result.ok ? text.replace(/OK$/, paint('32', 'OK')) : paint('31', text));
    if (!result.ok) {
      const top = Object.entries(result.packages).slice(0, 5);
      console.log(`    largest parts (unminified): ${top.map(([name, bytes]) => `${name} ${kb(bytes)}`).join(', ')}`);
    }
  }
  console.log(`\nWrote ${REPORT_FILE}`);
}

const missing = ENTRIES.filter((entry) => !existsSync(join(root, entry.input)));
if (missing.length > 0) {
  for (const entry of missing) console.error(`size: ${entry.name}: ${entry.input} does not exist`);
  console.error('size: every entry point must exist; build the packages first (npm run build)');
  process.exit(1);
}

const results = [];
for (const entry of ENTRIES) results.push(await measure(entry));
const over = results.filter((result) => !result.ok);

const report = {
  generatedAt: new Date().toISOString(),
  unit: 'bytes',
  budgetsApplyTo: 'gzipBytes',
  gzip: { library: 'node:zlib', level: 6 },
  ok: over.length === 0,
  entries: results,
};
writeFileSync(join(root, REPORT_FILE), `${JSON.stringify(report, null, 2)}\n`);

if (asJson) console.log(JSON.stringify(report, null, 2));
else printTable(results);

if (over.length > 0) {
  const message = over
    .flatMap((result) => [
      ...(result.gzipBytes > result.budgetBytes
        ? [`${result.name} is ${kb(result.gzipBytes - result.budgetBytes)} over`]
        : []),
      ...result.locales
        .filter((locale) => result.localeBudgetBytes && locale.gzipBytes > result.localeBudgetBytes)
        .map(
          (locale) =>
            `${result.name}: locale ${locale.locale} is ${kb(locale.gzipBytes - result.localeBudgetBytes)} over`,
        ),
    ])
    .join('; ');
  if (reportOnly) {
    console.warn(`\nsize: over budget (ignored, --report-only): ${message}`);
  } else {
    console.error(`\nsize: over budget: ${message}`);
    process.exit(1);
  }
}

#!/usr/bin/env node
// `npm run bench` — performance figures, not timed tests (see bench/README.md).
//
//   npm run bench                     build what is needed, run every benchmark, print tables
//   npm run bench -- api events       only these (api, events, elements, payments)
//   npm run bench -- --quick          short runs, for trying the harness (written to bench/.cache/quick/)
//   npm run bench -- --no-build       use the packages' current dist/ as it is
//
// Each benchmark writes bench/results/<name>.json with the machine it ran on; the whole run takes
// about three minutes on a 2-core machine.
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';

const BENCHMARKS = ['api', 'events', 'elements', 'payments'];

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    quick: { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  console.log(`npm run bench [-- ${BENCHMARKS.join('|')} …] [--quick] [--no-build]`);
  process.exit(0);
}
const unknown = positionals.filter((name) => !BENCHMARKS.includes(name));
if (unknown.length > 0) {
  console.error(`Unknown benchmark ${unknown.join(', ')}; choose from ${BENCHMARKS.join(', ')}.`);
  process.exit(2);
}
const selected = positionals.length > 0 ? BENCHMARKS.filter((name) => positionals.includes(name)) : BENCHMARKS;
const started = performance.now();

if (!values['no-build'] && selected.some((name) => name !== 'payments')) {
  // Only the packages: the benchmarks import their dist/ (the elements one bundles it with Rollup).
  console.log('build: tsc -b packages/contract packages/sdk packages/elements packages/server');
  const build = spawnSync(
    'npx',
    ['tsc', '-b', 'packages/contract', 'packages/sdk', 'packages/elements', 'packages/server'],
    { stdio: 'inherit' },
  );
  if (build.status !== 0) {
    console.error('bench: the build failed; fix it, or run with --no-build on the current dist/.');
    process.exit(1);
  }
}

// Imported after the build: they load the packages' dist/.
const { machineInfo, writeResult, heading, table, fmt } = await import('../bench/lib/report.mjs');
const modules = {
  api: async () => {
    const { runApi, printApi } = await import('../bench/api.mjs');
    return { run: runApi, print: printApi };
  },
  events: async () => {
    const { runEvents, printEvents } = await import('../bench/events.mjs');
    return { run: runEvents, print: printEvents };
  },
  elements: async () => {
    const { runElements, printElements } = await import('../bench/elements.mjs');
    return { run: runElements, print: printElements };
  },
  payments: async () => {
    const { runPayments, printPayments } = await import('../bench/payments.mjs');
    return { run: runPayments, print: printPayments };
  },
};

const machine = machineInfo();
console.log(
  `machine: ${machine.cpu_model}, ${machine.cores} cores, ${machine.memory_gib} GiB, Node ${machine.node}, load ${machine.load_average_1m}`,
);
if (values.quick) console.log('quick mode: short runs, figures are not comparable with full runs');

const results = {};
let failed = false;
for (const name of selected) {
  console.log(`\n${name}…`);
  try {
    const { run, print } = await modules[name]();
    const begun = performance.now();
    const loadBefore = os.loadavg()[0];
    const figures = await run({ quick: values.quick });
    const duration_s = Math.round((performance.now() - begun) / 100) / 10;
    // Other work on the machine (tests, builds) takes cores from the processes measured here.
    const load = { start: loadBefore, end: os.loadavg()[0] };
    const busy = Math.max(load.start, load.end) > machine.cores;
    const result = { ...figures, quick: values.quick, duration_s, load_average_1m: load, busy_machine: busy, machine };
    const file = await writeResult(name, result, { quick: values.quick });
    results[name] = result;
    console.log(print(result));
    console.log(`→ ${file} (${duration_s} s)`);
    if (busy) {
      console.log(
        `warning: the machine was busy (1-min load ${load.start.toFixed(1)} → ${load.end.toFixed(1)} on ${machine.cores} cores): these figures are low; run again when it is idle`,
      );
    }
  } catch (error) {
    failed = true;
    console.error(`${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
}

/** One line per benchmark with the figures people ask for. */
function summaryRows() {
  const rows = [['benchmark', 'figure']];
  const api = results.api;
  if (api) {
    for (const [kind, label] of [
      ['bare', 'bare Hono route'],
      ['pglite', 'GET /v1/orders/{id}, PGlite'],
      ['postgres', 'GET /v1/orders/{id}, PostgreSQL'],
    ]) {
      const run = api.runs[kind];
      if (!run || run.skipped) {
        rows.push(['api', `${label}: skipped`]);
        continue;
      }
      const ratio = api.ratios[kind] ? ` (${fmt(api.ratios[kind].throughput_vs_bare * 100, 1)} % of bare)` : '';
      rows.push([
        'api',
        `${label}: ${fmt(run.requests_per_s)} req/s, p50 ${fmt(run.latency_ms.p50, 2)} ms, p99 ${fmt(run.latency_ms.p99, 2)} ms${ratio}`,
      ]);
    }
  }
  const events = results.events;
  if (events) {
    const top = events.levels.at(-1);
    rows.push(['events', `held ${fmt(events.max_streams_held)} idle streams (${events.stopped_because})`]);
    if (top) {
      rows.push([
        'events',
        `fan-out to ${fmt(top.open)}: p50 ${fmt(top.fanout.p50_ms, 1)} ms, p99 ${fmt(top.fanout.p99_ms, 1)} ms`,
      ]);
    }
    rows.push([
      'events',
      `memory per idle stream: RSS ${fmt(events.memory_per_stream_kib.rss, 1)} KiB, heapUsed ${fmt(events.memory_per_stream_kib.heap_used, 1)} KiB`,
    ]);
  }
  const elements = results.elements;
  if (elements) {
    const first = elements.first_render_fresh_page;
    rows.push([
      'elements',
      `first render, ${fmt(elements.settings.rows)} checkpoints: tracker ${fmt(first.tracker.layout_ms_median, 1)} ms vs plain Lit ${fmt(first.plain.layout_ms_median, 1)} ms (${fmt(first.ratio_with_layout, 2)}×)`,
    ]);
    const update = elements.update_to_dom;
    rows.push([
      'elements',
      `live checkpoint event → DOM: tracker ${fmt(update.tracker.layout_ms_median, 2)} ms vs plain ${fmt(update.plain.layout_ms_median, 2)} ms`,
    ]);
  }
  for (const [kind, run] of Object.entries(results.payments?.runs ?? {})) {
    rows.push([
      'payments',
      run.skipped
        ? `${kind}: skipped`
        : `${kind}: ${fmt(run.intents)} concurrent confirmations, ${fmt(run.charges)} charges, p99 ${fmt(run.latency_ms.p99, 1)} ms`,
    ]);
  }
  return rows;
}

console.log(heading(`Summary (${fmt((performance.now() - started) / 1000, 0)} s)`));
console.log(table(summaryRows()));
process.exit(failed ? 1 : 0);

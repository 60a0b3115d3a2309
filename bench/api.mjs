// API throughput: authorised GET /v1/orders/{id} (buyer session, demo order) on PGlite and on
// PostgreSQL, next to a bare Hono route on the same @hono/node-server, in one run. Server and load
// generator are separate processes (one core each on a 2-core machine).
import { fileURLToPath } from 'node:url';
import { DEMO_FIXTURES, DEMO_KEYS } from '@txassist/server';
import { startChild } from './lib/child.mjs';
import { fmt, heading, table } from './lib/report.mjs';

const SERVER = fileURLToPath(new URL('./servers/server-child.mjs', import.meta.url));
const LOAD = fileURLToPath(new URL('./clients/load-child.mjs', import.meta.url));
const ORDER_ID = DEMO_FIXTURES.orders.in_transit;

/** A buyer session for demo buyer 1, minted the way a storefront back end does. */
async function buyerSession(url) {
  const response = await fetch(`${url}/v1/sessions`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${DEMO_KEYS.secretKey}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ buyer: { id: DEMO_FIXTURES.buyers[0].id } }),
  });
  if (response.status !== 201 && response.status !== 200) {
    throw new Error(`POST /v1/sessions answered ${response.status}: ${await response.text()}`);
  }
  return (await response.json()).token;
}

async function measure(kind, { connections, warmupMs, durationMs }) {
  const server = await startChild(SERVER, { args: [kind], execArgv: ['--expose-gc'] });
  try {
    const { url } = server.ready;
    let target;
    let headers = { Accept: 'application/json' };
    if (kind === 'bare') target = `${url}/bare`;
    else {
      const token = await buyerSession(url);
      target = `${url}/v1/orders/${ORDER_ID}`;
      // What the SDK sends from a browser: the session token and the publishable key.
      headers = { ...headers, Authorization: `Bearer ${token}`, 'X-Tx-Publishable-Key': DEMO_KEYS.publishableKey };
      const check = await fetch(target, { headers });
      if (check.status !== 200) throw new Error(`GET ${target} answered ${check.status}`);
      await check.arrayBuffer();
    }
    const load = await startChild(LOAD);
    try {
      const before = await server.call('cpu');
      const result = await load.call(
        'run',
        { options: { url: target, headers, connections, warmupMs, durationMs } },
        warmupMs + durationMs + 60_000,
      );
      const after = await server.call('cpu');
      // Below ~100 % the server process waits on something else (its database, the machine).
      const cpuUs = after.user + after.system - before.user - before.system;
      const serverCpu = cpuUs / 1000 / (after.wall_ms - before.wall_ms);
      return {
        target: kind === 'bare' ? 'GET /bare' : `GET /v1/orders/${ORDER_ID}`,
        ...result,
        server_cpu_percent: serverCpu * 100,
        // The server's CPU time over every response of the run (warm-up included): the cost of one
        // request, whatever the machine's load does to throughput.
        server_cpu_us_per_request: result.responses_total ? cpuUs / result.responses_total : null,
      };
    } finally {
      await load.stop();
    }
  } finally {
    await server.stop();
  }
}

export async function runApi({ quick = false } = {}) {
  const settings = { connections: 32, warmupMs: quick ? 1000 : 2000, durationMs: quick ? 3000 : 10_000 };
  const runs = {};
  for (const kind of ['bare', 'pglite', 'postgres']) {
    process.stdout.write(
      `  api: ${kind} (${settings.durationMs / 1000} s after ${settings.warmupMs / 1000} s warm-up)…\n`,
    );
    try {
      runs[kind] = await measure(kind, settings);
    } catch (error) {
      runs[kind] = { skipped: error instanceof Error ? error.message : String(error) };
      process.stdout.write(`  api: ${kind} skipped: ${runs[kind].skipped}\n`);
    }
  }
  const bare = runs.bare;
  const ratios = {};
  for (const kind of ['pglite', 'postgres']) {
    const run = runs[kind];
    if (!run?.requests || !bare?.requests) continue;
    ratios[kind] = {
      throughput_vs_bare: run.requests_per_s / bare.requests_per_s,
      p50_vs_bare: run.latency_ms.p50 / bare.latency_ms.p50,
      p99_vs_bare: run.latency_ms.p99 / bare.latency_ms.p99,
      cpu_per_request_vs_bare: run.server_cpu_us_per_request / bare.server_cpu_us_per_request,
    };
  }
  return {
    benchmark: 'api',
    description:
      'Closed-loop keep-alive load from a separate process: authorised GET /v1/orders/{id} (buyer session token + publishable key, demo order) on the reference API, and a bare Hono route returning {"ok":true} on the same @hono/node-server, in the same run.',
    settings: {
      connections: settings.connections,
      warmup_s: settings.warmupMs / 1000,
      duration_s: settings.durationMs / 1000,
      order_id: ORDER_ID,
      server: 'reference API in demo mode, request log at info level written to /dev/null',
    },
    runs,
    ratios,
  };
}

export function printApi(result) {
  const rows = [
    [
      'server',
      'route',
      'req/s',
      'p50 ms',
      'p90 ms',
      'p99 ms',
      'max ms',
      'non-2xx',
      'server CPU',
      'CPU µs/req',
      '× bare CPU/req',
      '× bare req/s',
    ],
  ];
  const labels = { bare: 'bare Hono', pglite: 'txassist PGlite', postgres: 'txassist PostgreSQL' };
  for (const [kind, run] of Object.entries(result.runs)) {
    if (run.skipped) {
      rows.push([labels[kind], `skipped: ${run.skipped}`]);
      continue;
    }
    const ratio = result.ratios[kind]?.throughput_vs_bare;
    rows.push([
      labels[kind],
      run.target,
      fmt(run.requests_per_s),
      fmt(run.latency_ms.p50, 2),
      fmt(run.latency_ms.p90, 2),
      fmt(run.latency_ms.p99, 2),
      fmt(run.latency_ms.max, 1),
      fmt(run.non_2xx),
      `${fmt(run.server_cpu_percent)} %`,
      fmt(run.server_cpu_us_per_request),
      kind === 'bare' ? '1.0' : fmt(result.ratios[kind]?.cpu_per_request_vs_bare, 1),
      kind === 'bare' ? '1.00' : fmt(ratio, 2),
    ]);
  }
  return `${heading(`API: ${result.settings.connections} connections, ${result.settings.duration_s} s each`)}\n${table(rows)}`;
}

// Event stream: how many idle SSE subscribers one server process holds, the fan-out latency of one
// event to all of them, and the server's memory per idle stream. Server (PGlite, demo mode) and
// subscribers run in separate processes; the server reports process.memoryUsage() over IPC.
import { fileURLToPath } from 'node:url';
import { DEFAULT_CONFIG, DEMO_KEYS } from '@txassist/server';
import { startChild } from './lib/child.mjs';
import { fmt, heading, table } from './lib/report.mjs';

const SERVER = fileURLToPath(new URL('./servers/server-child.mjs', import.meta.url));
const SUBSCRIBERS = fileURLToPath(new URL('./clients/sse-child.mjs', import.meta.url));
const EXTERNAL_ID = 'bench-buyer-1';

async function post(url, path, body, key = DEMO_KEYS.secretKey) {
  const response = await fetch(`${url}${path}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  const json = await response.json();
  if (response.status >= 300) throw new Error(`POST ${path} answered ${response.status}: ${JSON.stringify(json)}`);
  return json;
}

/** `count` buyer sessions of one buyer (found or created by external id), as a storefront back end mints them. */
async function mintSessions(url, count, concurrency = 8) {
  const tokens = [];
  let buyerId;
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next++ < count) {
        const session = await post(url, '/v1/sessions', {
          buyer: { external_id: EXTERNAL_ID, email: 'bench-buyer-1@example.com' },
        });
        buyerId = session.buyer_id;
        tokens.push(session.token);
      }
    }),
  );
  return { tokens, buyerId };
}

const mib = (bytes) => bytes / 2 ** 20;

/** Least-squares slope of `value(point.memory)` over `point.open`. */
function slope(points, value) {
  const n = points.length;
  const meanX = points.reduce((sum, point) => sum + point.open, 0) / n;
  const meanY = points.reduce((sum, point) => sum + value(point.memory), 0) / n;
  let numerator = 0;
  let denominator = 0;
  for (const point of points) {
    numerator += (point.open - meanX) * (value(point.memory) - meanY);
    denominator += (point.open - meanX) ** 2;
  }
  return denominator === 0 ? Number.NaN : numerator / denominator;
}

export async function runEvents({ quick = false } = {}) {
  const levels = quick ? [500, 1000] : [1000, 2000, 3000, 4000, 5000];
  const server = await startChild(SERVER, {
    args: [
      'pglite',
      JSON.stringify({
        // Minting thousands of sessions from one seller would hit the 120/min limit.
        config: {
          rateLimits: { ...DEFAULT_CONFIG.rateLimits, createSession: { limit: 1_000_000, windowMs: 60_000 } },
        },
      }),
    ],
    execArgv: ['--expose-gc'],
  });
  const subscribers = await startChild(SUBSCRIBERS);
  const { url } = server.ready;
  const rows = [];
  let stoppedBecause = null;
  try {
    const max = levels[levels.length - 1];
    process.stdout.write(`  events: minting ${max} buyer sessions…`);
    const started = performance.now();
    const { tokens, buyerId } = await mintSessions(url, max);
    const mintSeconds = (performance.now() - started) / 1000;
    process.stdout.write(` ${fmt(mintSeconds, 1)} s\n`);
    // One fresh order per probe (created now, before any stream listens, so no stream sees it).
    const orders = [];
    for (let index = 0; index < levels.length; index++) {
      const order = await post(url, '/v1/orders', {
        buyer_id: buyerId,
        currency: 'USD',
        line_items: [
          { title: 'Glow serum 30 ml', quantity: 1, unit_amount: 2400 },
          { title: 'Lip oil, rose', quantity: 2, unit_amount: 1200 },
        ],
      });
      orders.push(order.id);
    }
    const baseline = await server.call('mem');

    let opened = 0;
    // On a busy machine each level takes much longer; stop adding streams rather than run for many minutes.
    // BENCH_EVENTS_BUDGET_S lengthens it on a loaded machine (the load average is reported either way).
    const budgetMs = quick ? 60_000 : Number(process.env.BENCH_EVENTS_BUDGET_S ?? 120) * 1000;
    for (const level of levels) {
      if (performance.now() - started > budgetMs && opened > 0) {
        stoppedBecause = `time budget of ${budgetMs / 1000} s used up before ${level} streams (busy machine?)`;
        break;
      }
      process.stdout.write(`  events: ${level} idle streams…`);
      const batch = await subscribers.call('open', { url, tokens: tokens.slice(opened, level) }, 600_000);
      opened = level;
      const open = await subscribers.call('count');
      await new Promise((resolve) => setTimeout(resolve, 1000)); // let the streams settle into their wait
      const memory = await server.call('mem');
      process.stdout.write(` opened in ${fmt(batch.seconds, 1)} s, fan-out…\n`);
      let probe;
      try {
        probe = await subscribers.call(
          'fanout',
          { url, secretKey: DEMO_KEYS.secretKey, orderId: orders.shift(), status: 'on_hold', timeoutMs: 30_000 },
          120_000,
        );
      } catch (error) {
        probe = { error: error instanceof Error ? error.message.split('\n')[0] : String(error) };
      }
      rows.push({
        requested: level,
        open,
        open_failures: batch.failures,
        open_seconds: batch.seconds,
        memory: {
          rss_mib: mib(memory.rss),
          heap_used_mib: mib(memory.heapUsed),
          rss_kib_per_stream: (memory.rss - baseline.rss) / 1024 / open,
          heap_used_kib_per_stream: (memory.heapUsed - baseline.heapUsed) / 1024 / open,
        },
        fanout: probe.error
          ? { error: probe.error, all_delivered: false }
          : {
              delivered: probe.delivered,
              of: probe.subscribers,
              all_delivered: !probe.timed_out && probe.delivered === probe.subscribers,
              p50_ms: probe.from_response_ms.p50,
              p99_ms: probe.from_response_ms.p99,
              max_ms: probe.from_response_ms.max,
              post_ms: probe.post_ms,
              healthz_during_ms: probe.healthz_during_ms,
            },
        probe,
        raw_memory: memory,
      });
      if (open < level) {
        stoppedBecause = `only ${open} of ${level} streams open (${JSON.stringify(batch.failures)})`;
        break;
      }
      if (!rows.at(-1).fanout.all_delivered) {
        stoppedBecause = probe.error
          ? `the fan-out probe failed at ${level} streams: ${probe.error}`
          : `an event did not reach every subscriber within 30 s at ${level} streams`;
        break;
      }
    }
    // Memory per stream as the slope of a least-squares line through (0, baseline) and every level:
    // steadier than any single difference, since RSS moves with the allocator and PGlite's heap.
    const points = [{ open: 0, memory: baseline }, ...rows.map((row) => ({ open: row.open, memory: row.raw_memory }))];
    for (const row of rows) delete row.raw_memory;
    return {
      benchmark: 'events',
      description:
        'Idle GET /v1/events subscribers (one buyer, one session each, minted through POST /v1/sessions with the secret key) held by one server process on PGlite; fan-out = time from the POST /v1/orders/{id}/status response to each subscriber receiving the order.updated event, timed in the subscriber process; memory = server process.memoryUsage() after a full GC, minus the same before any stream opened, divided by the number of open streams.',
      settings: {
        backend: 'pglite',
        levels,
        cap: max,
        events_per_level: 1,
        sessions_minted: tokens.length,
        session_mint_seconds: mintSeconds,
        heartbeat_ms: DEFAULT_CONFIG.heartbeatMs,
        rate_limit_note: 'session creation limit raised for the benchmark server (120/min by default)',
      },
      baseline_memory: { rss_mib: mib(baseline.rss), heap_used_mib: mib(baseline.heapUsed) },
      max_streams_held: rows.reduce((most, row) => Math.max(most, row.open), 0),
      memory_per_stream_kib: {
        rss: slope(points, (memory) => memory.rss) / 1024,
        heap_used: slope(points, (memory) => memory.heapUsed) / 1024,
        external: slope(points, (memory) => memory.external) / 1024,
        method: 'least-squares slope of server memory over open streams (baseline before any stream included)',
      },
      stopped_because: stoppedBecause ?? `reached the cap of ${max} streams`,
      levels: rows,
    };
  } finally {
    await subscribers.stop();
    await server.stop();
  }
}

export function printEvents(result) {
  const rows = [
    [
      'streams',
      'open s',
      'fan-out p50 ms',
      'p99 ms',
      'max ms',
      'delivered',
      '/healthz meanwhile ms',
      'RSS MiB',
      'RSS KiB/stream',
      'heap KiB/stream',
    ],
  ];
  for (const level of result.levels) {
    rows.push([
      fmt(level.open),
      fmt(level.open_seconds, 1),
      fmt(level.fanout.p50_ms, 1),
      fmt(level.fanout.p99_ms, 1),
      fmt(level.fanout.max_ms, 1),
      `${fmt(level.fanout.delivered)}/${fmt(level.fanout.of)}`,
      fmt(level.fanout.healthz_during_ms, 1),
      fmt(level.memory.rss_mib, 1),
      fmt(level.memory.rss_kib_per_stream, 1),
      fmt(level.memory.heap_used_kib_per_stream, 1),
    ]);
  }
  const perStream = result.memory_per_stream_kib;
  return [
    heading(`Event stream (PGlite): held ${fmt(result.max_streams_held)} idle streams; ${result.stopped_because}`),
    table(rows),
    `memory per idle stream (slope over all levels): RSS ${fmt(perStream.rss, 1)} KiB, heapUsed ${fmt(perStream.heap_used, 1)} KiB`,
  ].join('\n');
}

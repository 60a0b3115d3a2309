// 200 concurrent payment confirmations with retries, on PGlite and PostgreSQL.
//
// Setup: 200 buyers each get a checkout whose first payment was declined (intent back in
// `requires_payment_method`). Then all 200 confirm at once through the SDK with a new card. One in
// five responses is "lost" on its way back (the fetch throws after the server answered), so the SDK
// retries with the same idempotency key; one in ten buyers also double-clicks (a second confirm
// with its own key). The figure that must hold: charges made = intents (exactly one each).
// Latency is per logical confirmation, retries included. Client and server share this process.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createClient } from '@txassist/sdk';
import { countCharges, DEMO_KEYS, DEMO_PRODUCTS, openDatabase, startServer } from '@txassist/server';
import { fmt, heading, table } from './lib/report.mjs';
import { summarize } from './lib/stats.mjs';

const ADMIN_URL =
  process.env.BENCH_DATABASE_URL ??
  process.env.TEST_DATABASE_URL ??
  'postgres://postgres:postgres@127.0.0.1:5432/postgres';
const ADDRESS = {
  name: 'Bench Buyer',
  line1: '1 Main St',
  city: 'Austin',
  region: 'TX',
  postal_code: '73301',
  country: 'US',
};
const DECLINE = '4000000000000002';

async function admin(sql) {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function openBackend(kind) {
  if (kind === 'pglite') return { db: await openDatabase({ dataDir: 'memory://' }), drop: async () => {} };
  const name = `txassist_bench_pay_${randomBytes(5).toString('hex')}`;
  await admin(`create database ${name}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    db: await openDatabase({ databaseUrl: url.toString() }),
    drop: () => admin(`drop database if exists ${name} with (force)`),
  };
}

/** Luhn-valid Visa numbers that are not test cards (each buyer pays with a card of its own). */
function cardNumber(index) {
  const body = `4${String(900_000_000 + index).padStart(14, '0')}`;
  for (let check = 0; check < 10; check++) {
    const candidate = body + check;
    let sum = 0;
    for (let i = 0; i < candidate.length; i++) {
      let digit = Number(candidate[candidate.length - 1 - i]);
      if (i % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
      sum += digit;
    }
    if (sum % 10 === 0) return candidate;
  }
  throw new Error('unreachable');
}

async function post(url, path, body, headers) {
  const response = await fetch(url + path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  const json = await response.json();
  if (!response.ok) throw new Error(`${path}: ${response.status} ${JSON.stringify(json)}`);
  return json;
}

/** A fetch that loses every `lossEvery`-th response after the server handled the request. */
function lossyFetch(lossEvery, counter) {
  return async (input, init) => {
    const method = init?.method ?? (input instanceof Request ? input.method : 'GET');
    const response = await fetch(input, init);
    if (method === 'POST' && ++counter.posts % lossEvery === 0) {
      await response.arrayBuffer();
      counter.lost++;
      throw new TypeError('fetch failed (simulated lost response)');
    }
    return response;
  };
}

async function measure(kind, count) {
  const backend = await openBackend(kind);
  const server = await startServer({
    port: 0,
    database: backend.db,
    demo: true,
    logLevel: 'silent',
    config: {
      backgroundLoops: false,
      // Setup mints one session per buyer, more than the default per-minute limit.
      rateLimits: { createSession: { limit: 100_000, windowMs: 60_000 }, guestLookup: { limit: 10, windowMs: 60_000 } },
    },
  });
  try {
    const { url } = server;
    const pk = { 'X-Tx-Publishable-Key': DEMO_KEYS.publishableKey };
    const sk = { Authorization: `Bearer ${DEMO_KEYS.secretKey}` };
    // Setup (not timed): buyers, checkouts, a declined first payment, a fresh card token each.
    const buyers = [];
    for (let index = 0; index < count; index++) {
      const session = await post(
        url,
        '/v1/sessions',
        { buyer: { external_id: `bench-${index}`, email: `bench-${index}@example.test` } },
        sk,
      );
      const auth = { Authorization: `Bearer ${session.token}` };
      const checkout = await post(
        url,
        '/v1/checkouts',
        { items: [{ product_id: DEMO_PRODUCTS[index % 4].id, quantity: 1 + (index % 3) }] },
        auth,
      );
      await post(url, `/v1/checkouts/${checkout.id}`, { shipping_address: ADDRESS }, auth);
      const declined = await post(
        url,
        `/v1/card-tokens`,
        { number: DECLINE, exp_month: 12, exp_year: 2035, cvc: '123' },
        pk,
      );
      const intent = await post(
        url,
        `/v1/checkouts/${checkout.id}/place`,
        { payment_method: { type: 'card', token: declined.token } },
        auth,
      );
      const token = await post(
        url,
        '/v1/card-tokens',
        { number: cardNumber(index), exp_month: 12, exp_year: 2035, cvc: '123' },
        pk,
      );
      buyers.push({ session: session.token, intentId: intent.id, cardToken: token.token });
    }
    const counter = { posts: 0, lost: 0 };
    const latencies = [];
    let doubleClicks = 0;
    const errors = [];
    const started = performance.now();
    await Promise.all(
      buyers.map(async (buyer, index) => {
        const client = createClient({
          apiBase: url,
          publishableKey: DEMO_KEYS.publishableKey,
          getSessionToken: () => buyer.session,
          fetch: lossyFetch(5, counter),
          retryBaseDelay: 20,
          retryMaxDelay: 200,
          maxRetries: 5,
        });
        const body = { payment_method: { type: 'card', token: buyer.cardToken } };
        const begun = performance.now();
        const calls = [client.paymentIntents.confirm(buyer.intentId, body)];
        if (index % 10 === 0) {
          doubleClicks++;
          // The second click may see the token already used (422) or the paid intent; both are fine.
          calls.push(client.paymentIntents.confirm(buyer.intentId, body).catch((error) => ({ status: error.code })));
        }
        try {
          const [first] = await Promise.all(calls);
          if (first.status !== 'succeeded') errors.push(`${buyer.intentId}: ${first.status}`);
        } catch (error) {
          errors.push(`${buyer.intentId}: ${error.code ?? error.message}`);
        }
        latencies.push(performance.now() - begun);
      }),
    );
    const wallMs = performance.now() - started;
    const charges = await countCharges(
      backend.db,
      buyers.map((buyer) => buyer.intentId),
    );
    return {
      intents: count,
      charges,
      charges_equal_intents: charges === count,
      failed_confirmations: errors.length,
      errors: errors.slice(0, 5),
      lost_responses_retried: counter.lost,
      double_clicks: doubleClicks,
      wall_ms: wallMs,
      confirmations_per_s: count / (wallMs / 1000),
      latency_ms: summarize(latencies),
    };
  } finally {
    await server.close();
    await backend.db.close();
    await backend.drop();
  }
}

export async function runPayments({ quick = false } = {}) {
  const count = quick ? 50 : 200;
  const runs = {};
  for (const kind of ['pglite', 'postgres']) {
    process.stdout.write(`  payments: ${kind}, ${count} concurrent confirmations…\n`);
    try {
      runs[kind] = await measure(kind, count);
    } catch (error) {
      runs[kind] = { skipped: error instanceof Error ? error.message : String(error) };
      process.stdout.write(`  payments: ${kind} skipped: ${runs[kind].skipped}\n`);
    }
  }
  const broken = Object.values(runs).some((run) => run.charges !== undefined && !run.charges_equal_intents);
  if (broken) throw new Error(`charges made differ from intents: ${JSON.stringify(runs)}`);
  return {
    benchmark: 'payments',
    description: `${count} payment intents (each declined once) confirmed concurrently through the SDK with a new card; every 5th response is lost after the server answered (SDK retries with the same idempotency key) and every 10th buyer double-clicks (a second confirm, own key). Client and server in one process; test gateway.`,
    settings: { intents: count, lost_response_every: 5, double_click_every: 10, sdk_max_retries: 5 },
    runs,
  };
}

export function printPayments(result) {
  const rows = [
    [
      'backend',
      'intents',
      'charges',
      'lost+retried',
      'double clicks',
      'failed',
      'p50 ms',
      'p90 ms',
      'p99 ms',
      'max ms',
      'conf/s',
    ],
  ];
  for (const [kind, run] of Object.entries(result.runs)) {
    if (run.skipped) {
      rows.push([kind, `skipped: ${run.skipped}`]);
      continue;
    }
    rows.push([
      kind,
      fmt(run.intents),
      fmt(run.charges),
      fmt(run.lost_responses_retried),
      fmt(run.double_clicks),
      fmt(run.failed_confirmations),
      fmt(run.latency_ms.p50, 1),
      fmt(run.latency_ms.p90, 1),
      fmt(run.latency_ms.p99, 1),
      fmt(run.latency_ms.max, 1),
      fmt(run.confirmations_per_s, 1),
    ]);
  }
  return `${heading('Payments: concurrent confirmations with retries')}\n${table(rows)}`;
}

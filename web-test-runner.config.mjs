/**
 * Element tests in headless Chromium against the real reference API.
 *
 * One API server (PGlite in memory, demo data) starts with the test runner and stops with it.
 * The secret key stays here in Node: pages get buyer session tokens from `/__tx/session`, a route
 * this config adds to the test server, exactly like a storefront back end would mint them.
 *
 * Routes served to test pages:
 * - `GET /__tx/config` → `{ apiBase, unreachableApiBase, publishableKey, fixtures }`
 * - `GET /__tx/otp?email=<address>` → `{ code }`: the newest 6-digit code in mail the API sent to that address
 *   (step-up verification); the API's mail goes to a real SMTP capture this config starts
 * - `GET /__tx/session?buyer=byr_…` → `{ token }` (minted with the secret key)
 * - `GET /__tx/session?external_id=…` → `{ token, buyerId }` for a buyer created on first use (no orders)
 * - `GET /__tx/order?buyer=byr_…&statuses=awaiting_shipment,…` → `{ id, number }`: an order the seller creates
 *   for that buyer and moves through `statuses` (their inbox gets the messages those changes send)
 * - `POST /__tx/shipment` `{ order_id, estimated_delivery? }` → the shipment the seller creates for that order
 *   (carrier `sim`, a fresh tracking number)
 * - `POST /__tx/carrier-event` `{ id, tracking_number, tag, message, occurred_at, … }` → the API's answer to that
 *   carrier event, signed here with the simulated carrier's secret
 * - `GET /__tx/csp/page?report=<key>` → a page under a strict CSP (nonce scripts, `style-src 'self'`, Trusted
 *   Types) that loads `test/browser-support/csp/page.ts`; the browser's violation reports go to
 *   `POST /__tx/csp/report?report=<key>` and are read back with `GET /__tx/csp/reports?report=<key>`
 * - `ANY /__tx/flaky/<key>/<api path>` → proxied to the API, unless `GET /__tx/network?key=<key>&state=down`
 *   switched it off: then connections are dropped, so the page sees a real network failure.
 */
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs';
import { DEFAULT_CONFIG, DEMO_FIXTURES, DEMO_KEYS, signWebhook, startServer } from '@txassist/server';
import { randomBytes } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { DEMO_STAFF, totpAt, totpStep } from '@txassist/server';

const FLAKY_PREFIX = '/__tx/flaky/';

/** A local port nobody listens on (taken from the OS, then released), so connections are refused. */
async function closedPort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** A real SMTP server on a free port that keeps every message (the API's outgoing mail in tests). */
async function startMailCapture() {
  const messages = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      let raw = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk) => (raw += chunk));
      stream.on('end', () => {
        messages.push({ to: session.envelope.rcptTo.map((rcpt) => rcpt.address.toLowerCase()), raw });
        callback();
      });
    },
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `smtp://127.0.0.1:${server.server.address().port}`,
    messages,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

function txApi() {
  /** @type {import('@txassist/server').RunningServer | undefined} */
  let api;
  let unreachableApiBase = '';
  /** @type {Awaited<ReturnType<typeof startMailCapture>> | undefined} */
  let mail;
  /** Keys of flaky routes that are switched off. */
  const down = new Set();

  const json = (ctx, status, body) => {
    ctx.status = status;
    ctx.type = 'application/json';
    ctx.set('Cache-Control', 'no-store');
    ctx.body = JSON.stringify(body);
  };

  /** `buyer`: `{ id }` of an existing buyer, or `{ external_id, email }` to create one on first use. */
  async function mintSession(buyer) {
    const response = await fetch(`${api.url}/v1/sessions`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${DEMO_KEYS.secretKey}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ buyer }),
    });
    return { status: response.status, body: await response.json() };
  }

  /** CSP violation reports the browser sent, per test page (`report` key). */
  const cspReports = new Map();

  async function readBody(ctx) {
    const chunks = [];
    for await (const chunk of ctx.req) chunks.push(chunk);
    return Buffer.concat(chunks).toString('utf8');
  }

  /**
   * The strict page: every script needs this response's nonce ('strict-dynamic' lets the nonced module
   * import the rest), styles only from this origin (constructable stylesheets are not subject to it;
   * inline `<style>` and `style=""` are), Trusted Types for every DOM XSS sink with only Lit's policy.
   */
  async function serveCspPage(ctx) {
    const nonce = randomBytes(16).toString('base64url');
    const key = encodeURIComponent(String(ctx.query.report ?? 'default'));
    const policy = [
      "default-src 'none'",
      `script-src 'nonce-${nonce}' 'strict-dynamic'`,
      "style-src 'self'",
      `connect-src 'self' ${api.url}`,
      // The checkout helper's card fields are an iframe served by the API.
      `frame-src ${new URL(api.url).origin}`,
      "img-src 'self' data:",
      "font-src 'self'",
      "base-uri 'none'",
      "object-src 'none'",
      "form-action 'none'",
      "frame-ancestors 'self'",
      "require-trusted-types-for 'script'",
      'trusted-types lit-html',
      `report-uri /__tx/csp/report?report=${key}`,
    ].join('; ');
    const template = await readFile(new URL('./test/browser-support/csp/page.html', import.meta.url), 'utf8');
    ctx.status = 200;
    ctx.type = 'text/html';
    ctx.set('Cache-Control', 'no-store');
    ctx.set('Content-Security-Policy', policy);
    ctx.body = template.replaceAll('{{nonce}}', nonce);
  }

  async function proxy(ctx, path) {
    const headers = new Headers();
    for (const [name, value] of Object.entries(ctx.request.headers)) {
      if (typeof value === 'string' && !['host', 'connection', 'content-length', 'accept-encoding'].includes(name))
        headers.set(name, value);
    }
    const hasBody = !['GET', 'HEAD'].includes(ctx.method);
    const body = hasBody
      ? await new Promise((resolve, reject) => {
          const chunks = [];
          ctx.req.on('data', (chunk) => chunks.push(chunk));
          ctx.req.on('end', () => resolve(Buffer.concat(chunks)));
          ctx.req.on('error', reject);
        })
      : undefined;
    const response = await fetch(`${api.url}${path}${ctx.search}`, { method: ctx.method, headers, body });
    ctx.status = response.status;
    response.headers.forEach((value, name) => {
      if (!['content-encoding', 'content-length', 'transfer-encoding', 'connection'].includes(name))
        ctx.set(name, value);
    });
    ctx.body = Buffer.from(await response.arrayBuffer());
  }

  /** Disputes and refunds (issue 7): the seller and a signed-in agent act through these, the browser only as the buyer. */
  let agentToken;
  async function agentSession() {
    if (agentToken) return agentToken;
    const staff = DEMO_STAFF.agent;
    const totp_code = await totpAt(staff.totpSecret, totpStep(new Date()) + 1);
    const response = await fetch(`${api.url}/v1/staff/sessions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: staff.email, password: staff.password, totp_code }),
    });
    if (response.status !== 201) throw new Error(`agent sign-in failed: ${response.status} ${await response.text()}`);
    agentToken = (await response.json()).token;
    return agentToken;
  }

  /** A delivered order of the demo seller for `buyerId`, created and moved on like a real shop would. */
  async function deliveredOrder(buyerId) {
    const call = (path, body) =>
      fetch(`${api.url}${path}`, {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${DEMO_KEYS.secretKey}`,
          'Content-Type': 'application/json',
          'Idempotency-Key': randomBytes(12).toString('hex'),
        },
        body: JSON.stringify(body),
      });
    const created = await call('/v1/orders', {
      buyer_id: buyerId,
      currency: 'USD',
      line_items: [
        { title: 'Glow Serum 30 ml', quantity: 1, unit_amount: 2400, sku: 'GS-30' },
        { title: 'Velvet Lip Tint', quantity: 2, unit_amount: 1250, sku: 'LT-ROSE' },
      ],
      shipping_amount: 499,
    });
    if (created.status !== 201) return { status: created.status, body: await created.json() };
    const order = await created.json();
    for (const status of ['awaiting_shipment', 'in_transit', 'delivered']) {
      const moved = await call(`/v1/orders/${order.id}/status`, { status });
      if (!moved.ok) return { status: moved.status, body: await moved.json() };
    }
    return { status: 201, body: order };
  }

  return {
    plugin: {
      name: 'txassist-api',
      async serverStart() {
        unreachableApiBase = `http://127.0.0.1:${await closedPort()}`;
        mail = await startMailCapture();
        // Under `npm test` every line goes to the run's log folder, which its last step scans for personal data.
        const { testRunLogger } = await import('./scripts/test-run-logs.mjs');
        api = await startServer({
          port: 0,
          host: '127.0.0.1',
          demo: true,
          logLevel: 'warn',
          config: {
            smtpUrl: mail.url,
            ...(await testRunLogger('browser-api')),
            // As in the node tests: every answer is checked against its contract schema, so drift is a 500 here too.
            validateResponses: true,
            // Every test page mints its sessions through this one server with the one demo seller key: the
            // per-seller limit (120 a minute) would make a file fail because others had minted many just before.
            rateLimits: { ...DEFAULT_CONFIG.rateLimits, createSession: { limit: 100_000, windowMs: 60_000 } },
          },
        });
      },
      async serverStop() {
        await api?.close();
        await mail?.close();
      },
    },
    /** Koa middleware: runs before the dev server's own file serving. */
    async middleware(ctx, next) {
      if (!ctx.path.startsWith('/__tx/')) return next();
      if (!api) return json(ctx, 503, { error: 'The API server has not started' });

      if (ctx.path === '/__tx/config') {
        return json(ctx, 200, {
          apiBase: api.url,
          unreachableApiBase,
          publishableKey: DEMO_KEYS.publishableKey,
          fixtures: DEMO_FIXTURES,
        });
      }
      if (ctx.path === '/__tx/session') {
        const externalId = ctx.query.external_id;
        const buyer = externalId
          ? { external_id: String(externalId), email: `${String(externalId).replace(/[^\w.-]/g, '_')}@example.test` }
          : { id: ctx.query.buyer ?? DEMO_FIXTURES.buyers[0].id };
        const { status, body } = await mintSession(buyer);
        return json(ctx, status, status < 300 ? { token: body.token, buyerId: body.buyer_id } : body);
      }
      if (ctx.path === '/__tx/order') {
        // An order for `buyer` (e.g. a fresh one), moved by the seller through `statuses`: each change the
        // buyer is told about lands in their inbox, so inbox tests never touch the shared demo orders.
        const seller = async (path, body) => {
          const response = await fetch(`${api.url}${path}`, {
            method: 'POST',
            headers: { Authorization: `Bearer ${DEMO_KEYS.secretKey}`, 'Content-Type': 'application/json' },
            body: JSON.stringify(body),
          });
          return { status: response.status, body: await response.json() };
        };
        const created = await seller('/v1/orders', {
          buyer_id: String(ctx.query.buyer ?? ''),
          currency: 'USD',
          line_items: [{ title: 'Glow Serum 30 ml', quantity: 1, unit_amount: 2400 }],
        });
        if (created.status >= 300) return json(ctx, created.status, created.body);
        const statuses = String(ctx.query.statuses ?? '').split(',');
        for (const status of statuses.filter(Boolean)) {
          const moved = await seller(`/v1/orders/${created.body.id}/status`, { status });
          if (moved.status >= 300) return json(ctx, moved.status, moved.body);
        }
        return json(ctx, 200, { id: created.body.id, number: created.body.number });
      }
      if (ctx.path === '/__tx/shipment' && ctx.method === 'POST') {
        // The seller hands an order's items to the simulated carrier: a fresh tracking number per call,
        // so live-update tests never move the shared demo shipments.
        const { order_id: orderId, estimated_delivery } = JSON.parse((await readBody(ctx)) || '{}');
        const trackingNumber = `WTR${Date.now().toString(36).toUpperCase()}${randomBytes(3).toString('hex').toUpperCase()}`;
        const response = await fetch(`${api.url}/v1/orders/${encodeURIComponent(String(orderId))}/shipments`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${DEMO_KEYS.secretKey}`, 'Content-Type': 'application/json' },
          body: JSON.stringify({ carrier: 'sim', tracking_number: trackingNumber, estimated_delivery }),
        });
        return json(ctx, response.status, await response.json());
      }
      if (ctx.path === '/__tx/carrier-event' && ctx.method === 'POST') {
        // A carrier checkpoint, signed here with the simulated carrier's secret (which never reaches the page)
        // and posted to the API's carrier webhook exactly as a carrier would.
        const body = (await readBody(ctx)) || '{}';
        const signature = await signWebhook(body, [DEMO_FIXTURES.carrierSecret], Math.floor(Date.now() / 1000));
        const response = await fetch(`${api.url}/v1/carriers/sim/events`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Tx-Signature': signature },
          body,
        });
        return json(ctx, response.status, await response.json());
      }
      if (ctx.path === '/__tx/otp') {
        // Newest first: a resent code replaces the old one. The code is read here, never by the page's API.
        const to = String(ctx.query.email ?? '').toLowerCase();
        const mailTo = mail.messages.filter((message) => message.to.includes(to)).reverse();
        for (const message of mailTo) {
          const code = /verification code is (\d{6})/i.exec(message.raw.replace(/=\r?\n/g, ''))?.[1];
          if (code) return json(ctx, 200, { code, count: mailTo.length });
        }
        return json(ctx, 404, { error: `No verification code mailed to ${to}` });
      }
      if (ctx.path === '/__tx/csp/page') return serveCspPage(ctx);
      if (ctx.path === '/__tx/csp/report' && ctx.method === 'POST') {
        const key = String(ctx.query.report ?? 'default');
        const text = await readBody(ctx);
        let report;
        try {
          report = JSON.parse(text)['csp-report'] ?? JSON.parse(text);
        } catch {
          report = { unparsed: text };
        }
        cspReports.set(key, [...(cspReports.get(key) ?? []), report]);
        ctx.status = 204;
        return;
      }
      if (ctx.path === '/__tx/csp/reports') {
        return json(ctx, 200, { reports: cspReports.get(String(ctx.query.report ?? 'default')) ?? [] });
      }
      if (ctx.path === '/__tx/network') {
        const key = String(ctx.query.key ?? '');
        if (ctx.query.state === 'down') down.add(key);
        else down.delete(key);
        return json(ctx, 200, { key, down: down.has(key) });
      }
      if (ctx.path.startsWith(FLAKY_PREFIX)) {
        const rest = ctx.path.slice(FLAKY_PREFIX.length);
        const slash = rest.indexOf('/');
        const key = slash === -1 ? rest : rest.slice(0, slash);
        if (down.has(key)) {
          // Drop the connection without an answer: the browser's fetch rejects like on a dead network.
          ctx.status = 503; // only for the runner's request log; the page never gets an answer
          ctx.respond = false;
          ctx.req.socket.destroy();
          return;
        }
        return proxy(ctx, slash === -1 ? '/' : rest.slice(slash));
      }
      // `POST /__tx/seller/delivered-order?buyer=byr_…` → a fresh delivered order for that buyer (secret key).
      if (ctx.path === '/__tx/seller/delivered-order' && ctx.method === 'POST') {
        const { status, body } = await deliveredOrder(String(ctx.query.buyer ?? ''));
        return json(ctx, status, body);
      }
      // `ANY /__tx/seller/api/<api path>` → the API as the demo seller; `ANY /__tx/agent/api/<api path>` → as the demo agent.
      for (const [prefix, token] of [
        ['/__tx/seller/api/', async () => DEMO_KEYS.secretKey],
        ['/__tx/agent/api/', agentSession],
      ]) {
        if (!ctx.path.startsWith(prefix)) continue;
        ctx.request.headers.authorization = `Bearer ${await token()}`;
        return proxy(ctx, `/${ctx.path.slice(prefix.length)}`);
      }
      return json(ctx, 404, { error: `No test route ${ctx.path}` });
    },
  };
}

const api = txApi();

/**
 * The test files, sorted; `TX_TEST_ORDER=reverse` runs them last to first, to show that no file depends on
 * what another one did before it (they share the one API server above).
 */
const testFiles = readdirSync(new URL('./test/elements/', import.meta.url), { recursive: true })
  .filter((name) => name.endsWith('.test.ts'))
  .map((name) => `test/elements/${name}`)
  .sort();
if (process.env.TX_TEST_ORDER === 'reverse') testFiles.reverse();

export default {
  files: testFiles,
  nodeResolve: true,
  concurrency: 2,
  // Per file: the story/axe files render ~150 stories × locales × themes; on a loaded 2-core machine they
  // took over 180 s, so the limit only guards against a hung file.
  testsFinishTimeout: 420_000,
  // forbidOnly: a committed `.only` fails the run instead of quietly skipping every other test.
  testFramework: { config: { timeout: 15_000, forbidOnly: true } },
  middleware: [api.middleware],
  plugins: [
    api.plugin,
    // Standard (TC39) decorators and `accessor` fields are lowered by esbuild for an ES2022 target,
    // with the repo's compiler options (useDefineForClassFields, no experimentalDecorators).
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: new URL('./tsconfig.base.json', import.meta.url).pathname }),
  ],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] },
    }),
  ],
};

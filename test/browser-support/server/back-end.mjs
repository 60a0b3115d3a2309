/**
 * The browser tests' back end, as a web-test-runner plugin: one reference API server (PGlite in memory,
 * demo data, its mail going to a real SMTP capture) starts with the runner and stops with it.
 *
 * Test pages reach it through server commands (`executeServerCommand` from `@web/test-runner-commands`,
 * wrapped in test/browser-support/tx-api.ts) — see COMMANDS below. Only what the browser itself must
 * request stays HTTP, under `/__tx/`:
 * - `GET /__tx/csp/page?report=<key>`: a page under a strict CSP; `POST /__tx/csp/report` its violation reports
 * - `ANY /__tx/flaky/<key>/<api path>`: the API through a network a test can cut (`tx-network`)
 */
import { DEFAULT_CONFIG, DEMO_FIXTURES, DEMO_KEYS, startServer } from '@txassist/server';
import { createServer } from 'node:net';
import { startSmtpCapture } from '../../../scripts/smtp-capture.mjs';
import { testRunLogger } from '../../../scripts/test-run-logs.mjs';
import { apiActors } from './api-as.mjs';
import { ariaSnapshot } from './aria-snapshots.mjs';
import { cspPage } from './csp-page.mjs';
import { flakyNetwork } from './flaky-network.mjs';
import { json } from './http.mjs';
import { mailedCode } from './mailed-code.mjs';

/** A local port nobody listens on (taken from the OS, then released), so connections are refused. */
async function closedPort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function startApi(smtpUrl) {
  return startServer({
    port: 0,
    host: '127.0.0.1',
    demo: true,
    logLevel: 'warn',
    config: {
      smtpUrl,
      // Under `npm test` every line goes to the run's log folder, which the `logs` step scans for personal data.
      ...(await testRunLogger('browser-api')),
      // As in the node tests: every answer is checked against its contract schema, so drift is a 500 here too.
      validateResponses: true,
      // Every test page mints its sessions through this one server with the one demo seller key: the
      // per-seller limit (120 a minute) would make a file fail because others had minted many just before.
      rateLimits: { ...DEFAULT_CONFIG.rateLimits, createSession: { limit: 100_000, windowMs: 60_000 } },
      // Every decline test (checkout, announcements, the assistant's "payment failed" in each locale) pays
      // with the one generic-decline test card, from many buyers within minutes, and every page pays from
      // 127.0.0.1: at the default limits the risk rules would challenge or hold a payment instead of
      // declining or charging it, depending on which files ran before. (risk.test.ts tests the limits.)
      riskLimits: { cardAttempts: 100_000, otherBuyersPerCard: 100_000, buyerAttempts: 100_000, ipAttempts: 100_000 },
    },
  });
}

export function txTestBackEnd() {
  /** @type {{ api: import('@txassist/server').RunningServer, mail: Awaited<ReturnType<typeof startSmtpCapture>>, actors: ReturnType<typeof apiActors>, unreachableApiBase: string } | undefined} */
  let running;
  const csp = cspPage();
  const network = flakyNetwork();

  /** Server command → what it does with its payload; each answers JSON (API calls as `{ status, body }`). */
  const COMMANDS = {
    /** `{}` → `{ apiBase, unreachableApiBase, publishableKey, fixtures }` */
    'tx-config': () => ({
      apiBase: running.api.url,
      unreachableApiBase: running.unreachableApiBase,
      publishableKey: DEMO_KEYS.publishableKey,
      fixtures: DEMO_FIXTURES,
    }),
    /** `{ buyer?: 'byr_…' }` or `{ external_id }` → `{ status, body: { token, buyerId } }` (minted with the secret key) */
    'tx-session': (payload) => running.actors.session(payload),
    /** `{ buyer }` → `{ status, body: order }`: a fresh delivered order of the demo seller for that buyer */
    'tx-delivered-order': (payload) => running.actors.deliveredOrder(payload),
    /** `{ token }` (a buyer's session) → `{ status, body: { order_id, checkout_id } }`: an order left unpaid by a declined card */
    'tx-declined-order': (payload) => running.actors.declinedOrder(payload),
    /** `{ order_id, estimated_delivery? }` → `{ status, body: shipment }` with the simulated carrier */
    'tx-shipment': (payload) => running.actors.shipment(payload),
    /** a carrier event `{ id, tracking_number, tag, message, occurred_at, … }` → `{ status, body }`, signed here */
    'tx-carrier-event': (payload) => running.actors.carrierEvent(payload),
    /** `{ as: 'seller' | 'agent', method, path: '/v1/…', body? }` → `{ status, body }` */
    'tx-api': ({ as, method, path, body }) => running.actors.call(as, method, path, body),
    /** `{ email }` → `{ code, count }`: the newest verification code mailed to that address (`code: null` if none) */
    'tx-mailed-code': ({ email }) => mailedCode(running.mail.messages, email),
    /** `{ key, down }` → `{ key, down }`: cuts or restores the network of `/__tx/flaky/<key>/…` */
    'tx-network': ({ key, down }) => network.set(key, down),
    /** `{ report }` → the CSP violation reports the browser sent for that page key */
    'tx-csp-reports': ({ report }) => csp.reportsFor(report),
    /** `{ selector, name }` → `{ actual, expected, updated }`: Playwright's ARIA snapshot vs test/aria-snapshots/<name>.yml */
    'tx-aria-snapshot': (payload, session) => ariaSnapshot(session, payload),
    /**
     * `{ features: [{ name, value }] }` → `{ features }`: CDP `Emulation.setEmulatedMedia` on the test's page,
     * e.g. `prefers-contrast: more` or `forced-colors: active` (`value: ''` clears one). The CDP session stays
     * open (an emulation ends with its session).
     */
    'tx-media-features': async ({ features }, session) => {
      const page = session.browser.getPage(session.id);
      let cdp = cdpSessions.get(page);
      if (!cdp) cdpSessions.set(page, (cdp = await page.context().newCDPSession(page)));
      await cdp.send('Emulation.setEmulatedMedia', { features });
      return { features };
    },
    /**
     * `{ pattern, delayMs }` → `{ pattern, delayMs }`: the test's page gets files whose URL matches the glob
     * `pattern` (e.g. a lazily loaded chunk) `delayMs` late, as on a slow network (Playwright's `page.route`).
     */
    'tx-slow-files': async ({ pattern, delayMs }, session) => {
      const page = session.browser.getPage(session.id);
      await page.route(pattern, async (route) => {
        await new Promise((resolve) => setTimeout(resolve, delayMs));
        await route.continue();
      });
      return { pattern, delayMs };
    },
  };
  const cdpSessions = new WeakMap();

  return {
    plugin: {
      name: 'txassist-test-back-end',
      async serverStart() {
        const unreachableApiBase = `http://127.0.0.1:${await closedPort()}`;
        const mail = await startSmtpCapture();
        const api = await startApi(mail.url);
        running = { api, mail, actors: apiActors(api.url), unreachableApiBase };
      },
      async serverStop() {
        await running?.api.close();
        await running?.mail.close();
      },
      async executeCommand({ command, payload, session }) {
        if (!Object.hasOwn(COMMANDS, command)) return undefined; // another plugin's command
        if (!running) throw new Error('The API server has not started');
        // Every command answers an object: the runner takes null or undefined for "not handled".
        return COMMANDS[command](payload ?? {}, session);
      },
    },
    /** Koa middleware (runs before the dev server's file serving) for what must stay HTTP. */
    async middleware(ctx, next) {
      if (!ctx.path.startsWith('/__tx/')) return next();
      if (!running) return json(ctx, 503, { error: 'The API server has not started' });
      if (await csp.route(ctx, running.api.url)) return;
      if (await network.route(ctx, running.api.url)) return;
      return json(ctx, 404, { error: `No test route ${ctx.path}` });
    },
  };
}

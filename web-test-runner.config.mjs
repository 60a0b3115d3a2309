/**
 * Element tests in headless Chromium against the real reference API.
 *
 * One API server (PGlite in memory, demo data) starts with the test runner and stops with it.
 * The secret key stays here in Node: pages get buyer session tokens from `/__tx/session`, a route
 * this config adds to the test server, exactly like a storefront back end would mint them.
 *
 * Routes served to test pages:
 * - `GET /__tx/config` → `{ apiBase, unreachableApiBase, publishableKey, fixtures }`
 * - `GET /__tx/session?buyer=byr_…` → `{ token }` (minted with the secret key)
 * - `ANY /__tx/flaky/<key>/<api path>` → proxied to the API, unless `GET /__tx/network?key=<key>&state=down`
 *   switched it off: then connections are dropped, so the page sees a real network failure.
 */
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { DEMO_FIXTURES, DEMO_KEYS, startServer } from '@txassist/server';
import { createServer } from 'node:net';

const FLAKY_PREFIX = '/__tx/flaky/';

/** A local port nobody listens on (taken from the OS, then released), so connections are refused. */
async function closedPort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function txApi() {
  /** @type {import('@txassist/server').RunningServer | undefined} */
  let api;
  let unreachableApiBase = '';
  /** Keys of flaky routes that are switched off. */
  const down = new Set();

  const json = (ctx, status, body) => {
    ctx.status = status;
    ctx.type = 'application/json';
    ctx.set('Cache-Control', 'no-store');
    ctx.body = JSON.stringify(body);
  };

  async function mintSession(buyerId) {
    const response = await fetch(`${api.url}/v1/sessions`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${DEMO_KEYS.secretKey}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ buyer: { id: buyerId } }),
    });
    return { status: response.status, body: await response.json() };
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

  return {
    plugin: {
      name: 'txassist-api',
      async serverStart() {
        unreachableApiBase = `http://127.0.0.1:${await closedPort()}`;
        api = await startServer({ port: 0, host: '127.0.0.1', demo: true, logLevel: 'warn' });
      },
      async serverStop() {
        await api?.close();
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
        const { status, body } = await mintSession(ctx.query.buyer ?? DEMO_FIXTURES.buyers[0].id);
        return json(ctx, status, status < 300 ? { token: body.token } : body);
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
      return json(ctx, 404, { error: `No test route ${ctx.path}` });
    },
  };
}

const api = txApi();

export default {
  files: ['test/elements/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 2,
  testsFinishTimeout: 180_000,
  testFramework: { config: { timeout: 15_000 } },
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
      launchOptions: {
        executablePath: '/usr/bin/chromium',
        args: [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
    }),
  ],
};

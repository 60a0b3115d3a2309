/**
 * The example storefront's back end: a tiny node:http server that
 * - serves the storefront page and the elements' CDN bundle,
 * - mints buyer session tokens at `POST /session` with the seller's SECRET key (which never leaves
 *   this process: the page only ever sees a short-lived buyer token),
 * - lists the signed-in buyer's orders at `GET /orders.json` (through the SDK, as that buyer),
 * - serves the buyer's account page (`/account.html`: order hub with history and inbox, privacy centre),
 * - demo only: places an order that the simulated carrier then moves live, at `POST /demo-order`.
 *
 * It acts with the seller's secret key, so its endpoints answer only this storefront's own pages,
 * JSON bodies only, and every answer carries the API's security headers (`../shared/back-end-guard.ts`).
 *
 * "Signed in" is faked: every visitor is the demo buyer (`buyerId`), or in demo mode the demo buyer
 * 1, 2 or 3 the page names (`{"buyer": 3}` in a POST body, `?buyer=3` on GET /orders.json). A real
 * storefront would look the buyer up from its own login session before minting a token.
 *
 *   API_BASE=http://127.0.0.1:8787 PORT=8080 node --import tsx examples/storefront/server.ts
 */
import type { Session } from '@txassist/contract';
import { ApiError, createClient, NetworkError, TimeoutError } from '@txassist/sdk';
import { createServerClient } from '@txassist/sdk/server';
import { contractValidation } from '@txassist/sdk/validation';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DATA_HEADERS, pageHeaders, refuseCrossSite } from '../shared/back-end-guard.js';
import { placeDemoOrder } from './demo-order.js';

const DEMO_SECRET_KEY = 'sk_test_demo';
const DEMO_PUBLISHABLE_KEY = 'pk_test_demo';
const DEMO_BUYER_ID = 'byr_demobuyer0001';
/** Demo mode: the buyers the page's switch offers, as numbered in docs/demo.md (buyer 3 has the disputable orders). */
const DEMO_BUYER_IDS: Readonly<Record<string, string>> = {
  '1': 'byr_demobuyer0001',
  '2': 'byr_demobuyer0002',
  '3': 'byr_demobuyer0003',
};
/** Enough for `{"buyer": 3}`: the back end takes nothing else from the page. */
const MAX_BODY_BYTES = 1024;

const PUBLIC_DIR = fileURLToPath(new URL('./public/', import.meta.url));
const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ELEMENTS_DIR = join(REPO_ROOT, 'packages', 'elements');
const CDN_DIR = join(ELEMENTS_DIR, 'cdn');

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  // The help assistant's guide videos and their captions (cdn/guide-media/).
  '.webm': 'video/webm',
  '.vtt': 'text/vtt; charset=utf-8',
};

/** Pages filled in with the API origin and publishable key (the rest of public/ is served as is). */
const PAGES: Readonly<Record<string, string>> = {
  '/': 'index.html',
  '/index.html': 'index.html',
  '/account.html': 'account.html',
};

export interface StorefrontOptions {
  /** Default 8080; 0 picks a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Origin of the Transaction API, e.g. `http://127.0.0.1:8787`. */
  apiBase: string;
  /** The seller's secret key: used here, server side, and never sent to the browser. */
  secretKey: string;
  /** The seller's publishable key for the page; defaults to the demo one when `secretKey` is the demo key. */
  publishableKey?: string;
  /** Who the storefront treats as signed in. Default: the demo buyer. */
  buyerId?: string;
  /** Offer "Place a demo order" (the API must be in demo mode). Default: when `secretKey` is the demo key. */
  demoOrders?: boolean;
}

export interface RunningStorefront {
  url: string;
  port: number;
  close(): Promise<void>;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Makes sure the elements' CDN bundle exists, building it (root rollup.config.mjs) from `packages/elements/dist` if needed. */
async function ensureElementsBundle(): Promise<void> {
  if (existsSync(join(CDN_DIR, 'txassist.js'))) return;
  if (!existsSync(join(ELEMENTS_DIR, 'dist', 'index.js'))) {
    throw new Error('packages/elements/dist is missing: run `npx tsc -b` (or `npm run build`) first.');
  }
  type ConfigFactory = (commandLineArgs: Record<string, unknown>) => import('rollup').RollupOptions;
  const [{ rollup }, config] = await Promise.all([
    import('rollup'),
    import(pathToFileURL(join(REPO_ROOT, 'rollup.config.mjs')).href) as Promise<{ default: ConfigFactory }>,
  ]);
  const options = config.default({});
  const bundle = await rollup(options);
  try {
    const outputs = options.output;
    for (const output of Array.isArray(outputs) ? outputs : outputs ? [outputs] : []) await bundle.write(output);
  } finally {
    await bundle.close();
  }
}

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function send(
  response: ServerResponse,
  status: number,
  body: string | Buffer,
  type: string,
  headers: Record<string, string> = {},
) {
  const security = type.startsWith('text/html') ? {} : DATA_HEADERS; // pages pass their own policy
  response.writeHead(status, { 'Content-Type': type, ...security, ...headers });
  response.end(body);
}

function sendJson(response: ServerResponse, status: number, body: unknown) {
  send(response, status, JSON.stringify(body), 'application/json; charset=utf-8', { 'Cache-Control': 'no-store' });
}

/** A static file from `root`, refusing anything that would escape it. */
async function sendFile(response: ServerResponse, root: string, relativePath: string) {
  const path = normalize(join(root, relativePath));
  if (!path.startsWith(root.endsWith(sep) ? root : root + sep)) throw new HttpError(404, 'not_found', 'No such file');
  let body: Buffer;
  try {
    body = await readFile(path);
  } catch {
    throw new HttpError(404, 'not_found', 'No such file');
  }
  send(response, 200, body, CONTENT_TYPES[extname(path)] ?? 'application/octet-stream', {
    'Cache-Control': 'no-cache',
  });
}

export async function startStorefront(options: StorefrontOptions): Promise<RunningStorefront> {
  const apiBase = new URL(options.apiBase).href.replace(/\/+$/, '');
  const secretKey = options.secretKey;
  const publishableKey = options.publishableKey ?? (secretKey === DEMO_SECRET_KEY ? DEMO_PUBLISHABLE_KEY : undefined);
  const buyerId = options.buyerId ?? DEMO_BUYER_ID;
  const demoOrders = options.demoOrders ?? secretKey === DEMO_SECRET_KEY;
  await ensureElementsBundle();

  /**
   * Who is signed in: in demo mode the demo buyer the page chose (1–3; anything else is refused with
   * a next step), otherwise always `buyerId` (a choice sent anyway is ignored).
   */
  function signedInBuyer(choice: unknown): string {
    if (!demoOrders || choice === undefined || choice === null) return buyerId;
    const id = DEMO_BUYER_IDS[String(choice)];
    if (!id) throw new HttpError(400, 'unknown_demo_buyer', 'There is no such demo buyer: choose buyer 1, 2 or 3.');
    return id;
  }

  /** The JSON body of a POST from our pages (small; `{}` when empty). */
  async function readBody(request: IncomingMessage): Promise<Record<string, unknown>> {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of request as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) throw new HttpError(413, 'body_too_large', 'Send at most 1 kB of JSON');
      chunks.push(chunk);
    }
    const text = Buffer.concat(chunks).toString('utf8').trim();
    if (!text) return {};
    try {
      const body: unknown = JSON.parse(text);
      if (body && typeof body === 'object' && !Array.isArray(body)) return body as Record<string, unknown>;
    } catch {
      // answered below
    }
    throw new HttpError(400, 'malformed_json', 'Send a JSON object, such as {"buyer": 1}');
  }

  /** The language the page shows (`{"locale": "de"}`), passed on so emails and texts go out in it. */
  function pageLocale(locale: unknown): string | undefined {
    if (locale === undefined) return undefined;
    if (typeof locale === 'string' && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(locale) && locale.length <= 35)
      return locale;
    throw new HttpError(400, 'invalid_locale', 'Send the language as a tag such as "de" or "pt-BR"');
  }

  // Every answer is checked against the contract (zod is fine on a back end).
  const seller = createServerClient({ apiBase, secretKey, validateResponses: contractValidation });

  /** Exchanges the secret key for a short-lived token of the signed-in buyer (remembering their language). */
  async function mintBuyerSession(id: string, locale?: string): Promise<Session> {
    try {
      return await seller.sessions.create({ buyer: { id: id as Session['buyer_id'], ...(locale ? { locale } : {}) } });
    } catch (error) {
      if (error instanceof NetworkError || error instanceof TimeoutError)
        throw new HttpError(502, 'api_unreachable', 'The storefront could not reach the Transaction API');
      if (error instanceof ApiError)
        throw new HttpError(502, 'session_refused', `The Transaction API refused a session (${error.status})`);
      throw new HttpError(502, 'invalid_session', 'The Transaction API sent an unexpected session');
    }
  }

  async function page(file: string): Promise<string> {
    const template = await readFile(join(PUBLIC_DIR, file), 'utf8');
    return template
      .replaceAll('%API_BASE%', escapeAttribute(apiBase))
      .replaceAll('%PUBLISHABLE_KEY%', escapeAttribute(publishableKey ?? ''))
      .replaceAll('%DEMO_ORDERS%', demoOrders ? 'true' : 'false');
  }

  /** Only pages of this storefront may ask for tokens or orders (no cross-site requests). */
  function guard(request: IncomingMessage) {
    const refusal = refuseCrossSite(request);
    if (refusal) throw new HttpError(refusal.status, refusal.code, refusal.message);
  }

  async function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://storefront.invalid');
    const method = request.method ?? 'GET';

    if (url.pathname === '/session') {
      if (method !== 'POST') throw new HttpError(405, 'method_not_allowed', 'Use POST');
      guard(request);
      const body = await readBody(request);
      const session = await mintBuyerSession(signedInBuyer(body.buyer), pageLocale(body.locale));
      return sendJson(response, 200, { token: session.token, expires_at: session.expires_at });
    }
    if (url.pathname === '/demo-order') {
      if (!demoOrders) throw new HttpError(404, 'not_found', 'Demo orders are off');
      if (method !== 'POST') throw new HttpError(405, 'method_not_allowed', 'Use POST');
      guard(request);
      const buyer = signedInBuyer((await readBody(request)).buyer);
      const order = await placeDemoOrder({ apiBase, secretKey, buyerId: buyer }).catch(() => {
        throw new HttpError(502, 'demo_order_failed', 'The Transaction API refused the demo order');
      });
      return sendJson(response, 201, order);
    }
    if (method !== 'GET' && method !== 'HEAD') throw new HttpError(405, 'method_not_allowed', 'Use GET');

    if (url.pathname === '/orders.json') {
      guard(request);
      const session = await mintBuyerSession(signedInBuyer(url.searchParams.get('buyer') ?? undefined));
      const client = createClient({ apiBase, publishableKey, getSessionToken: () => session.token });
      const page = await client.orders.list({ limit: 20 }); // validated against the contract by the SDK
      return sendJson(response, 200, { orders: page.data.map(({ id, number, status }) => ({ id, number, status })) });
    }
    const pageFile = PAGES[url.pathname];
    if (pageFile) {
      const origin = new URL(apiBase).origin;
      return send(response, 200, await page(pageFile), CONTENT_TYPES['.html']!, {
        'Cache-Control': 'no-cache',
        // The page talks only to this storefront and the Transaction API; no inline scripts.
        ...pageHeaders({ connect: [origin], images: ['https:'] }),
      });
    }
    if (url.pathname.startsWith('/elements/'))
      return sendFile(response, CDN_DIR, url.pathname.slice('/elements/'.length));
    return sendFile(response, PUBLIC_DIR, url.pathname.slice(1));
  }

  const server = createServer((request, response) => {
    route(request, response).catch((error: unknown) => {
      const known = error instanceof HttpError ? error : undefined;
      if (!known) console.error('storefront:', error);
      if (response.headersSent) return response.end();
      sendJson(response, known?.status ?? 500, {
        code: known?.code ?? 'internal_error',
        message: known?.message ?? 'The storefront failed to answer',
      });
    });
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8080, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** Run directly: configuration from the environment. */
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // The demo secret key only works against a server in demo mode, and demo mode is refused in production.
  const secretKey = process.env.TX_SECRET_KEY ?? (process.env.NODE_ENV === 'production' ? undefined : DEMO_SECRET_KEY);
  if (!secretKey) {
    console.error('Set TX_SECRET_KEY (the seller secret key) to run the storefront in production.');
    process.exit(1);
  }
  const storefront = await startStorefront({
    port: Number(process.env.PORT ?? 8080),
    host: process.env.HOST ?? '127.0.0.1',
    apiBase: process.env.API_BASE ?? 'http://127.0.0.1:8787',
    secretKey,
    publishableKey: process.env.TX_PUBLISHABLE_KEY,
    buyerId: process.env.TX_BUYER_ID,
  });
  console.log(`Storefront on ${storefront.url}`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => void storefront.close().then(() => process.exit(0)));
}

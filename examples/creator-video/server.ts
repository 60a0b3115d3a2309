/**
 * Example: "buy from a creator's video". A creator page with a video and a Buy button; the button
 * opens `<tx-checkout-helper>` in a modal dialog (focus kept inside, Escape closes, focus returns to
 * the button). Like a storefront back end, this server mints buyer session tokens with the seller's
 * SECRET key (never sent to the browser) and serves the CDN bundle of the elements. Its pages speak
 * every locale: `?lang=<tag>`, else the browser's language, else English (page-language.ts).
 */
import { createClient } from '@txassist/sdk';
import { createServerClient } from '@txassist/sdk/server';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DATA_HEADERS, pageHeaders, refuseCrossSite } from '../shared/back-end-guard.js';
import { pageLocale, wordPage } from './page-language.js';

const PUBLIC_DIR = fileURLToPath(new URL('./public/', import.meta.url));
const CDN_DIR = fileURLToPath(new URL('../../packages/elements/cdn/', import.meta.url));
const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** The creator's static pages: the one-tag checkout and the order lookup its email links to. */
const STATIC_PAGES = new Set(['/buy.html', '/track.html']);

export interface CreatorVideoOptions {
  port?: number;
  host?: string;
  apiBase: string;
  /** Server side only. */
  secretKey: string;
  publishableKey: string;
  /** Who is signed in (the demo buyer in the demo). */
  buyerId: string;
}

function send(response: ServerResponse, status: number, body: string | Buffer, type: string, headers = {}) {
  const security = type.startsWith('text/html') ? pageHeaders() : DATA_HEADERS; // the page passes its own policy
  response.writeHead(status, { 'Content-Type': type, ...security, ...headers });
  response.end(body);
}

async function sendFile(response: ServerResponse, root: string, relative: string) {
  const path = normalize(join(root, relative));
  if (!path.startsWith(root.endsWith(sep) ? root : root + sep))
    return send(response, 404, 'Not found', TYPES['.html']!);
  const body = await readFile(path).catch(() => undefined);
  if (!body) return send(response, 404, 'Not found', TYPES['.html']!);
  send(response, 200, body, TYPES[extname(path)] ?? 'application/octet-stream', { 'Cache-Control': 'no-cache' });
}

export async function startCreatorVideo(options: CreatorVideoOptions) {
  const { apiBase, secretKey, publishableKey, buyerId } = options;
  const apiOrigin = new URL(apiBase).origin;
  const seller = createServerClient({ apiBase, secretKey });

  async function route(request: IncomingMessage, response: ServerResponse) {
    const url = new URL(request.url ?? '/', 'http://creator.invalid');
    if (url.pathname === '/session' && request.method === 'POST') {
      // It acts with the seller's secret key: this page only, JSON only (../shared/back-end-guard.ts).
      const refusal = refuseCrossSite(request);
      if (refusal)
        return send(
          response,
          refusal.status,
          JSON.stringify({ code: refusal.code, message: refusal.message }),
          'application/json',
        );
      const session = await seller.sessions.create({ buyer: { id: buyerId as `byr_${string}` } }).catch(() => null);
      return send(response, session ? 200 : 502, JSON.stringify({ token: session?.token }), 'application/json', {
        'Cache-Control': 'no-store',
      });
    }
    if (url.pathname === '/cart.json') {
      // The products the creator shows in this video (validated against the contract by the SDK).
      const products = await createClient({ apiBase, publishableKey }).products.list();
      const items = products.filter((product) => product.available).slice(0, 2);
      return send(
        response,
        200,
        JSON.stringify({ items: items.map((product) => ({ product_id: product.id, quantity: 1 })) }),
        'application/json',
        { 'Cache-Control': 'no-store' },
      );
    }
    // buy.html: the creator one-tag checkout; track.html: the guest lookup its email links to (static
    // pages; only the API address, the publishable key and the words in the page's language —
    // ?lang=, else the browser's — are filled in here: page-language.ts).
    const pageName = STATIC_PAGES.has(url.pathname) ? url.pathname.slice(1) : 'index.html';
    if (url.pathname === '/' || url.pathname === '/index.html' || STATIC_PAGES.has(url.pathname)) {
      const { locale, chosen } = pageLocale(url, request);
      const template = (await readFile(join(PUBLIC_DIR, pageName), 'utf8'))
        .replaceAll('%API_BASE%', apiBase.replace(/"/g, ''))
        .replaceAll('%PUBLISHABLE_KEY%', publishableKey.replace(/"/g, ''));
      const page = await wordPage(template, locale, chosen);
      return send(response, 200, page, TYPES['.html']!, {
        'Cache-Control': 'no-cache',
        'Content-Language': locale,
        Vary: 'Accept-Language',
        // Scripts and styles from here only; the API for data and for the hosted card fields iframe.
        ...pageHeaders({ connect: [apiOrigin], frames: [apiOrigin] }),
      });
    }
    if (url.pathname.startsWith('/elements/')) return sendFile(response, CDN_DIR, url.pathname.slice(10));
    return sendFile(response, PUBLIC_DIR, url.pathname.slice(1));
  }

  const server = createServer((request, response) => {
    route(request, response).catch(() => {
      if (!response.headersSent) send(response, 500, '{"code":"internal_error"}', 'application/json');
    });
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve) => server.listen(options.port ?? 8070, host, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * The example agent console's back end: a tiny node:http server in front of the Transaction API.
 *
 * - Signs staff in on the page's sign-in screen, the real way: email and password, then the TOTP code
 *   (`POST /api/sign-in`, `POST /api/sign-in/code`, `POST /api/sign-out`, `GET /api/me`; see
 *   `staff-sessions.ts`). The staff token stays here, in this process: the page never sees it.
 * - `GET /api/queue` → escalated cases, oldest first (`client.agent.queue()`).
 * - `GET /api/cases/:id` → the case file: thread, evidence, order, shipments, refunds, flags, audit
 *   (`client.agent.openCase()`, audited by the API).
 * - `POST /api/cases/:id/request-info` `{ from, question }` → asks the buyer or the seller.
 * - `GET /api/evidence/:id[?download]` → an evidence file's bytes (the API allows it inside the order's
 *   open support case, which opening the case file opened, and audits the read).
 * - `POST /api/cases/:id/decide` `{ favour: 'buyer' | 'seller', refundAmount?, reason }` → decides, with the reason.
 * - `/api/conversations…` → the support conversations queue, read with a reason, reply or internal
 *   note, close (`conversation-routes.ts`).
 * - serves the page (`public/`, its words in `public/text/<locale>.js`), the elements' CDN bundle
 *   (`/elements/txassist.js`) and the list of locales the example apps share (`/shared/locales.js`).
 *
 * The console acts with a staff token, so `/api/` answers only this console's own page, JSON bodies
 * only, and every answer carries the API's security headers (see `../shared/back-end-guard.ts`).
 *
 *   API_BASE=http://127.0.0.1:8787 PORT=8090 node --import tsx examples/agent-console/server.ts
 */
import { createClient, createClientWith, createFeedbackSummaryResource, type TxClient } from '@txassist/sdk';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DATA_HEADERS, pageHeaders, refuseCrossSite } from '../shared/back-end-guard.js';
import { conversationRoute } from './conversation-routes.js';
import { clearCookie, ConsoleError, setCookie, StaffSessions, type StaffSession } from './staff-sessions.js';

const PUBLIC_DIR = fileURLToPath(new URL('./public/', import.meta.url));
const CDN_DIR = fileURLToPath(new URL('../../packages/elements/cdn/', import.meta.url));
/** Modules the example apps share (the list of locales: `/shared/locales.js`). */
const SHARED_DIR = fileURLToPath(new URL('../shared/', import.meta.url));
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

export interface AgentCredentials {
  readonly email: string;
  readonly password: string;
  /** Returns the current code of the agent's authenticator app. */
  readonly totpCode: () => Promise<string>;
}

/** The demo shop of `npm start` (packages/server/src/demo/fixtures.ts). */
const DEMO_SELLER_ID = process.env.SELLER_ID ?? 'sel_demoseller01';

export interface AgentConsoleOptions {
  /** Default 8090; 0 picks a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Origin of the Transaction API. */
  apiBase: string;
  /** The shop whose feedback the Feedback view shows (default: the demo seller). */
  sellerId?: string;
}

export interface RunningAgentConsole {
  url: string;
  close(): Promise<void>;
}

/** The demo agent of `npm start` (demo mode only: its password and TOTP secret are published fixtures), for tests. */
export async function demoAgent(): Promise<AgentCredentials> {
  const { DEMO_STAFF, totpAt, totpStep } = await import('@txassist/server');
  const staff = DEMO_STAFF.agent;
  return {
    email: staff.email,
    password: staff.password,
    totpCode: () => totpAt(staff.totpSecret, totpStep(new Date())),
  };
}

function send(
  response: ServerResponse,
  status: number,
  body: string | Buffer,
  type: string,
  headers: Record<string, string> = {},
) {
  response.writeHead(status, {
    ...headers,
    'Content-Type': type,
    'Cache-Control': 'no-store',
    // The page calls only this server; the tracker is given its data, so it calls nothing.
    ...(type.startsWith('text/html') ? pageHeaders() : DATA_HEADERS),
  });
  response.end(body);
}

const sendJson = (response: ServerResponse, status: number, value: unknown, headers: Record<string, string> = {}) =>
  send(response, status, JSON.stringify(value), 'application/json; charset=utf-8', headers);

async function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  let value: unknown;
  try {
    value = text ? JSON.parse(text) : {};
  } catch {
    throw new ConsoleError(400, 'malformed_json', 'The request body is not valid JSON');
  }
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

async function sendFile(response: ServerResponse, root: string, relative: string) {
  const path = normalize(join(root, relative));
  if (!path.startsWith(root.endsWith(sep) ? root : root + sep)) return sendJson(response, 404, { code: 'not_found' });
  try {
    send(response, 200, await readFile(path), CONTENT_TYPES[extname(path)] ?? 'application/octet-stream');
  } catch {
    sendJson(response, 404, { code: 'not_found' });
  }
}

export async function startAgentConsole(options: AgentConsoleOptions): Promise<RunningAgentConsole> {
  const apiBase = new URL(options.apiBase).href.replace(/\/+$/, '');
  const sessions = new StaffSessions(apiBase);
  const clients = new WeakMap<StaffSession, TxClient>();
  /** One SDK client per signed-in staff member; an expired token is not refreshed: the agent signs in again. */
  const clientOf = (session: StaffSession) => {
    let client = clients.get(session);
    if (!client) clients.set(session, (client = createClient({ apiBase, getSessionToken: () => session.token })));
    return client;
  };

  async function signIn(request: IncomingMessage, response: ServerResponse, path: string) {
    const body = await readJson(request);
    if (path === '/api/sign-in') {
      const id = await sessions.password(request, String(body.email ?? ''), String(body.password ?? ''));
      return sendJson(response, 200, { next: 'code' }, { 'Set-Cookie': setCookie(id) });
    }
    const session = await sessions.code(request, String(body.code ?? ''));
    return sendJson(response, 200, { email: session.email, role: session.role });
  }

  async function api(request: IncomingMessage, response: ServerResponse, path: string) {
    const refusal = refuseCrossSite(request);
    if (refusal) throw new ConsoleError(refusal.status, refusal.code, refusal.message);
    if ((path === '/api/sign-in' || path === '/api/sign-in/code') && request.method === 'POST')
      return signIn(request, response, path);
    if (path === '/api/sign-out' && request.method === 'POST') {
      sessions.end(request);
      return sendJson(response, 200, { signed_in: false }, { 'Set-Cookie': clearCookie() });
    }
    const session = sessions.current(request);
    if (path === '/api/me' && request.method === 'GET')
      return sendJson(
        response,
        200,
        session ? { signed_in: true, email: session.email, role: session.role } : { signed_in: false },
      );
    if (!session) throw new ConsoleError(401, 'not_signed_in', 'Sign in with your staff email, password and code.');
    try {
      return await caseRoutes(request, response, path, clientOf(session), session);
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === 'unauthenticated' || code === 'session_expired') {
        sessions.end(request);
        throw new ConsoleError(401, 'session_expired', 'Your staff session ended. Sign in again.');
      }
      throw error;
    }
  }

  async function caseRoutes(
    request: IncomingMessage,
    response: ServerResponse,
    path: string,
    client: TxClient,
    session: StaffSession,
  ) {
    const caseMatch = /^\/api\/cases\/(dsp_[A-Za-z0-9]{8,64})(\/[a-z-]+)?$/.exec(path);
    const evidenceMatch = /^\/api\/evidence\/(evi_[A-Za-z0-9]{8,64})$/.exec(path);
    if (path === '/api/queue' && request.method === 'GET') return sendJson(response, 200, await client.agent.queue());
    if (path.startsWith('/api/conversations')) {
      const answer = await conversationRoute(request, path, client, () => readJson(request));
      if (answer !== undefined) return sendJson(response, 200, answer);
    }
    if (path === '/api/feedback' && request.method === 'GET') {
      const query = new URL(request.url ?? '/', 'http://console').searchParams;
      const summary = await createClientWith(
        { apiBase, getSessionToken: () => session.token },
        { feedback: createFeedbackSummaryResource },
      ).feedback.summary({
        sellerId: options.sellerId ?? DEMO_SELLER_ID,
        bucket: query.get('bucket') === 'week' ? 'week' : 'day',
        ...(query.get('from') && { from: query.get('from')! }),
        ...(query.get('to') && { to: query.get('to')! }),
      });
      return sendJson(response, 200, summary);
    }
    if (caseMatch && !caseMatch[2] && request.method === 'GET')
      return sendJson(response, 200, await client.agent.openCase(caseMatch[1]!));
    if (evidenceMatch && request.method === 'GET') {
      // The API allows it only inside the order's open support case, and audits the read with it.
      const { evidence, bytes } = await client.disputes.evidenceContent(evidenceMatch[1]!);
      const download = new URL(request.url ?? '/', 'http://console').searchParams.has('download');
      const filename = evidence.filename.replace(/[^\w.-]+/g, '_');
      response.writeHead(200, {
        'Content-Type': evidence.content_type,
        'Content-Length': String(bytes.byteLength),
        'Content-Disposition': `${download ? 'attachment' : 'inline'}; filename="${filename}"`,
        'Cache-Control': 'no-store',
        ...DATA_HEADERS,
      });
      return response.end(Buffer.from(bytes));
    }
    if (caseMatch?.[2] === '/request-info' && request.method === 'POST') {
      const body = await readJson(request);
      const from = body.from === 'seller' ? 'seller' : 'buyer';
      return sendJson(response, 200, await client.agent.requestInfo(caseMatch[1]!, from, String(body.question ?? '')));
    }
    if (caseMatch?.[2] === '/decide' && request.method === 'POST') {
      const body = await readJson(request);
      const reason = String(body.reason ?? '');
      const decided =
        body.favour === 'buyer'
          ? await client.agent.decideForBuyer(caseMatch[1]!, Number(body.refundAmount), reason)
          : await client.agent.decideForSeller(caseMatch[1]!, reason);
      return sendJson(response, 200, decided);
    }
    return sendJson(response, 404, { code: 'not_found', message: 'No such console route' });
  }

  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://console').pathname;
    const handle = async () => {
      if (path.startsWith('/api/')) return api(request, response, path);
      if (path.startsWith('/elements/')) return sendFile(response, CDN_DIR, path.slice('/elements/'.length));
      if (path === '/shared/locales.js') return sendFile(response, SHARED_DIR, 'locales.js');
      return sendFile(response, PUBLIC_DIR, path === '/' ? 'index.html' : path.slice(1));
    };
    handle().catch((error: unknown) => {
      // The API's problem (code and plain message) goes to the page as it is: the page words the code.
      const problem = error as { status?: number; code?: string; message?: string };
      sendJson(response, problem.status ?? 502, { code: problem.code ?? 'api_unreachable', message: problem.message });
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 8090, options.host ?? '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const running = await startAgentConsole({
    apiBase: process.env.API_BASE ?? 'http://127.0.0.1:8787',
    port: Number(process.env.PORT ?? 8090),
  });
  console.log(`Agent console on ${running.url}`);
}

/**
 * The example agent console's back end: a tiny node:http server in front of the Transaction API.
 *
 * - Signs the agent in the real way (email, password and a TOTP code) and keeps the staff token here,
 *   in this process: the page never sees it. Demo mode signs the demo agent in by itself.
 * - `GET /api/queue` → escalated cases, oldest first (`client.agent.queue()`).
 * - `GET /api/cases/:id` → the case file: thread, evidence, order, shipments, refunds, flags, audit
 *   (`client.agent.openCase()`, audited by the API).
 * - `POST /api/cases/:id/request-info` `{ from, question }` → asks the buyer or the seller.
 * - `POST /api/cases/:id/decide` `{ favour: 'buyer' | 'seller', refundAmount?, reason }` → decides, with the reason.
 * - serves the page (`public/`) and the elements' CDN bundle (`/elements/txassist.js`).
 *
 * The console acts with a staff token, so `/api/` answers only this console's own page, JSON bodies
 * only, and every answer carries the API's security headers (see `../shared/back-end-guard.ts`).
 *
 *   API_BASE=http://127.0.0.1:8787 PORT=8090 node --import tsx examples/agent-console/server.ts
 */
import { createClient, type TxClient } from '@txassist/sdk';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DATA_HEADERS, pageHeaders, refuseCrossSite } from '../shared/back-end-guard.js';

const PUBLIC_DIR = fileURLToPath(new URL('./public/', import.meta.url));
const CDN_DIR = fileURLToPath(new URL('../../packages/elements/cdn/', import.meta.url));
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

export interface AgentConsoleOptions {
  /** Default 8090; 0 picks a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Origin of the Transaction API. */
  apiBase: string;
  /** The agent to sign in as; in demo mode, the demo agent (its TOTP secret is public demo data). */
  agent: AgentCredentials;
}

export interface RunningAgentConsole {
  url: string;
  close(): Promise<void>;
}

/** The demo agent of `npm start` (demo mode only: its password and TOTP secret are published fixtures). */
export async function demoAgent(): Promise<AgentCredentials> {
  const { DEMO_STAFF, totpAt, totpStep } = await import('@txassist/server');
  const staff = DEMO_STAFF.agent;
  return {
    email: staff.email,
    password: staff.password,
    totpCode: () => totpAt(staff.totpSecret, totpStep(new Date())),
  };
}

function send(response: ServerResponse, status: number, body: string | Buffer, type: string) {
  response.writeHead(status, {
    'Content-Type': type,
    'Cache-Control': 'no-store',
    // The page calls only this server; the tracker is given its data, so it calls nothing.
    ...(type.startsWith('text/html') ? pageHeaders() : DATA_HEADERS),
  });
  response.end(body);
}

class ConsoleError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const sendJson = (response: ServerResponse, status: number, value: unknown) =>
  send(response, status, JSON.stringify(value), 'application/json; charset=utf-8');

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
  let token: string | undefined;

  /** Signs in (password + TOTP) when there is no token yet or the API said it expired. */
  async function staffToken({ forceRefresh = false } = {}): Promise<string> {
    if (token && !forceRefresh) return token;
    const answer = await fetch(`${apiBase}/v1/staff/sessions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        email: options.agent.email,
        password: options.agent.password,
        totp_code: await options.agent.totpCode(),
      }),
    });
    if (answer.status !== 201) throw new Error(`The agent could not sign in (${answer.status})`);
    token = ((await answer.json()) as { token: string }).token;
    return token;
  }

  const client: TxClient = createClient({ apiBase, getSessionToken: staffToken });

  async function api(request: IncomingMessage, response: ServerResponse, path: string) {
    const refusal = refuseCrossSite(request);
    if (refusal) throw new ConsoleError(refusal.status, refusal.code, refusal.message);
    const caseMatch = /^\/api\/cases\/(dsp_[A-Za-z0-9]{8,64})(\/[a-z-]+)?$/.exec(path);
    if (path === '/api/queue' && request.method === 'GET') return sendJson(response, 200, await client.agent.queue());
    if (caseMatch && !caseMatch[2] && request.method === 'GET')
      return sendJson(response, 200, await client.agent.openCase(caseMatch[1]!));
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
      return sendFile(response, PUBLIC_DIR, path === '/' ? 'index.html' : path.slice(1));
    };
    handle().catch((error: unknown) => {
      // The API's problem (code and plain message) goes to the page as it is: the agent reads and quotes it.
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
    agent: await demoAgent(),
  });
  console.log(`Agent console on ${running.url}`);
}

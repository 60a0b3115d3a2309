// Development mail and SMS catcher: a real SMTP server and an HTTP SMS endpoint that keep messages
// in memory, and a small page that lists them. `npm start` points the API's email channel at the
// SMTP server and its SMS channel (the HTTP provider adapter) at `POST /sms`.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startSmtpCapture, type CapturedMail } from '../../scripts/smtp-capture.mjs';

interface CapturedMessage {
  id: number;
  receivedAt: string;
  from: string;
  to: string[];
  subject: string;
  /** `Content-Language`, when the sender named it. */
  language: string;
  body: string;
}

export interface CapturedSms {
  /** The sender's message id (the notification id): a retried message is kept once. */
  id: string;
  receivedAt: string;
  to: string;
  text: string;
}

const MAX_SMS_BODY_BYTES = 4096;

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);

/** Bytes of a quoted-printable text (`=C3=A9`, soft line breaks); `underscores` for encoded words. */
function quotedPrintable(text: string, underscores = false): Buffer {
  const unfolded = text.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let index = 0; index < unfolded.length; index++) {
    const char = unfolded[index]!;
    if (char === '=' && /^[0-9A-F]{2}$/i.test(unfolded.slice(index + 1, index + 3))) {
      bytes.push(parseInt(unfolded.slice(index + 1, index + 3), 16));
      index += 2;
    } else if (underscores && char === '_') bytes.push(0x20);
    else bytes.push(...Buffer.from(char, 'utf8'));
  }
  return Buffer.from(bytes);
}

/** A header as read: folded lines joined, RFC 2047 encoded words (`=?UTF-8?Q?…?=`, `?B?`) decoded. */
function decodeHeader(value: string): string {
  return value
    .replace(/\r?\n[ \t]+/g, ' ')
    .replace(/\?=\s+=\?/g, '?==?') // white space between two encoded words is not part of the text
    .replace(/=\?([^?]+)\?([BQ])\?([^?]*)\?=/gi, (_, _charset: string, encoding: string, text: string) =>
      (encoding.toUpperCase() === 'B' ? Buffer.from(text, 'base64') : quotedPrintable(text, true)).toString('utf8'),
    );
}

function header(headers: string, name: string): string | undefined {
  const match = new RegExp(`^${name}: (.*(?:\\r?\\n[ \\t].*)*)`, 'im').exec(headers);
  return match ? decodeHeader(match[1]!).trim() : undefined;
}

function shown({ id, receivedAt, from, to, raw }: CapturedMail): CapturedMessage {
  const split = raw.indexOf('\r\n\r\n');
  const headers = split === -1 ? raw : raw.slice(0, split);
  const encoded = split === -1 ? '' : raw.slice(split + 4);
  const transfer = header(headers, 'Content-Transfer-Encoding')?.toLowerCase();
  const body =
    transfer === 'base64'
      ? Buffer.from(encoded.replace(/\s+/g, ''), 'base64').toString('utf8')
      : transfer === 'quoted-printable'
        ? quotedPrintable(encoded).toString('utf8')
        : encoded;
  return {
    id,
    receivedAt,
    from,
    to,
    subject: header(headers, 'Subject') ?? '(no subject)',
    language: header(headers, 'Content-Language') ?? '',
    body,
  };
}

export async function startMailCapture(options: { smtpPort?: number; httpPort?: number; host?: string } = {}) {
  const host = options.host ?? '127.0.0.1';
  const smtp = await startSmtpCapture({ port: options.smtpPort ?? 2525, host, keep: 200 });
  /** Newest first, subject and body split out: what the page and `/messages.json` show. */
  const listed = (): CapturedMessage[] => smtp.messages.map(shown).reverse();

  const texts: CapturedSms[] = [];

  const http = createServer((request, response) => {
    if (request.url === '/sms') {
      receiveSms(request, response, texts).catch(() => reply(response, 500, { code: 'internal_error' }));
      return;
    }
    if (request.url === '/messages.json') return reply(response, 200, listed());
    if (request.url === '/sms.json') return reply(response, 200, texts);
    if (request.url === '/live.js') {
      response.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' });
      return void response.end(LIVE_SCRIPT);
    }
    response.writeHead(200, {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; script-src 'self'; connect-src 'self'",
    });
    response.end(renderPage(listed(), texts));
  });
  await new Promise<void>((resolve) => http.listen(options.httpPort ?? 8025, host, resolve));
  const httpPort = (http.address() as AddressInfo).port;

  return {
    smtpUrl: smtp.url,
    url: `http://${host}:${httpPort}`,
    /** Where the API's HTTP SMS adapter posts (`SMS_URL`). */
    smsUrl: `http://${host}:${httpPort}/sms`,
    /** Newest first. */
    get messages() {
      return listed();
    },
    texts,
    async close() {
      await smtp.close();
      // Keep-alive connections of the API's SMS adapter would hold the server open.
      http.closeAllConnections();
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}

function reply(response: ServerResponse, status: number, body: unknown) {
  response.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
  response.end(JSON.stringify(body));
}

/** `POST /sms` with `{ id, to, text }`: what an SMS provider's send API takes, kept instead of sent. */
async function receiveSms(request: IncomingMessage, response: ServerResponse, texts: CapturedSms[]) {
  if (request.method !== 'POST') return reply(response, 405, { code: 'method_not_allowed', message: 'Use POST' });
  let raw = '';
  for await (const chunk of request) {
    raw += String(chunk);
    if (raw.length > MAX_SMS_BODY_BYTES) return reply(response, 413, { code: 'too_large' });
  }
  let body: { id?: unknown; to?: unknown; text?: unknown };
  try {
    body = JSON.parse(raw) as typeof body;
  } catch {
    return reply(response, 400, { code: 'malformed_json', message: 'Send { "id", "to", "text" } as JSON.' });
  }
  const { id, to, text } = body ?? {};
  if (typeof id !== 'string' || typeof to !== 'string' || typeof text !== 'string' || !id || !to || !text) {
    return reply(response, 400, { code: 'validation_failed', message: 'id, to and text are required strings.' });
  }
  // Like a provider honouring an idempotency key: the same id twice is one message.
  if (texts.some((sms) => sms.id === id)) return reply(response, 200, { id, duplicate: true });
  texts.unshift({ id, receivedAt: new Date().toISOString(), to, text });
  texts.splice(200);
  return reply(response, 201, { id, duplicate: false });
}

/**
 * Updates the list in place every 5 seconds (a meta refresh would reload the page under the reader's
 * focus), says politely how many messages arrived, and can be paused.
 */
const LIVE_SCRIPT = `
const columns = document.getElementById('columns');
const news = document.getElementById('news');
const pause = document.getElementById('pause');
const count = (root) => root.querySelectorAll('article').length;
pause.addEventListener('click', () => {
  const paused = pause.getAttribute('aria-pressed') !== 'true';
  pause.setAttribute('aria-pressed', String(paused));
  pause.textContent = paused ? 'Resume updates' : 'Pause updates';
});
setInterval(async () => {
  if (pause.getAttribute('aria-pressed') === 'true') return;
  const html = await fetch(location.pathname, { cache: 'no-store' }).then((r) => r.text(), () => null);
  if (!html) return;
  const next = new DOMParser().parseFromString(html, 'text/html');
  const arrived = count(next) - count(columns);
  if (arrived === 0) return;
  columns.replaceChildren(...next.getElementById('columns').childNodes);
  document.title = next.title;
  news.textContent = arrived === 1 ? '1 new message.' : arrived + ' new messages.';
}, 5000);
`;

function renderPage(messages: readonly CapturedMessage[], texts: readonly CapturedSms[]): string {
  const mail = messages
    .map(
      (m) =>
        `<article${m.language ? ` lang="${escapeHtml(m.language)}"` : ''}><h3>${escapeHtml(m.subject)}</h3><p class="meta">To ${escapeHtml(m.to.join(', '))} · ${escapeHtml(m.receivedAt)}</p><pre>${escapeHtml(m.body)}</pre></article>`,
    )
    .join('');
  const sms = texts
    .map(
      (t) =>
        `<article class="sms"><p>${escapeHtml(t.text)}</p><p class="meta">To ${escapeHtml(t.to)} · ${escapeHtml(t.receivedAt)}</p></article>`,
    )
    .join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Captured messages (${messages.length} email, ${texts.length} SMS)</title>
<style>body{font-family:system-ui,sans-serif;max-inline-size:60rem;margin:2rem auto;padding:0 1rem}.columns{display:grid;gap:1.5rem;grid-template-columns:repeat(auto-fit,minmax(18rem,1fr))}article{border:1px solid #888;border-radius:.5rem;padding:1rem;margin-block:1rem}.sms{border-radius:1rem 1rem 1rem .25rem;background:#eef4ff;color:#111}.meta{color:#444}pre{white-space:pre-wrap}</style>
</head><body><main><h1>Captured messages</h1><p>Nothing here was really sent. New messages appear here by themselves, without reloading the page.</p>
<p><button type="button" id="pause" aria-pressed="false">Pause updates</button> <span role="status" id="news"></span></p>
<div class="columns" id="columns"><section aria-labelledby="mail-heading"><h2 id="mail-heading">Email (${messages.length})</h2>${mail || '<p>No email yet.</p>'}</section>
<section aria-labelledby="sms-heading"><h2 id="sms-heading">Text messages (${texts.length})</h2>${sms || '<p>No text messages yet.</p>'}</section></div></main>
<script type="module" src="/live.js"></script></body></html>`;
}

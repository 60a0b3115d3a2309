// Development mail catcher: a real SMTP server that keeps messages in memory, and a small page
// that lists them. `npm start` points the API's email channel at it.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

interface CapturedMessage {
  id: number;
  receivedAt: string;
  from: string;
  to: string[];
  subject: string;
  body: string;
}

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);

function parse(raw: string): { subject: string; body: string } {
  const split = raw.indexOf('\r\n\r\n');
  const headers = split === -1 ? raw : raw.slice(0, split);
  const subject = /^Subject: (.*)$/im.exec(headers)?.[1] ?? '(no subject)';
  return { subject, body: split === -1 ? '' : raw.slice(split + 4) };
}

export async function startMailCapture(options: { smtpPort?: number; httpPort?: number; host?: string } = {}) {
  const host = options.host ?? '127.0.0.1';
  const messages: CapturedMessage[] = [];
  let next = 1;
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      let raw = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => (raw += chunk));
      stream.on('end', () => {
        messages.unshift({
          id: next++,
          receivedAt: new Date().toISOString(),
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          ...parse(raw),
        });
        messages.splice(200);
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(options.smtpPort ?? 2525, host, resolve));
  const smtpPort = (smtp.server.address() as AddressInfo).port;

  const http = createServer((request, response) => {
    if (request.url === '/messages.json') {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify(messages));
      return;
    }
    const rows = messages
      .map(
        (m) =>
          `<article><h2>${escapeHtml(m.subject)}</h2><p class="meta">To ${escapeHtml(m.to.join(', '))} · ${escapeHtml(m.receivedAt)}</p><pre>${escapeHtml(m.body)}</pre></article>`,
      )
      .join('');
    response.writeHead(200, {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'",
    });
    response.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="5"><title>Captured mail (${messages.length})</title>
<style>body{font-family:system-ui,sans-serif;max-inline-size:50rem;margin:2rem auto;padding:0 1rem}article{border:1px solid #888;border-radius:.5rem;padding:1rem;margin-block:1rem}.meta{color:#444}pre{white-space:pre-wrap}</style>
</head><body><h1>Captured mail</h1><p>${messages.length} message(s); this page refreshes every 5 seconds.</p>${rows || '<p>No mail yet.</p>'}</body></html>`);
  });
  await new Promise<void>((resolve) => http.listen(options.httpPort ?? 8025, host, resolve));
  const httpPort = (http.address() as AddressInfo).port;

  return {
    smtpUrl: `smtp://${host}:${smtpPort}`,
    url: `http://${host}:${httpPort}`,
    messages,
    async close() {
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}

import { createServer } from 'node:http';
import { freePort } from './loopback.js';

export interface ReceivedSms {
  id: string;
  to: string;
  text: string;
}

/**
 * An SMS provider endpoint for the fleet test (what the server's HTTP adapter posts to, as the
 * development capture's `/sms` does), except that it keeps every delivery, duplicates included,
 * so "each text once" can be counted; the development capture folds duplicates by id.
 */
export async function startSmsSink() {
  const received: ReceivedSms[] = [];
  const port = await freePort();
  const server = createServer((request, response) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (body += chunk));
    request.on('end', () => {
      try {
        const { id, to, text } = JSON.parse(body) as ReceivedSms;
        received.push({ id, to, text });
        response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ id }));
      } catch {
        response.writeHead(400).end();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${port}/sms`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

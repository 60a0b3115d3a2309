import { Agent, request } from 'node:http';
import type { Socket } from 'node:net';

export interface KeptAliveAnswer {
  status: number;
  connection: string | undefined;
  text: string;
  json: Record<string, unknown> | undefined;
  /** The connection the request went over (one per client: `maxSockets: 1`). */
  socket: Socket;
}

/**
 * An HTTP/1.1 client holding one kept-alive connection, as a load balancer's pooled upstream
 * connection or a browser does. `send` can hold back half of a body, so the request is in flight
 * (received but not complete) until `finish` is called.
 */
export function keptAliveClient(base: string, headers: Record<string, string> = {}) {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const send = (method: string, path: string, body?: unknown, options: { hold?: boolean } = {}) => {
    const raw = body === undefined ? '' : JSON.stringify(body);
    const half = options.hold ? Math.floor(raw.length / 2) : raw.length;
    let finish = () => {};
    const answer = new Promise<KeptAliveAnswer>((resolve, reject) => {
      const outgoing = request(
        new URL(path, base),
        {
          method,
          agent,
          headers: { ...headers, 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(raw) },
        },
        (response) => {
          let text = '';
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => (text += chunk));
          response.on('end', () => {
            let json: Record<string, unknown> | undefined;
            try {
              json = text ? JSON.parse(text) : undefined;
            } catch {
              json = undefined;
            }
            resolve({
              status: response.statusCode ?? 0,
              connection: response.headers.connection,
              text,
              json,
              socket: outgoing.socket!,
            });
          });
        },
      );
      outgoing.on('error', reject);
      outgoing.write(raw.slice(0, half));
      finish = () => outgoing.end(raw.slice(half));
      if (!options.hold) finish();
    });
    return { answer, finish: () => finish() };
  };
  return { send, close: () => agent.destroy() };
}

import {
  createServer,
  request as httpRequest,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/**
 * A tiny HTTP proxy between the SDK and the real server that injects faults: it does not imitate
 * the API, it only breaks (or bends) real exchanges the way networks and gateways do.
 */
export type Fault =
  /** Answer without asking the server. */
  | { kind: 'status'; status: number; headers?: Record<string, string>; body?: string }
  /** Close the connection without an answer. */
  | { kind: 'reset' }
  /** Forward to the server, let it do the work, then close the connection instead of answering. */
  | { kind: 'lose-response' }
  /** Wait before forwarding. */
  | { kind: 'delay'; ms: number }
  /** Forward and rewrite the server's (text) body. */
  | { kind: 'rewrite'; transform: (body: string) => string }
  /** Forward with some request headers replaced. */
  | { kind: 'request-headers'; headers: Record<string, string> };

export interface SeenRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  /** Response status the client got, when it got one. */
  status?: number;
  responseHeaders?: IncomingHttpHeaders;
}

interface Injection {
  fault: Fault;
  times: number;
  match: (request: SeenRequest) => boolean;
}

export interface FaultProxy {
  url: string;
  /** Every request the proxy received, in order. */
  requests: SeenRequest[];
  /** Applies `fault` to the next `times` requests that `match` (default: every request). */
  inject(fault: Fault, options?: { times?: number; match?: (request: SeenRequest) => boolean }): void;
  /** Removes pending injections. */
  clear(): void;
  /** Requests whose path starts with `prefix`. */
  seen(prefix: string): SeenRequest[];
  /** Cuts every open streaming (SSE) connection, as a flaky network would. */
  dropStreams(): void;
  /** How many streaming (SSE) connections the client still holds open. */
  openStreams(): number;
  close(): Promise<void>;
}

const readBody = (stream: IncomingMessage) =>
  new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
  });

export async function startFaultProxy(target: string): Promise<FaultProxy> {
  const upstream = new URL(target);
  const requests: SeenRequest[] = [];
  let injections: Injection[] = [];
  const streams = new Set<ServerResponse>();
  const sockets = new Set<Socket>();

  const take = (seen: SeenRequest): Fault | undefined => {
    const injection = injections.find((candidate) => candidate.times > 0 && candidate.match(seen));
    if (!injection) return undefined;
    injection.times--;
    return injection.fault;
  };

  const forward = async (req: IncomingMessage, res: ServerResponse, seen: SeenRequest, fault: Fault | undefined) => {
    const body = await readBody(req);
    const headers = { ...req.headers, host: upstream.host };
    if (fault?.kind === 'request-headers') Object.assign(headers, fault.headers);
    const upstreamRequest = httpRequest(
      { hostname: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers },
      async (upstreamResponse) => {
        seen.status = upstreamResponse.statusCode;
        seen.responseHeaders = upstreamResponse.headers;
        if (fault?.kind === 'lose-response') {
          await readBody(upstreamResponse); // the server finished its work…
          req.socket.destroy(); // …but the answer never reaches the client
          return;
        }
        if (fault?.kind === 'rewrite') {
          const text = fault.transform((await readBody(upstreamResponse)).toString('utf8'));
          const { 'content-length': _length, 'transfer-encoding': _encoding, ...rest } = upstreamResponse.headers;
          res.writeHead(upstreamResponse.statusCode ?? 502, rest);
          res.end(text);
          return;
        }
        res.writeHead(upstreamResponse.statusCode ?? 502, upstreamResponse.headers);
        res.flushHeaders();
        if (String(upstreamResponse.headers['content-type']).startsWith('text/event-stream')) {
          streams.add(res);
          res.on('close', () => {
            streams.delete(res);
            upstreamResponse.destroy();
          });
        }
        upstreamResponse.pipe(res);
      },
    );
    upstreamRequest.on('error', () => req.socket.destroy());
    res.on('close', () => upstreamRequest.destroy());
    upstreamRequest.end(body);
  };

  const server = createServer((req, res) => {
    const seen: SeenRequest = { method: req.method ?? 'GET', path: req.url ?? '/', headers: req.headers };
    requests.push(seen);
    const fault = take(seen);
    switch (fault?.kind) {
      case 'status':
        seen.status = fault.status;
        res.writeHead(fault.status, fault.headers ?? {});
        res.end(fault.body ?? '');
        return;
      case 'reset':
        req.socket.destroy();
        return;
      case 'delay': {
        const timer = setTimeout(() => void forward(req, res, seen, undefined), fault.ms);
        res.on('close', () => clearTimeout(timer));
        return;
      }
      default:
        void forward(req, res, seen, fault);
    }
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    inject(fault, options = {}) {
      injections.push({ fault, times: options.times ?? 1, match: options.match ?? (() => true) });
    },
    clear() {
      injections = [];
    },
    seen(prefix) {
      return requests.filter((request) => request.path.startsWith(prefix));
    },
    dropStreams() {
      for (const res of streams) res.socket?.destroy();
    },
    openStreams() {
      return streams.size;
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

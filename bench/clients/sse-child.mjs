// Many idle `GET /v1/events` subscribers in one process (raw keep-alive sockets, no per-stream
// fetch/undici overhead), and the fan-out probe: it sends `POST /v1/orders/{id}/status` itself, so
// the request, its response and every subscriber's receipt are timed on one clock.
import { request } from 'node:http';
import { performance } from 'node:perf_hooks';
import { serveParent } from '../lib/child.mjs';
import { connect, getRequest, ResponseParser } from '../lib/http1.mjs';
import { summarize } from '../lib/stats.mjs';

/** Open subscriber streams: `{ socket, connected, status, closed }`. */
const streams = [];
/** Set while a fan-out probe waits: called with the stream and the event. */
let onEvent = () => {};

function openStream(url, token) {
  return new Promise((resolve) => {
    const stream = { socket: undefined, connected: false, status: 0, closed: false };
    let text = '';
    const finish = (ok) => {
      if (stream.settled) return;
      stream.settled = true;
      resolve(ok ? stream : { failed: stream.status || 'socket error' });
    };
    const parser = new ResponseParser({
      onHead: (status) => {
        stream.status = status;
        if (status !== 200) finish(false);
      },
      onData: (part) => {
        text += part.toString('utf8');
        let boundary;
        while ((boundary = text.indexOf('\n\n')) !== -1) {
          const block = text.slice(0, boundary);
          text = text.slice(boundary + 2);
          if (!stream.connected && block.includes(': connected')) {
            stream.connected = true;
            finish(true);
          }
          if (!block.includes('\ndata:') && !block.startsWith('data:')) continue;
          const at = performance.now();
          const lines = block.split('\n');
          const type = lines
            .find((line) => line.startsWith('event:'))
            ?.slice(6)
            .trim();
          const data = lines
            .filter((line) => line.startsWith('data:'))
            .map((line) => line.slice(5).trimStart())
            .join('\n');
          onEvent(stream, type, JSON.parse(data), at);
        }
      },
      onEnd: () => {
        stream.closed = true;
      },
    });
    connect(url).then(
      (socket) => {
        stream.socket = socket;
        socket.on('data', (chunk) => parser.feed(chunk));
        socket.on('error', () => finish(false));
        socket.on('close', () => {
          stream.closed = true;
          finish(false);
        });
        socket.write(getRequest(`${url}/v1/events`, { Authorization: `Bearer ${token}`, Accept: 'text/event-stream' }));
      },
      () => finish(false),
    );
  });
}

/** Opens one stream per token, `concurrency` at a time; resolves when each is connected or failed. */
async function open({ url, tokens, concurrency = 64 }) {
  const started = performance.now();
  const failures = {};
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, tokens.length) }, async () => {
      while (next < tokens.length) {
        const token = tokens[next++];
        const stream = await openStream(url, token);
        if (stream.failed) failures[stream.failed] = (failures[stream.failed] ?? 0) + 1;
        else streams.push(stream);
      }
    }),
  );
  return {
    open: streams.filter((stream) => !stream.closed).length,
    failures,
    seconds: (performance.now() - started) / 1000,
  };
}

/**
 * One request on a new connection (no keep-alive pool: a pooled socket that the server closes after
 * its 5 s keep-alive timeout would race with the next request). Resolves with status and body.
 */
function send(url, { method = 'GET', headers = {}, body } = {}) {
  return new Promise((resolve, reject) => {
    const outgoing = request(url, { method, headers: { ...headers, Connection: 'close' }, agent: false }, (answer) => {
      const chunks = [];
      answer.on('data', (chunk) => chunks.push(chunk));
      answer.on('end', () => resolve({ status: answer.statusCode, body: Buffer.concat(chunks).toString('utf8') }));
      answer.on('error', reject);
    });
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

/**
 * Moves one order to `status` (seller secret key) and waits until every open stream has the
 * `order.updated` event for it, or `timeoutMs` passes.
 */
async function fanout({ url, secretKey, orderId, status, timeoutMs }) {
  const live = streams.filter((stream) => !stream.closed);
  const fromResponse = [];
  const fromRequest = [];
  let sentAt = 0;
  let answeredAt = Number.NaN;
  const receivedAt = [];
  let done;
  const allReceived = new Promise((resolve) => (done = resolve));
  onEvent = (_stream, type, event, at) => {
    if (type !== 'order.updated' || event?.data?.object?.id !== orderId) return;
    receivedAt.push(at);
    if (receivedAt.length >= live.length) done();
  };
  sentAt = performance.now();
  const response = await send(`${url}/v1/orders/${orderId}/status`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${secretKey}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ status }),
  });
  answeredAt = performance.now();
  if (response.status !== 200) throw new Error(`POST status answered ${response.status}: ${response.body}`);
  // Is the server still answering other requests while it fans the event out?
  const healthz = send(`${url}/healthz`).then(
    () => performance.now() - answeredAt,
    () => Number.NaN,
  );
  let timer;
  const timedOut = await Promise.race([
    allReceived.then(() => false),
    new Promise((resolve) => (timer = setTimeout(() => resolve(true), timeoutMs))),
  ]);
  clearTimeout(timer);
  onEvent = () => {};
  for (const at of receivedAt) {
    fromResponse.push(at - answeredAt);
    fromRequest.push(at - sentAt);
  }
  return {
    subscribers: live.length,
    delivered: receivedAt.length,
    timed_out: timedOut,
    post_ms: answeredAt - sentAt,
    healthz_during_ms: await healthz,
    // Negative values: an event can reach a subscriber before the POST's own response does.
    from_response_ms: summarize(fromResponse),
    from_request_ms: summarize(fromRequest),
  };
}

serveParent(
  {
    open,
    fanout,
    count: () => streams.filter((stream) => !stream.closed).length,
  },
  {
    onStop: async () => {
      for (const stream of streams) stream.socket?.destroy();
    },
  },
);
process.send({ type: 'ready' });

// Closed-loop HTTP load from its own process: `connections` keep-alive sockets, each sending the next
// GET as soon as the previous response is complete. Requests that start during the warm-up are not
// counted; throughput counts responses completed inside the measured window.
import { performance } from 'node:perf_hooks';
import { serveParent } from '../lib/child.mjs';
import { connect, getRequest, ResponseParser } from '../lib/http1.mjs';
import { summarize } from '../lib/stats.mjs';

async function run({ url, headers = {}, connections, warmupMs, durationMs }) {
  const request = getRequest(url, headers);
  const sockets = await Promise.all(Array.from({ length: connections }, () => connect(url)));
  const start = performance.now();
  const measureFrom = start + warmupMs;
  const measureUntil = measureFrom + durationMs;
  const latenciesMs = [];
  const statuses = {};
  let errors = 0;
  let bytes = 0;
  // Every response, warm-up included: the server's CPU time is divided by this.
  let completed = 0;

  await Promise.all(
    sockets.map(
      (socket) =>
        new Promise((resolve) => {
          let sentAt = 0;
          let status = 0;
          const send = () => {
            sentAt = performance.now();
            socket.write(request);
          };
          const parser = new ResponseParser({
            onHead: (code) => (status = code),
            onData: (part) => {
              if (sentAt >= measureFrom) bytes += part.length;
            },
            onEnd: () => {
              const now = performance.now();
              completed++;
              if (sentAt >= measureFrom && now <= measureUntil) {
                latenciesMs.push(now - sentAt);
                statuses[status] = (statuses[status] ?? 0) + 1;
              }
              if (now < measureUntil) send();
              else socket.end(resolve);
            },
          });
          socket.on('data', (chunk) => parser.feed(chunk));
          socket.on('error', () => {
            errors++;
            resolve();
          });
          socket.on('close', resolve);
          send();
        }),
    ),
  );
  for (const socket of sockets) socket.destroy();
  const ok = Object.entries(statuses).reduce((sum, [code, count]) => sum + (Number(code) < 300 ? count : 0), 0);
  return {
    connections,
    duration_s: durationMs / 1000,
    warmup_s: warmupMs / 1000,
    requests: latenciesMs.length,
    responses_total: completed,
    requests_per_s: latenciesMs.length / (durationMs / 1000),
    non_2xx: latenciesMs.length - ok,
    statuses,
    socket_errors: errors,
    bytes_per_response: latenciesMs.length ? bytes / latenciesMs.length : 0,
    latency_ms: summarize(latenciesMs),
  };
}

serveParent({ run: (message) => run(message.options) });
process.send({ type: 'ready' });

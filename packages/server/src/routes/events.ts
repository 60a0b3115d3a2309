import { SSE_RETRY_MS, type ROUTES } from '@txassist/contract';
import { streamSSE } from 'hono/streaming';
import { latestSequence, listEventsAfter } from '../store/events.js';
import type { RouteHandler } from './handler.js';

/**
 * Per-caller Server-Sent Events; `Last-Event-ID` (or `?last_event_id=`) resumes after that sequence.
 * New events come from the process's shared feed (one read per wake-up for every stream); a stream
 * resuming from further back than the feed holds reads the table itself.
 */
export const streamEvents: RouteHandler<typeof ROUTES.streamEvents> = async ({ c, services, principal }) => {
  const resumeFrom = c.req.header('Last-Event-ID') ?? c.req.query('last_event_id');
  const parsed = resumeFrom !== undefined && /^\d{1,15}$/.test(resumeFrom) ? Number(resumeFrom) : undefined;
  let last = parsed ?? (await latestSequence(services.db));
  const { bus, config, db, feed, lifecycle } = services;

  c.header('X-Accel-Buffering', 'no');
  const response = streamSSE(c, async (stream) => {
    const closed = new AbortController();
    stream.onAbort(() => closed.abort());
    // Ends the stream when the client leaves or this process starts draining.
    const aborted = { signal: AbortSignal.any([closed.signal, lifecycle.drained]) };
    await stream.write(`retry: ${SSE_RETRY_MS}\n: connected\n\n`);
    while (!aborted.signal.aborted && !bus.stopped) {
      const seen = bus.version;
      const events =
        (await feed.after(principal, last)) ?? (await listEventsAfter(db, services.cipher, principal, last));
      for (const event of events) {
        await stream.writeSSE({ id: String(event.sequence), event: event.type, data: JSON.stringify(event) });
        last = event.sequence;
      }
      if (events.length > 0) continue;
      const woke = await bus.wait(seen, config.heartbeatMs, aborted.signal);
      if (!woke && !aborted.signal.aborted && !bus.stopped) await stream.write(': ping\n\n');
    }
    // Shutting down: the client reconnects (with Last-Event-ID) soon, through the balancer, to a
    // process that stays; it misses nothing, as every event up to `last` was written above.
    if (lifecycle.draining && !closed.signal.aborted) {
      await stream.write(`retry: ${SSE_RETRY_MS}\n: this server is shutting down, reconnect\n\n`);
    }
  });
  // After streamSSE, which sets `no-cache` (a cache may store that); the API promises `no-store`.
  c.header('Cache-Control', 'no-store');
  return response;
};

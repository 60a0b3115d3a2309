import { SSE_RETRY_MS, type ROUTES } from '@txassist/contract';
import { latestSequence } from '../store/events.js';
import type { RouteHandler } from '../http/route-handler.js';

/**
 * Per-caller Server-Sent Events; `Last-Event-ID` (or `?last_event_id=`) resumes after that sequence.
 * The process's `EventStreams` feeds every open stream from one read per wake-up; a stream
 * resuming from further back than the feed holds reads the table first.
 */
export const streamEvents: RouteHandler<typeof ROUTES.streamEvents> = async ({ c, services, principal }) => {
  const resumeFrom = c.req.header('Last-Event-ID') ?? c.req.query('last_event_id');
  const parsed = resumeFrom !== undefined && /^\d{1,15}$/.test(resumeFrom) ? Number(resumeFrom) : undefined;
  const last = parsed ?? (await latestSequence(services.db));
  // Draining (SIGTERM): a stream asked for on a kept-alive connection gets only the reconnect hint.
  const body = services.lifecycle.draining
    ? new Response(`retry: ${SSE_RETRY_MS}\n: this server is shutting down, reconnect\n\n`).body
    : services.streams.open(principal, last, SSE_RETRY_MS);
  return new Response(body, {
    status: 200,
    headers: {
      'Content-Type': 'text/event-stream',
      // The API promises `no-store` (a cache may keep what is only `no-cache`).
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
    },
  });
};

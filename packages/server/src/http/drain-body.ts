import type { Context } from 'hono';

/**
 * Reads whatever is left of the request body before the answer goes out (up to `maxBytes`).
 * An answer given before the body was read (a 401, a 404 for a bad path) otherwise races the
 * upload: the Node adapter closes the connection if the rest does not arrive within 500 ms, and a
 * client still sending sees the connection closed instead of the problem. Past `maxBytes` the
 * connection is closed after the answer.
 */
export async function drainUnreadBody(c: Context, maxBytes: number): Promise<void> {
  const request = c.req.raw;
  if (!request.body || request.bodyUsed) return;
  const reader = request.body.getReader();
  let read = 0;
  try {
    for (;;) {
      const chunk = await reader.read();
      if (chunk.done) return;
      read += chunk.value.byteLength;
      if (read > maxBytes) break;
    }
  } catch {
    // A body cut short or over a limit: nothing to keep, the connection goes.
  }
  await reader.cancel().catch(() => undefined);
  c.res.headers.set('Connection', 'close');
}

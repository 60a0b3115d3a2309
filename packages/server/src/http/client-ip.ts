import type { Context } from 'hono';

/** The peer address when the runtime exposes it (Node: the socket), else "unknown". Proxies are not trusted. */
export function clientIp(c: Context): string {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? 'unknown';
}

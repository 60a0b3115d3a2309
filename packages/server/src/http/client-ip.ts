import type { Context } from 'hono';
import type { AppEnv } from './env.js';
import { resolveClientIp } from './trusted-proxies.js';

/**
 * The client address for rate limits, risk rules and audit: the peer (Node: the socket), or, when
 * the peer is a configured trusted proxy, the address its forwarding header names. "unknown" when
 * the runtime does not expose the peer.
 */
export function clientIp(c: Context<AppEnv>): string {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  const peer = env?.incoming?.socket?.remoteAddress ?? 'unknown';
  const proxies = c.var.services.proxies;
  return resolveClientIp(peer, c.req.header(proxies.header), proxies);
}

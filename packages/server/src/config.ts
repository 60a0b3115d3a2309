import type { Logger } from './logger.js';

export interface RateLimitRule {
  /** Requests allowed per window. */
  limit: number;
  windowMs: number;
}

export interface ServerConfig {
  /** Demo mode: seeds demo data and accepts the demo keys. Refused when NODE_ENV=production. */
  demo: boolean;
  /** Largest accepted JSON body in bytes. */
  maxBodyBytes: number;
  /** Default lifetime of buyer sessions, seconds. */
  sessionTtlSeconds: number;
  /** How long idempotency keys are kept (≥ 24 h). */
  idempotencyTtlMs: number;
  rateLimits: { createSession: RateLimitRule; guestLookup: RateLimitRule };
  /** SSE heartbeat interval. */
  heartbeatMs: number;
  /** Check every JSON response against its documented schema (tests, development). */
  validateResponses: boolean;
  version: string;
  logger: Logger;
  now: () => Date;
}

export const DEFAULT_CONFIG: Omit<ServerConfig, 'logger'> = {
  demo: false,
  maxBodyBytes: 64 * 1024,
  sessionTtlSeconds: 3600,
  idempotencyTtlMs: 48 * 3600 * 1000,
  rateLimits: {
    createSession: { limit: 120, windowMs: 60_000 },
    guestLookup: { limit: 10, windowMs: 60_000 },
  },
  heartbeatMs: 15_000,
  validateResponses: false,
  version: '0.1.0',
  now: () => new Date(),
};

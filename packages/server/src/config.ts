import type { Logger } from './logger.js';
import type { MasterKeyConfig } from './security/master-keys.js';

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
  /** Master keys, active first. Resolved from TXASSIST_MASTER_KEYS; the dev key only outside production. */
  masterKeys?: MasterKeyConfig[];
  /** Browser origins allowed by CORS besides the sellers' registered ones. */
  allowedOrigins: string[];
  /** SMTP server for email notifications, e.g. `smtp://127.0.0.1:2525`; unset: email is not sent. */
  smtpUrl?: string;
  mailFrom: string;
  /**
   * Where seller webhooks may be sent: `public` (HTTPS to public internet addresses only, checked when
   * an endpoint is registered and again on every delivery's connection) or `any`. Unset: `any` in demo
   * mode, `public` otherwise; the CLI sets `any` when NODE_ENV=development.
   */
  webhookDestinations?: 'public' | 'any';
  /** SMS provider endpoint (`POST {id,to,text}`), e.g. the dev capture `http://127.0.0.1:8025/sms`; unset: SMS is not sent. */
  smsUrl?: string;
  notificationPollMs: number;
  /** Pause between the steps of a data export (lets the UI show progress; 0 in tests that don't care). */
  exportStepDelayMs: number;
  exportTtlMs: number;
  /** Personal data of completed/cancelled orders is purged this long after they closed. */
  retentionDays: number;
  retentionIntervalMs: number;
  staffSessionTtlSeconds: number;
  /** Run the background loops (notifications, webhooks, carrier events, retention). Tests that drive them by hand turn this off. */
  backgroundLoops: boolean;
  /** How often shipments past their latest estimated delivery are looked for (the `delayed` message). */
  lateShipmentCheckMs: number;
  /** The simulated carrier moves demo shipments every this many ms; 0 turns it off. */
  simulatorIntervalMs: number;
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
  allowedOrigins: [],
  mailFrom: 'txassist <no-reply@txassist.test>',
  notificationPollMs: 1000,
  exportStepDelayMs: 150,
  exportTtlMs: 24 * 3600 * 1000,
  retentionDays: 365,
  retentionIntervalMs: 3600 * 1000,
  staffSessionTtlSeconds: 8 * 3600,
  lateShipmentCheckMs: 60_000,
  simulatorIntervalMs: 0,
  backgroundLoops: true,
  now: () => new Date(),
};

import { IDEMPOTENCY_KEY_RETENTION_HOURS, IDEMPOTENCY_LEASE_SECONDS } from '@txassist/contract';
import type { Logger } from './logger.js';
import type { MasterKeyConfig } from './security/master-keys.js';

export interface RateLimitRule {
  /** Requests allowed per window. */
  limit: number;
  windowMs: number;
}

export interface RiskLimits {
  buyerAttempts?: number;
  cardAttempts?: number;
  ipAttempts?: number;
  otherBuyersPerCard?: number;
}

export interface ServerConfig {
  /** Demo mode: seeds demo data and accepts the demo keys. Refused when NODE_ENV=production. */
  demo: boolean;
  /** Largest accepted JSON body in bytes. */
  maxBodyBytes: number;
  /** Default lifetime of buyer sessions, seconds. */
  sessionTtlSeconds: number;
  /** How long idempotency keys and their answers are kept: `IDEMPOTENCY_KEY_RETENTION_HOURS`. */
  idempotencyTtlMs: number;
  /** How long a running request holds its key: `IDEMPOTENCY_LEASE_SECONDS`, at most 60 s. */
  idempotencyLeaseMs: number;
  rateLimits: {
    createSession: RateLimitRule;
    guestLookup: RateLimitRule;
    /** Guest checkouts (publishable key alone) per client address; default 20 per 10 minutes. */
    guestCheckoutClient?: RateLimitRule;
    /** Guest checkouts per publishable key, whichever client asks; default 600 a minute. */
    guestCheckoutKey?: RateLimitRule;
  };
  /** SSE heartbeat interval. */
  heartbeatMs: number;
  /**
   * A stream that wakes without a NOTIFY (its heartbeat) re-reads the events table when the last
   * read is older than this, so a lost notification only delays. 0: only a NOTIFY makes the feed
   * read (tests use it to prove NOTIFY reaches other processes).
   */
  eventPollMs: number;
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
  /**
   * Each process re-reads the data keys this often, besides when another process announces a
   * change (NOTIFY) or a value names a key it does not know: the longest a lost notification
   * leaves it encrypting with a key just rotated away from.
   */
  keyRefreshMs: number;
  /** How often key maintenance (re-wrap, re-encrypt, retire, destroy) looks for work. */
  keyMaintenanceIntervalMs: number;
  /**
   * A retired data key (nothing named it when checked) is destroyed only this long after, and only
   * if nothing names it then. Must be far longer than `keyRefreshMs`; 24 h by default
   * (`TXASSIST_KEY_GRACE_HOURS`).
   */
  retiredKeyGraceMs: number;
  /**
   * Addresses or CIDR ranges of reverse proxies / load balancers whose forwarding header is
   * believed (`TXASSIST_TRUSTED_PROXIES`). Empty by default: the peer address is the client.
   */
  trustedProxies: string[];
  /** Which header the trusted proxies set: `x-forwarded-for` (default) or RFC 7239 `forwarded`. */
  trustedProxyHeader: 'x-forwarded-for' | 'forwarded';
  /**
   * On shutdown (SIGTERM), how long requests in flight may take to finish before their connections
   * are closed. Live event streams are ended at once with a `retry:` hint.
   */
  drainMs: number;
  /**
   * How long an idle kept-alive connection stays open (`TXASSIST_KEEP_ALIVE_MS`). Longer than the
   * clients' own idle limit (a balancer's pool, 60 s for nginx and most load balancers; fetch's 4 s),
   * so the client is always the side that closes an idle connection: when the server closes one at
   * the moment the client sends a request down it, that request is lost ("other side closed"), and a
   * POST is not retried. Node's own 5 s lost requests this way under load. 65 s by default.
   */
  keepAliveMs: number;
  /** A data export not renewed for this long (its process died) is taken over by another process. */
  jobLeaseMs: number;
  /**
   * Velocity limits of the payment-risk rules, for an operator whose buyers share cards or addresses
   * more (or less) than usual; each unset one is `RISK_SETTINGS`' (3 per buyer or card in 10 minutes,
   * 20 per IP, 2 other buyers per card in 24 h). The points and thresholds are not tunable.
   */
  riskLimits?: RiskLimits;
  logger: Logger;
  now: () => Date;
}

export const DEFAULT_CONFIG: Omit<ServerConfig, 'logger'> = {
  demo: false,
  maxBodyBytes: 64 * 1024,
  sessionTtlSeconds: 3600,
  idempotencyTtlMs: IDEMPOTENCY_KEY_RETENTION_HOURS * 3600 * 1000,
  idempotencyLeaseMs: IDEMPOTENCY_LEASE_SECONDS * 1000,
  rateLimits: {
    createSession: { limit: 120, windowMs: 60_000 },
    guestLookup: { limit: 10, windowMs: 60_000 },
  },
  heartbeatMs: 15_000,
  eventPollMs: 1000,
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
  keyRefreshMs: 30_000,
  keyMaintenanceIntervalMs: 3600 * 1000,
  retiredKeyGraceMs: 24 * 3600 * 1000,
  trustedProxies: [],
  trustedProxyHeader: 'x-forwarded-for',
  backgroundLoops: true,
  drainMs: 10_000,
  keepAliveMs: 65_000,
  jobLeaseMs: 30_000,
  now: () => new Date(),
};

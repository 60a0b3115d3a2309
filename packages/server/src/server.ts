import { SSE_RETRY_MS } from '@txassist/contract';
import { serve } from '@hono/node-server';
import { Server as NetServer, type AddressInfo } from 'node:net';
import { createApp } from './app.js';
import { DEFAULT_CONFIG, type ServerConfig } from './config.js';
import type { Database } from './db/database.js';
import { openDatabase, type DatabaseOptions } from './db/open.js';
import { seedDemo } from './demo/seed.js';
import { EventBus } from './events/bus.js';
import { EventFeed } from './events/feed.js';
import { EventStreams } from './events/streams.js';
import { RateLimiter } from './http/rate-limit.js';
import { limitsFor, sweepRateLimitWindows } from './http/shared-rate-limit.js';
import { OriginRegistry } from './http/origins.js';
import { Lifecycle } from './lifecycle.js';
import { createJobs, oncePerFleet, startLoop } from './jobs.js';
import { expireUnpaidOrders } from './orders/expire-unpaid.js';
import type { FleetJob } from './db/locks.js';
import { createLogger, type Logger, type LogLevel } from './logger.js';
import { dispatchPending } from './notifications/dispatcher.js';
import type { Mailer } from './notifications/mailer.js';
import { createHttpSmsSender, type SmsSender } from './notifications/sms.js';
import { NODE_CRYPTO } from './node/node-crypto.js';
import { createSmtpMailer } from './node/smtp-mailer.js';
import { purgeClosedOrderData } from './privacy/retention.js';
import { resumeAbandonedExports } from './privacy/exports.js';
import { processPendingCarrierEvents } from './shipping/carrier-ingest.js';
import { notifyLateShipments } from './shipping/late-shipments.js';
import { settleDueDisputes } from './disputes/service.js';
import { settleDueRefunds } from './refunds/service.js';
import { advanceSimulatedShipments } from './shipping/simulator.js';
import { deliverDueWebhooks } from './webhooks/seller-webhooks.js';
import { useCryptoAdapter } from './security/crypto-adapter.js';
import { FieldCipher } from './security/field-cipher.js';
import { listEventsAfter } from './store/events.js';
import { parseTrustedProxies } from './http/trusted-proxies.js';
import { encryptPlaintextCaseText, rotateKeys, rotationNeeded } from './security/key-rotation.js';
import { DEV_MASTER_KEY, parseMasterKeys, type MasterKeyConfig } from './security/master-keys.js';
import type { Services } from './services.js';

// The Node entry: tokens are hashed and fields sealed with `node:crypto` (same bytes as Web Crypto,
// which `createApp` alone, on another runtime, keeps using).
useCryptoAdapter(NODE_CRYPTO);

export interface StartServerOptions extends DatabaseOptions {
  /** 0 picks a free port. Default 8787. */
  port?: number;
  host?: string;
  demo?: boolean;
  logLevel?: LogLevel;
  /** An already open (and migrated) database; the server will not close it. */
  database?: Database;
  config?: Partial<Omit<ServerConfig, 'demo'>>;
  /** Overrides the SMTP mailer (tests pass a real SMTP one anyway). */
  mailer?: Mailer;
  /** Overrides the SMS provider adapter built from `config.smsUrl`. */
  sms?: SmsSender;
}

/**
 * Master keys: from config or TXASSIST_MASTER_KEYS. Without them the public development key is
 * used — refused in production, announced loudly otherwise.
 */
export function resolveMasterKeys(configured: MasterKeyConfig[] | undefined, logger: Logger): MasterKeyConfig[] {
  const production = process.env.NODE_ENV === 'production';
  const fromEnv = process.env.TXASSIST_MASTER_KEYS;
  const keys = configured ?? (fromEnv ? parseMasterKeys(fromEnv) : undefined);
  if (!keys) {
    if (production)
      throw new Error('Set TXASSIST_MASTER_KEYS: production refuses to start without a real encryption key.');
    logger.warn(
      'Encrypting personal data with the built-in DEVELOPMENT key: fine for demo and tests, never for real data.',
    );
    return [DEV_MASTER_KEY];
  }
  if (production && keys.some((key) => key.secret === DEV_MASTER_KEY.secret)) {
    throw new Error('The development key is refused in production: configure a real key in TXASSIST_MASTER_KEYS.');
  }
  return keys;
}

export interface RunningServer {
  url: string;
  port: number;
  services: Services;
  background: ReturnType<typeof startBackgroundWork>;
  /** Drains (see `drainAndClose`) and closes; calling it again returns the same promise. */
  close(): Promise<void>;
}

/** Builds the services without listening: for embedding the app in another server or runtime. */
export async function createServices(options: StartServerOptions = {}): Promise<Services> {
  const demo = options.demo ?? false;
  if (demo && process.env.NODE_ENV === 'production') {
    throw new Error('Demo mode is refused when NODE_ENV=production: demo keys are public.');
  }
  const logger = options.config?.logger ?? createLogger({ level: options.logLevel ?? 'info' });
  const config: ServerConfig = { ...DEFAULT_CONFIG, ...options.config, demo, logger };
  const masterKeys = resolveMasterKeys(config.masterKeys, logger);
  const db = options.database ?? (await openDatabase(options));
  const proxies = parseTrustedProxies(config.trustedProxies, config.trustedProxyHeader);
  // Key set-up, then demo seeding: each under its own lock, so whichever of several starting
  // processes gets there first does the first-run work and the others wait and find it done.
  const cipher = await FieldCipher.open(db, masterKeys, { logger });
  await cipher.watch(config.keyRefreshMs);
  // Case text an older version stored in plaintext is encrypted before anything reads it.
  await encryptPlaintextCaseText(db, cipher, logger);
  if (demo) await seedDemo(db, cipher, config.now());
  const bus = new EventBus();
  await bus.start(db);
  const feed = await EventFeed.open(db, cipher, bus, config.eventPollMs);
  const streams = new EventStreams(
    feed,
    bus,
    (principal, after) => listEventsAfter(db, cipher, principal, after),
    config.heartbeatMs,
  );
  const origins = new OriginRegistry(db, config.allowedOrigins, demo);
  await origins.start();
  const mailer = options.mailer ?? (config.smtpUrl ? createSmtpMailer(config.smtpUrl, config.mailFrom) : undefined);
  const sms = options.sms ?? (config.smsUrl ? createHttpSmsSender(config.smsUrl) : undefined);
  const rateLimiter = new RateLimiter();
  return {
    db,
    config,
    bus,
    feed,
    streams,
    rateLimiter,
    limits: limitsFor(db, rateLimiter),
    proxies,
    cipher,
    mailer,
    sms,
    jobs: createJobs(logger),
    origins,
    lifecycle: new Lifecycle(),
  };
}

/**
 * Background work, safe to run in every process of a fleet on one database. Work made of rows is
 * claimed row by row (`skip locked`, leases): notifications, seller webhooks, carrier events and
 * abandoned data exports; every process helps. Periodic sweeps take their turn (`oncePerFleet`): one
 * process per interval runs case deadlines, unpaid order expiry, retention, late shipments, the simulated carrier and key
 * maintenance; a process killed mid-run hands the turn to the next one that ticks.
 */
export function startBackgroundWork(services: Services) {
  const { config, db } = services;
  const loop = (name: string, intervalMs: number, tick: () => Promise<unknown>) =>
    startLoop(name, intervalMs, tick, config.logger);
  const turn = (job: FleetJob, intervalMs: number, tick: () => Promise<unknown>) =>
    loop(job, intervalMs, oncePerFleet(db, job, intervalMs, tick));
  const maintainKeys = async () => {
    if (await rotationNeeded(services.db, config.retiredKeyGraceMs)) {
      await rotateKeys(services.db, services.cipher, config.logger, { graceMs: config.retiredKeyGraceMs });
    }
  };
  const loops = config.backgroundLoops
    ? [
        loop('notifications', config.notificationPollMs, () => dispatchPending(services)),
        loop('seller webhooks', config.notificationPollMs, () => deliverDueWebhooks(services)),
        loop('carrier events', Math.max(config.notificationPollMs, 1000), () => processPendingCarrierEvents(services)),
        loop('data exports', Math.max(config.notificationPollMs, 1000), () => resumeAbandonedExports(services)),
        turn('retention', config.retentionIntervalMs, async () => {
          await purgeClosedOrderData(services);
          await sweepRateLimitWindows(db, new Date());
        }),
        turn('late shipments', config.lateShipmentCheckMs, () => notifyLateShipments(services)),
        // Deadlines also apply on every read; the loop settles cases nobody looks at (auto-approve, lapse).
        turn('case deadlines', config.lateShipmentCheckMs, async () => {
          await settleDueRefunds(services, config.now());
          await settleDueDisputes(services, config.now());
        }),
        // Abandoned checkouts: unpaid orders are cancelled 24 h after they were placed (orders/expire-unpaid.ts).
        turn('unpaid orders', config.lateShipmentCheckMs, () => expireUnpaidOrders(services, config.now())),
        ...(config.simulatorIntervalMs > 0
          ? [turn('simulated carrier', config.simulatorIntervalMs, () => advanceSimulatedShipments(services))]
          : []),
        turn('key maintenance', config.keyMaintenanceIntervalMs, maintainKeys),
      ]
    : [];
  // New events may mean new messages and deliveries: wake the senders instead of waiting a tick.
  const unsubscribe = services.bus.subscribe(() => loops.slice(0, 2).forEach((running) => running.wake()));
  // At start (a new master key, or work a stopped process left), then periodically: retirement
  // and destruction wait for their checks and grace period, whichever process is running then.
  services.jobs.spawn('key maintenance', maintainKeys);
  return {
    async stop() {
      unsubscribe();
      await Promise.all(loops.map((running) => running.stop()));
    },
  };
}

/** On SIGTERM, how long idle kept-alive connections stay open for a request already on its way. */
const KEPT_ALIVE_GRACE_MS = 1_000;

/** Starts the Transaction API on Node. */
export async function startServer(options: StartServerOptions = {}): Promise<RunningServer> {
  const services = await createServices(options);
  const app = createApp(services);
  const background = startBackgroundWork(services);
  const host = options.host ?? '127.0.0.1';
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const instance = serve({ fetch: app.fetch, port: options.port ?? 8787, hostname: host }, () => resolve(instance));
    instance.once('error', reject);
  });
  const port = (server.address() as AddressInfo).port;
  // The client closes idle connections, not us (see `keepAliveMs`); a request's headers may take as
  // long as Node allows once the connection is busy again.
  const http = server as import('node:http').Server;
  http.keepAliveTimeout = services.config.keepAliveMs;
  http.headersTimeout = Math.max(http.headersTimeout, services.config.keepAliveMs + 1_000);
  const sockets = new Set<import('node:net').Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  // While draining, every answer closes its connection (`Connection: close`): a kept-alive client (a
  // load balancer's pooled connection) gets the answer of its request in flight, then opens a new
  // connection for the next one, which reaches another process. Node alone would keep serving
  // kept-alive connections until the drain deadline cut them, requests in flight and all.
  const unanswered = new Set<import('node:http').ServerResponse>();
  server.prependListener('request', (_request, response: import('node:http').ServerResponse) => {
    if (services.lifecycle.draining) {
      response.shouldKeepAlive = false;
      return;
    }
    unanswered.add(response);
    response.once('close', () => unanswered.delete(response));
  });
  let closing: Promise<void> | undefined;
  /**
   * Draining, in order: not ready and live streams told to reconnect elsewhere; no new connections;
   * requests in flight get up to `drainMs` to finish (then their connections are cut); background
   * loops finish their tick and release their locks; then the database.
   */
  const drainAndClose = async () => {
    services.lifecycle.startDraining();
    for (const response of unanswered) if (!response.headersSent) response.shouldKeepAlive = false;
    services.streams.drain(SSE_RETRY_MS);
    // Stop listening, but leave idle kept-alive connections open a moment (http's own close() would
    // cut them at once): a balancer may be sending a request down one just now, and a POST lost that
    // way is not passed on to another process. Any request still arriving on them is answered
    // (with Connection: close); meanwhile the balancer's new connections are refused, so it marks
    // this process down and stops choosing it. Then the idle ones are closed.
    const stopped = new Promise<void>((resolve) => NetServer.prototype.close.call(server, () => resolve()));
    const timers: NodeJS.Timeout[] = [];
    const after = (ms: number) => new Promise<void>((resolve) => timers.push(setTimeout(resolve, ms)));
    await Promise.race([stopped, after(Math.min(KEPT_ALIVE_GRACE_MS, services.config.drainMs))]);
    (server as { closeIdleConnections?: () => void }).closeIdleConnections?.();
    await Promise.race([stopped, after(services.config.drainMs)]);
    timers.forEach(clearTimeout);
    for (const socket of sockets) socket.destroy();
    await stopped;
    await background.stop();
    services.origins.stop();
    await services.cipher.close();
    await services.jobs.idle();
    await services.mailer?.close();
    await services.sms?.close();
    await services.bus.stop();
    if (!options.database) await services.db.close();
  };
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    port,
    services,
    background,
    close: () => (closing ??= drainAndClose()),
  };
}

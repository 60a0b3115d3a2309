import type { ServerConfig } from './config.js';
import type { Database } from './db/database.js';
import type { EventBus } from './events/bus.js';
import type { EventFeed } from './events/feed.js';
import type { EventStreams } from './events/streams.js';
import type { OriginRegistry } from './http/origins.js';
import type { RateLimiter } from './http/rate-limit.js';
import type { Limits } from './http/shared-rate-limit.js';
import type { TrustedProxies } from './http/trusted-proxies.js';
import type { Lifecycle } from './lifecycle.js';
import type { Mailer } from './notifications/mailer.js';
import type { SmsSender } from './notifications/sms.js';
import type { FieldCipher } from './security/field-cipher.js';

/** Background work the server owns; `close()` waits for it. */
export interface Jobs {
  /** Starts `work` without awaiting it; failures are logged. */
  spawn(name: string, work: () => Promise<unknown>): void;
  /** Resolves when every spawned job has settled. */
  idle(): Promise<void>;
}

/** Everything a request handler may use; built once per server. */
export interface Services {
  db: Database;
  config: ServerConfig;
  bus: EventBus;
  /** New events read once per wake-up for every event stream of this process. */
  feed: EventFeed;
  /** Every open event stream of this process, fed from `feed`. */
  streams: EventStreams;
  /** In-memory counters of this process (PGlite's limiter; `limits` picks shared counters on PostgreSQL). */
  rateLimiter: RateLimiter;
  /** Rate limits: shared by the fleet on PostgreSQL, in memory on PGlite. */
  limits: Limits;
  /** Whose forwarding headers name the client (rate limits, risk rules). */
  proxies: TrustedProxies;
  cipher: FieldCipher;
  mailer: Mailer | undefined;
  /** SMS provider adapter; undefined: SMS is not sent (rows settle as `channel_not_configured`). */
  sms: SmsSender | undefined;
  jobs: Jobs;
  origins: OriginRegistry;
  /** Draining (shutdown): not ready, live streams told to reconnect elsewhere. */
  lifecycle: Lifecycle;
}

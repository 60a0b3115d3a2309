import type { ServerConfig } from './config.js';
import type { Database } from './db/database.js';
import type { EventBus } from './events/bus.js';
import type { RateLimiter } from './http/rate-limit.js';

/** Everything a request handler may use; built once per server. */
export interface Services {
  db: Database;
  config: ServerConfig;
  bus: EventBus;
  rateLimiter: RateLimiter;
}

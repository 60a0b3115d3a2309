import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createApp } from './app.js';
import { DEFAULT_CONFIG, type ServerConfig } from './config.js';
import type { Database } from './db/database.js';
import { openDatabase, type DatabaseOptions } from './db/open.js';
import { seedDemo } from './demo/seed.js';
import { EventBus } from './events/bus.js';
import { RateLimiter } from './http/rate-limit.js';
import { createLogger, type LogLevel } from './logger.js';
import type { Services } from './services.js';

export interface StartServerOptions extends DatabaseOptions {
  /** 0 picks a free port. Default 8787. */
  port?: number;
  host?: string;
  demo?: boolean;
  logLevel?: LogLevel;
  /** An already open (and migrated) database; the server will not close it. */
  database?: Database;
  config?: Partial<Omit<ServerConfig, 'demo'>>;
}

export interface RunningServer {
  url: string;
  port: number;
  services: Services;
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
  const db = options.database ?? (await openDatabase(options));
  if (demo) await seedDemo(db, config.now());
  const bus = new EventBus();
  await bus.start(db);
  return { db, config, bus, rateLimiter: new RateLimiter() };
}

/** Starts the Transaction API on Node. */
export async function startServer(options: StartServerOptions = {}): Promise<RunningServer> {
  const services = await createServices(options);
  const app = createApp(services);
  const host = options.host ?? '127.0.0.1';
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const instance = serve({ fetch: app.fetch, port: options.port ?? 8787, hostname: host }, () => resolve(instance));
    instance.once('error', reject);
  });
  const port = (server.address() as AddressInfo).port;
  const sockets = new Set<import('node:net').Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    port,
    services,
    async close() {
      await services.bus.stop();
      // Open SSE streams would keep the server alive forever.
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      if (!options.database) await services.db.close();
    },
  };
}

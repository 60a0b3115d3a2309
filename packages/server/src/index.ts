export { createApp, toHonoPath } from './app.js';
export { startServer, createServices, type StartServerOptions, type RunningServer } from './server.js';
export { DEFAULT_CONFIG, type ServerConfig, type RateLimitRule } from './config.js';
export { openDatabase, type DatabaseOptions } from './db/open.js';
export { MIGRATIONS, migrate } from './db/migrations.js';
export type { Database, Queryable } from './db/database.js';
export { DEMO_FIXTURES, DEMO_KEYS } from './demo/fixtures.js';
export { seedDemo } from './demo/seed.js';
export { createLogger, type Logger, type LogLevel } from './logger.js';

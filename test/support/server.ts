import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLogger, startServer, type RunningServer, type ServerConfig } from '@txassist/server';
import { testLogDir } from '../../scripts/test-run-logs.mjs';
import { openTestDatabase, type Backend } from './database.js';

export { BACKENDS, type Backend } from './database.js';

let serversStarted = 0;

export interface TestServer extends RunningServer {
  backend: Backend;
  /** Every log line the server wrote. */
  logs: string[];
  /** PostgreSQL connection string of this server's database (undefined on PGlite). */
  databaseUrl: string | undefined;
}

export interface TestServerOptions {
  backend?: Backend;
  demo?: boolean;
  config?: Partial<Omit<ServerConfig, 'demo' | 'logger'>>;
  /** Reuse an open test database (e.g. to restart a server on the same data). */
  database?: import('./database.js').TestDatabase;
}

/** The real reference server on a free port, on a fresh database, demo data loaded by default. */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const backend = options.backend ?? 'pglite';
  const database = options.database ?? (await openTestDatabase(backend));
  const logs: string[] = [];
  // Every test server's log also goes to the run's log folder, which test/log-scan searches for personal data.
  const logFile = join(testLogDir(), `node-${process.pid}-${++serversStarted}.jsonl`);
  const logger = createLogger({
    level: 'debug',
    write: (line) => {
      logs.push(line);
      appendFileSync(logFile, `${line}\n`);
    },
  });
  try {
    const server = await startServer({
      port: 0,
      database: database.db,
      demo: options.demo ?? true,
      config: { validateResponses: true, ...options.config, logger },
    });
    return {
      ...server,
      backend,
      logs,
      databaseUrl: database.url,
      close: async () => {
        await server.close();
        if (!options.database) await database.drop();
      },
    };
  } catch (error) {
    if (!options.database) await database.drop();
    throw error;
  }
}

import { createLogger, startServer, type RunningServer, type ServerConfig } from '@txassist/server';
import { openTestDatabase, type Backend } from './database.js';

export { BACKENDS, type Backend } from './database.js';

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
}

/** The real reference server on a free port, on a fresh database, demo data loaded by default. */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const backend = options.backend ?? 'pglite';
  const database = await openTestDatabase(backend);
  const logs: string[] = [];
  const logger = createLogger({ level: 'debug', write: (line) => logs.push(line) });
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
        await database.drop();
      },
    };
  } catch (error) {
    await database.drop();
    throw error;
  }
}

// Runs the demo: reference API on an embedded PGlite folder with demo data, plus the example storefront.
import { startServer } from '@txassist/server';
import { startMailCapture } from '../examples/mail-capture/server.js';
import { startStorefront } from '../examples/storefront/server.js';

const apiPort = Number(process.env.API_PORT ?? 8787);
const storefrontPort = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? '127.0.0.1';
const dataDir = process.env.TXASSIST_DATA_DIR ?? './data';
const databaseUrl = process.env.DATABASE_URL;

const mail = await startMailCapture({
  smtpPort: Number(process.env.SMTP_PORT ?? 2525),
  httpPort: Number(process.env.MAIL_PORT ?? 8025),
  host,
});
const api = await startServer({
  ...(databaseUrl ? { databaseUrl } : { dataDir }),
  port: apiPort,
  host,
  demo: true,
  logLevel: (process.env.LOG_LEVEL as 'info' | undefined) ?? 'warn',
  config: {
    smtpUrl: mail.smtpUrl,
    // Demo parcels move one step every few seconds, so the storefront shows them live.
    simulatorIntervalMs: Number(process.env.SIMULATOR_INTERVAL_MS ?? 8000),
  },
});
const storefront = await startStorefront({ port: storefrontPort, host, apiBase: api.url, secretKey: 'sk_test_demo' });

console.log(`
  txassist demo is running
  ─────────────────────────────────────────────
  API         ${api.url}   (OpenAPI: ${api.url}/openapi.json)
  Storefront  ${storefront.url}
  Mail        ${mail.url}   (emails the API sends, captured over SMTP)
  Storage     ${databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${dataDir}`}
  Demo keys   sk_test_demo (server side) / pk_test_demo (browser)
  Stop with Ctrl+C
`);

const stop = async () => {
  await storefront.close();
  await api.close();
  await mail.close();
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);

// Runs the demo: reference API on an embedded PGlite folder with demo data, the example storefront,
// and the mail/SMS capture page. A fresh demo order is placed on every start and handed to the
// simulated carrier, so it moves live in the storefront and its email/SMS land on the capture page.
import { DEMO_FIXTURES, DEMO_KEYS, startServer } from '@txassist/server';
import { startMailCapture } from '../examples/mail-capture/server.js';
import { optInToSms, placeDemoOrder } from '../examples/storefront/demo-order.js';
import { startStorefront } from '../examples/storefront/server.js';
import { startAgentConsole } from '../examples/agent-console/server.js';
import { startCreatorVideo } from '../examples/creator-video/server.js';

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
    smsUrl: mail.smsUrl,
    // Demo parcels move one step every few seconds, so the storefront shows them live.
    simulatorIntervalMs: Number(process.env.SIMULATOR_INTERVAL_MS ?? 8000),
  },
});
const storefront = await startStorefront({
  port: storefrontPort,
  host,
  apiBase: api.url,
  secretKey: DEMO_KEYS.secretKey,
});

// The demo buyer opted into text messages (as in the privacy centre), and just bought something.
const demoSeller = { apiBase: api.url, secretKey: DEMO_KEYS.secretKey, buyerId: DEMO_FIXTURES.buyers[0].id };
await optInToSms(demoSeller);
const demoOrder = await placeDemoOrder(demoSeller);

console.log(`
  txassist demo is running
  ─────────────────────────────────────────────
  API         ${api.url}   (OpenAPI: ${api.url}/openapi.json)
  Storefront  ${storefront.url}   (demo order ${demoOrder.number} just went to the carrier: watch it move)
  Account     ${storefront.url}/account.html   (order hub with history and inbox, privacy centre)
  Messages    ${mail.url}   (emails over SMTP and text messages the API sends, captured)
  Storage     ${databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${dataDir}`}
  Demo keys   sk_test_demo (server side) / pk_test_demo (browser)
  Stop with Ctrl+C
`);

// Agent console (issue 7): the review queue of escalated disputes; staff sign in on its page (docs/demo.md).
const agents = await startAgentConsole({
  port: Number(process.env.AGENT_PORT ?? 8090),
  host,
  apiBase: api.url,
});
console.log(`  Agents      ${agents.url}   (agent console: staff sign-in, see docs/demo.md; escalated disputes)\n`);

// Creator video (issue 6): "Buy the routine" opens the checkout helper in a dialog.
const creator = await startCreatorVideo({
  port: Number(process.env.CREATOR_PORT ?? 8070),
  host,
  apiBase: api.url,
  secretKey: DEMO_KEYS.secretKey,
  publishableKey: DEMO_KEYS.publishableKey,
  buyerId: DEMO_FIXTURES.buyers[0].id,
});
console.log(`  Creator     ${creator.url}   (buy from a creator's video: checkout in a dialog)`);
console.log(`              ${creator.url}/buy.html   (creator one-tag checkout: guest, publishable key only)\n`);

const stop = async () => {
  await storefront.close();
  await api.close();
  await mail.close();
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);

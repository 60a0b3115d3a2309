#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { startServer } from '../server.js';
import { auditCommand } from './audit-command.js';

if (process.argv[2] === 'audit') {
  try {
    await auditCommand(process.argv.slice(3));
    process.exit(0);
  } catch (error) {
    console.error(`txassist-server audit: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}

const HELP = `txassist-server — the txassist reference Transaction API

  txassist-server [--db ./data] [--port 8787] [--host 127.0.0.1] [--demo]
  DATABASE_URL=postgres://… txassist-server      use PostgreSQL instead of PGlite
  txassist-server audit --from <ISO> --to <ISO> [--subject <id>]… [--actor <id>] [--json] [--db ./data]
                 who accessed which subjects (breach investigation)

  Environment: TXASSIST_MASTER_KEYS="<id>:<base64 32 bytes>,…" (active first; required in production),
  SMTP_URL=smtp://host:port for email notifications, SMS_URL=http://host/sms for text messages,
  TXASSIST_ALLOWED_ORIGINS=https://shop.example,…, TXASSIST_EVENT_POLL_MS=1000 (event streams re-read
  without a NOTIFY at most this often; 0 = only on NOTIFY)
  TXASSIST_TRUSTED_PROXIES=10.0.0.0/8,::1 proxies whose forwarding header names the client (default: none)
  TXASSIST_TRUSTED_PROXY_HEADER=x-forwarded-for|forwarded   the header they set (default x-forwarded-for)
  TXASSIST_KEY_GRACE_HOURS=24   how long a retired data key is kept before it is destroyed

  --db <dir>     PGlite data folder (default ./data; "memory://" for a throwaway database)
  --port <n>     port (default $API_PORT or 8787)
  --host <h>     interface (default 127.0.0.1)
  --demo         seed demo data and accept the demo keys (refused when NODE_ENV=production)
  --log <level>  debug | info | warn | error | silent
  --trusted-proxy <ip or CIDR>   repeatable; added to TXASSIST_TRUSTED_PROXIES

  Several processes may share one PostgreSQL database (first-run work runs once, keys are shared);
  a PGlite folder belongs to one process at a time.`;

const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    port: { type: 'string' },
    host: { type: 'string' },
    demo: { type: 'boolean', default: false },
    log: { type: 'string' },
    'trusted-proxy': { type: 'string', multiple: true },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  console.log(HELP);
  process.exit(0);
}

const list = (value: string | undefined) =>
  (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

const databaseUrl = process.env.DATABASE_URL;
try {
  const proxyHeader = process.env.TXASSIST_TRUSTED_PROXY_HEADER?.trim().toLowerCase() || 'x-forwarded-for';
  if (proxyHeader !== 'x-forwarded-for' && proxyHeader !== 'forwarded')
    throw new Error('TXASSIST_TRUSTED_PROXY_HEADER is "x-forwarded-for" or "forwarded"');
  const graceHours = process.env.TXASSIST_KEY_GRACE_HOURS;
  if (graceHours !== undefined && !(Number(graceHours) >= 0))
    throw new Error('TXASSIST_KEY_GRACE_HOURS is a number of hours, 0 or more');
  const server = await startServer({
    ...(databaseUrl ? { databaseUrl } : { dataDir: values.db ?? './data' }),
    port: Number(values.port ?? process.env.API_PORT ?? 8787),
    host: values.host ?? '127.0.0.1',
    demo: values.demo || process.env.TXASSIST_DEMO === '1',
    logLevel: (values.log as 'info' | undefined) ?? 'info',
    config: {
      ...(process.env.SMTP_URL ? { smtpUrl: process.env.SMTP_URL } : {}),
      ...(process.env.SMS_URL ? { smsUrl: process.env.SMS_URL } : {}),
      ...(/^\d+$/.test(process.env.TXASSIST_EVENT_POLL_MS ?? '')
        ? { eventPollMs: Number(process.env.TXASSIST_EVENT_POLL_MS) }
        : {}),
      allowedOrigins: list(process.env.TXASSIST_ALLOWED_ORIGINS),
      trustedProxies: [...list(process.env.TXASSIST_TRUSTED_PROXIES), ...(values['trusted-proxy'] ?? [])],
      trustedProxyHeader: proxyHeader,
      ...(graceHours !== undefined ? { retiredKeyGraceMs: Number(graceHours) * 3600_000 } : {}),
    },
  });
  const storage = databaseUrl ? 'PostgreSQL' : `PGlite at ${values.db ?? './data'}`;
  console.error(
    `txassist API listening on ${server.url} (${storage}${values.demo ? ', demo mode: keys sk_test_demo / pk_test_demo' : ''})`,
  );
  const stop = async () => {
    await server.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  console.error(`txassist-server could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

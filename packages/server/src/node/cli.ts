#!/usr/bin/env node
import { startServer } from '../server.js';
import { AUDIT_USAGE, auditCommand } from './audit-command.js';
import { parseCommandLine, UsageError } from './usage.js';

const SERVE_USAGE = `Usage: txassist-server [--db ./data] [--port 8787] [--host 127.0.0.1] [--demo] [--log info]
       txassist-server audit --from <ISO> --to <ISO> [--subject <id>]… [--actor <id>] [--json]
       txassist-server help [audit]

  Starts the txassist reference Transaction API; \`audit\` lists who accessed which subjects.
  DATABASE_URL=postgres://… uses PostgreSQL instead of PGlite.

  Environment: TXASSIST_MASTER_KEYS="<id>:<base64 32 bytes>,…" (active first; required in production),
  SMTP_URL=smtp://host:port for email notifications, SMS_URL=http://host/sms for text messages,
  TXASSIST_ALLOWED_ORIGINS=https://shop.example,…, NODE_ENV=development lets seller webhooks go to
  http:// and private addresses (as demo mode does; otherwise HTTPS to public addresses only),
  TXASSIST_EVENT_POLL_MS=1000 (event streams re-read without a NOTIFY at most this often; 0 = only on NOTIFY)
  TXASSIST_TRUSTED_PROXIES=10.0.0.0/8,::1 proxies whose forwarding header names the client (default: none)
  TXASSIST_TRUSTED_PROXY_HEADER=x-forwarded-for|forwarded   the header they set (default x-forwarded-for)
  TXASSIST_KEY_GRACE_HOURS=24   how long a retired data key is kept before it is destroyed
  TXASSIST_SWEEP_MS=60000   how often case deadlines and late shipments are checked (once per fleet)
  TXASSIST_EXPORT_STEP_DELAY_MS=150   pause between the steps of a data export
  TXASSIST_DRAIN_MS=10000   on SIGTERM, how long requests in flight may take to finish
  TXASSIST_KEEP_ALIVE_MS=65000   idle kept-alive connections stay open this long (more than your balancer's idle limit)
  TXASSIST_JOB_LEASE_MS=30000   a data export or a message send whose process went silent this long is taken over

  --db <dir>     PGlite data folder (default ./data; "memory://" for a throwaway database)
  --port <n>     port (default $API_PORT or 8787)
  --host <h>     interface (default 127.0.0.1)
  --demo         seed demo data and accept the demo keys (refused when NODE_ENV=production)
  --log <level>  debug | info | warn | error | silent
  --trusted-proxy <ip or CIDR>   repeatable; added to TXASSIST_TRUSTED_PROXIES
  -h, --help     this text

  Several processes may share one PostgreSQL database (first-run work runs once, keys are shared,
  rate limits are counted together, periodic jobs run once per fleet); a PGlite folder belongs to one
  process at a time. SIGTERM drains: not ready at once, requests finish, live streams are told to retry.`;

const USAGES: Readonly<Record<string, string>> = { serve: SERVE_USAGE, audit: AUDIT_USAGE };
const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;

/** A usage error: what is wrong, then the usage, on stderr; exit code 2. */
function usageError(message: string, usage: string): never {
  console.error(`txassist-server: ${message}\n\n${usage}`);
  process.exit(2);
}

/** A whole number of milliseconds from the environment, or undefined when unset. */
function envMs(name: string): number | undefined {
  const value = process.env[name];
  if (value === undefined || value === '') return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`${name} is a whole number of milliseconds`);
  return Number(value);
}

/** Config entries for the variables that are set. */
function fromEnv<K extends string>(entries: Record<K, string>): Partial<Record<K, number>> {
  const config: Partial<Record<K, number>> = {};
  for (const [key, name] of Object.entries(entries) as [K, string][]) {
    const value = envMs(name);
    if (value !== undefined) config[key] = value;
  }
  return config;
}

const list = (value: string | undefined) =>
  (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

async function serve(args: string[]): Promise<void> {
  const values = parseCommandLine(args, {
    db: { type: 'string' },
    port: { type: 'string' },
    host: { type: 'string' },
    demo: { type: 'boolean', default: false },
    log: { type: 'string' },
    'trusted-proxy': { type: 'string', multiple: true },
    help: { type: 'boolean', short: 'h', default: false },
  });
  if (values.help) {
    console.log(SERVE_USAGE);
    process.exit(0);
  }
  const port = Number(values.port ?? process.env.API_PORT ?? 8787);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new UsageError('--port must be 0 to 65535');
  const log = values.log ?? 'info';
  if (!(LOG_LEVELS as readonly string[]).includes(log)) throw new UsageError(`--log must be ${LOG_LEVELS.join(', ')}`);

  const proxyHeader = process.env.TXASSIST_TRUSTED_PROXY_HEADER?.trim().toLowerCase() || 'x-forwarded-for';
  if (proxyHeader !== 'x-forwarded-for' && proxyHeader !== 'forwarded')
    throw new UsageError('TXASSIST_TRUSTED_PROXY_HEADER is "x-forwarded-for" or "forwarded"');
  const graceHours = process.env.TXASSIST_KEY_GRACE_HOURS;
  if (graceHours !== undefined && !(Number(graceHours) >= 0))
    throw new UsageError('TXASSIST_KEY_GRACE_HOURS is a number of hours, 0 or more');

  const timings = fromEnv({
    lateShipmentCheckMs: 'TXASSIST_SWEEP_MS',
    exportStepDelayMs: 'TXASSIST_EXPORT_STEP_DELAY_MS',
    drainMs: 'TXASSIST_DRAIN_MS',
    keepAliveMs: 'TXASSIST_KEEP_ALIVE_MS',
    jobLeaseMs: 'TXASSIST_JOB_LEASE_MS',
  });
  const databaseUrl = process.env.DATABASE_URL;
  try {
    const server = await startServer({
      ...(databaseUrl ? { databaseUrl } : { dataDir: values.db ?? './data' }),
      port,
      host: values.host ?? '127.0.0.1',
      demo: values.demo || process.env.TXASSIST_DEMO === '1',
      logLevel: log as (typeof LOG_LEVELS)[number],
      config: {
        ...(process.env.SMTP_URL ? { smtpUrl: process.env.SMTP_URL } : {}),
        ...(process.env.SMS_URL ? { smsUrl: process.env.SMS_URL } : {}),
        ...(process.env.NODE_ENV === 'development' ? { webhookDestinations: 'any' as const } : {}),
        ...(/^\d+$/.test(process.env.TXASSIST_EVENT_POLL_MS ?? '')
          ? { eventPollMs: Number(process.env.TXASSIST_EVENT_POLL_MS) }
          : {}),
        allowedOrigins: list(process.env.TXASSIST_ALLOWED_ORIGINS),
        trustedProxies: [
          ...list(process.env.TXASSIST_TRUSTED_PROXIES),
          ...((values['trusted-proxy'] as string[] | undefined) ?? []),
        ],
        trustedProxyHeader: proxyHeader,
        ...(graceHours !== undefined ? { retiredKeyGraceMs: Number(graceHours) * 3600_000 } : {}),
        ...timings,
      },
    });
    const storage = databaseUrl ? 'PostgreSQL' : `PGlite at ${values.db ?? './data'}`;
    console.error(
      `txassist API listening on ${server.url} (${storage}${values.demo ? ', demo mode: keys sk_test_demo / pk_test_demo' : ''})`,
    );
    const stop = async (signal: string) => {
      console.error(
        `txassist-server: ${signal}, draining (requests in flight finish, live streams reconnect elsewhere)`,
      );
      await server.close();
      console.error('txassist-server: drained, exiting');
      process.exit(0);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  } catch (error) {
    console.error(`txassist-server could not start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}

const [command, ...rest] = process.argv.slice(2);

if (command === 'help') {
  const topic = rest[0] ?? 'serve';
  if (rest.length > 1 || !Object.hasOwn(USAGES, topic)) usageError(`no help for "${rest.join(' ')}"`, SERVE_USAGE);
  console.log(USAGES[topic]);
  process.exit(0);
}

if (command === 'audit') {
  try {
    await auditCommand(rest);
    process.exit(0);
  } catch (error) {
    if (error instanceof UsageError) usageError(`audit: ${error.message}`, AUDIT_USAGE);
    console.error(`txassist-server audit: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}

if (command !== undefined && !command.startsWith('-')) usageError(`unknown command "${command}"`, SERVE_USAGE);
try {
  await serve(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  usageError(error.message, SERVE_USAGE);
}

import type { ROUTES } from '@txassist/contract';
import { buildOpenApiDocument } from '@txassist/contract/openapi';
import { MIGRATIONS } from '../db/migrate.js';
import { ProblemError } from '../http/problem.js';
import type { RouteHandler } from '../http/route-handler.js';

/**
 * Liveness: the process answers. It does not ask the database: while the database is away every
 * process would fail the probe, and restarting them all would not bring it back (readiness says it).
 */
export const health: RouteHandler<typeof ROUTES.health> = async ({ services }) => ({
  status: 'ok',
  database: services.db.kind,
  version: services.config.version,
});

/** How long readiness waits for the database: a probe gets its answer even when packets are dropped. */
const READINESS_TIMEOUT_MS = 2_000;

/** 503 while draining, when the database does not answer, or before this version's migrations ran. */
export const readiness: RouteHandler<typeof ROUTES.readiness> = async ({ services }) => {
  if (services.lifecycle.draining) throw new ProblemError('service_unavailable', 'This server is shutting down.');
  const expected = MIGRATIONS.at(-1)!.id;
  let timedOut!: (value: undefined) => void;
  const timeout = new Promise<undefined>((resolve) => (timedOut = resolve));
  const timer = setTimeout(() => timedOut(undefined), READINESS_TIMEOUT_MS);
  const applied = await Promise.race([
    services.db.query<{ id: string }>('select id from schema_migrations where id = $1', [expected]),
    timeout,
  ])
    .catch(() => undefined)
    .finally(() => clearTimeout(timer));
  if (!applied) {
    throw new ProblemError('service_unavailable', 'The database does not answer. Try again once it is reachable.');
  }
  if (applied.rows.length === 0) {
    throw new ProblemError('service_unavailable', 'The database schema is older than this server expects.');
  }
  return { status: 'ready', database: services.db.kind, schema: expected };
};

let cachedDocument: ReturnType<typeof buildOpenApiDocument> | undefined;

export const openapi: RouteHandler<typeof ROUTES.openapi> = async ({ c, services }) => {
  cachedDocument ??= buildOpenApiDocument({ version: services.config.version });
  const origin = new URL(c.req.url).origin;
  return {
    ...cachedDocument,
    openapi: '3.1.0',
    servers: [{ url: origin }],
    paths: cachedDocument.paths as Record<string, unknown>,
  };
};

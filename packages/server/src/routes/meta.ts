import type { ROUTES } from '@txassist/contract';
import { buildOpenApiDocument } from '@txassist/contract/openapi';
import { MIGRATIONS } from '../db/migrate.js';
import { ProblemError } from '../http/problem.js';
import type { RouteHandler } from '../http/route-handler.js';

export const health: RouteHandler<typeof ROUTES.health> = async ({ services }) => {
  await services.db.query('select 1');
  return { status: 'ok', database: services.db.kind, version: services.config.version };
};

/** 503 while draining, when the database does not answer, or before this version's migrations ran. */
export const readiness: RouteHandler<typeof ROUTES.readiness> = async ({ services }) => {
  if (services.lifecycle.draining) throw new ProblemError('service_unavailable', 'This server is shutting down.');
  const expected = MIGRATIONS.at(-1)!.id;
  const applied = await services.db
    .query<{ id: string }>('select id from schema_migrations where id = $1', [expected])
    .catch(() => undefined);
  if (!applied) throw new ProblemError('service_unavailable', 'The database does not answer.');
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

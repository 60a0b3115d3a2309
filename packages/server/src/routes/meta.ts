import type { ROUTES } from '@txassist/contract';
import { buildOpenApiDocument } from '@txassist/contract/openapi';
import type { RouteHandler } from '../http/route-handler.js';

export const health: RouteHandler<typeof ROUTES.health> = async ({ services }) => {
  await services.db.query('select 1');
  return { status: 'ok', database: services.db.kind, version: services.config.version };
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

import {
  API_VERSION_HEADER,
  API_VERSIONS,
  changesAfter,
  isApiVersion,
  LATEST_API_VERSION,
  ROUTES,
  type ApiVersionName,
  type RouteDefinition,
} from '@txassist/contract';
import type { Context, MiddlewareHandler } from 'hono';
import { getSellerPolicy } from '../store/policies.js';
import type { AppEnv } from './env.js';
import { ProblemError } from './problem.js';

type ChangeId = (typeof API_VERSIONS)[number]['changes'][number]['id'];

/**
 * How each breaking change is undone for callers pinned to a version before it: the newest JSON answer in,
 * the older shape out. A change listed in the contract without an entry here fails the type check.
 */
const DOWNGRADES: Record<ChangeId, (body: Record<string, unknown>) => Record<string, unknown>> = {
  webhook_endpoint_enabled_events: ({ enabled_events, ...rest }) => ({ ...rest, events: enabled_events }),
};

/** `{ method, pattern, operationId }` per route, to find which route answered a request. */
const ROUTE_PATTERNS = (Object.values(ROUTES) as RouteDefinition[]).map((route) => ({
  method: route.method.toUpperCase(),
  pattern: new RegExp(`^${route.path.replace(/\{\w+\}/g, '[^/]+')}$`),
  operationId: route.operationId,
}));

function operationOf(method: string, path: string): string | undefined {
  return ROUTE_PATTERNS.find((route) => route.method === method && route.pattern.test(path))?.operationId;
}

/** The version asked for by the header, or undefined; a value naming no version is refused before any work. */
function requestedVersion(c: Context<AppEnv>): ApiVersionName | undefined {
  const value = c.req.header(API_VERSION_HEADER)?.trim();
  if (value === undefined || value === '') return undefined;
  if (isApiVersion(value)) return value;
  throw new ProblemError(
    'invalid_api_version',
    `Send one of ${API_VERSIONS.map((entry) => entry.version).join(', ')} in ${API_VERSION_HEADER}, or leave the header out for your account's default.`,
  );
}

/** Without the header: the version the caller's seller pinned in its policy, else the newest. */
async function defaultVersion(c: Context<AppEnv>): Promise<ApiVersionName> {
  const principal = c.var.principal;
  if (!principal || !('sellerId' in principal)) return LATEST_API_VERSION;
  const policy = await getSellerPolicy(c.var.services.db, principal.sellerId);
  return policy.api_version ?? LATEST_API_VERSION;
}

/**
 * API versions (docs/api-versions.md): reads `TxAssist-Version`, answers with the version it applied in the
 * same header, and reshapes a JSON answer for a caller pinned before a breaking change to that route.
 * Errors (problem+json) and event streams keep one shape across versions.
 */
export function apiVersions(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const asked = requestedVersion(c);
    await next();
    const applied = asked ?? (await defaultVersion(c));
    c.res.headers.set(API_VERSION_HEADER, applied);
    if (applied === LATEST_API_VERSION || c.res.status >= 300) return;
    const type = c.res.headers.get('Content-Type') ?? '';
    if (!type.startsWith('application/json')) return;
    const operationId = operationOf(c.req.method, c.req.path);
    const changes = changesAfter(applied).filter((change) => operationId && change.operations.includes(operationId));
    if (changes.length === 0) return;
    let body = (await c.res.clone().json()) as Record<string, unknown>;
    for (const change of changes) body = DOWNGRADES[change.id as ChangeId](body);
    const headers = new Headers(c.res.headers);
    headers.delete('Content-Length');
    c.res = new Response(JSON.stringify(body), { status: c.res.status, headers });
  };
}

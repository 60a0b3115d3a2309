import { API_VERSION_HEADER, newId, ROUTES, toFieldErrors, type RouteDefinition } from '@txassist/contract';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { apiVersions } from './http/api-version.js';
import { authenticate, PUBLISHABLE_KEY_HEADER } from './http/authenticate.js';
import { drainUnreadBody } from './http/drain-body.js';
import type { AppEnv } from './http/env.js';
import { IDEMPOTENCY_HEADER, idempotencyKeyOf, withIdempotency } from './http/idempotency.js';
import { parseJsonBody, parseWith } from './http/parse.js';
import { ProblemError, problemResponse } from './http/problem.js';
import type { RouteHandler } from './http/route-handler.js';
import { companionFor } from './routes/companions.js';
import { HANDLERS } from './routes/index.js';
import { bodyLimitFor } from './cases/upload-limit.js';
import type { Services } from './services.js';
import { KeyUnavailableError } from './security/field-cipher.js';

/** `/v1/orders/{order_id}` → `/v1/orders/:order_id` */
export function toHonoPath(path: string): string {
  return path.replace(/\{(\w+)\}/g, ':$1');
}

function sendJson(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}

function mount(app: Hono<AppEnv>, route: RouteDefinition, handler: RouteHandler<RouteDefinition>): void {
  app.on(route.method.toUpperCase(), toHonoPath(route.path), async (c) => {
    const companionRead = companionFor(route, c.req.param());
    const { principal, publishableSeller, companion } = await authenticate(c, route, companionRead);
    c.set('principal', principal);

    /** `services` is per request: a keyed POST runs with its database handle bound to its transaction. */
    const run = async (services: Services): Promise<Response> => {
      const params = route.params ? parseWith(route.params, c.req.param(), 'not_found') : undefined;
      const query = route.query ? parseWith(route.query, c.req.query(), 'invalid_query') : undefined;
      const body = route.body && !route.rawBody ? await parseJsonBody(c, route.body) : undefined;
      const result = await handler({
        c,
        services,
        now: services.config.now(),
        principal,
        publishableSeller,
        params,
        query,
        body,
        // Only outside a transaction: a keyed POST must read under its own transaction.
        companion: companionRead && services === c.var.services ? { row: companion } : undefined,
      } as never);
      if (result instanceof Response) return result;
      if (services.config.validateResponses && route.response.schema) {
        const check = route.response.schema.safeParse(result);
        if (!check.success) {
          services.config.logger.error('response does not match its documented schema', {
            route: route.operationId,
            issues: JSON.stringify(toFieldErrors(check.error.issues)),
          });
          throw new Error(`Response of ${route.operationId} does not match its schema`);
        }
      }
      return sendJson(route.response.status, result);
    };

    if (route.method === 'post' && route.auth !== 'none') {
      const caller = principal?.caller ?? (publishableSeller ? `publishable:${publishableSeller.id}` : undefined);
      if (!caller) throw new Error(`${route.operationId}: an authenticated route without a caller`);
      return withIdempotency(c, caller, { returnsCredential: route.returnsCredential === true }, run);
    }
    // Unauthenticated POSTs (staff sign-in, carrier events, wallet decisions) have no caller to
    // keep keys for, and one namespace shared by everyone would let anyone replay anyone's answer.
    // They are safe to repeat by their own means: a TOTP step or recovery code works once, a
    // carrier event id is processed once, a wallet session is decided once.
    if (route.method === 'post') idempotencyKeyOf(c);
    return run(c.var.services);
  });
}

/** The Transaction API as a Hono app: Web-standard APIs only, so it runs on any runtime Hono supports. */
export function createApp(services: Services): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const { logger } = services.config;

  app.use('*', async (c, next) => {
    const requestId = newId('req');
    const started = performance.now();
    c.set('requestId', requestId);
    c.set('services', services);
    c.set('principal', null);
    await next();
    c.res.headers.set('X-Request-Id', requestId);
    logger.info('request', {
      request_id: requestId,
      method: c.req.method,
      path: new URL(c.req.url).pathname,
      status: c.res.status,
      duration_ms: Math.round(performance.now() - started),
      role: c.var.principal?.role,
    });
  });

  app.use('*', async (c, next) => {
    await next();
    await drainUnreadBody(c, bodyLimitFor(c.req.method, c.req.path, services.config.maxBodyBytes));
  });

  // Security headers on every API response. The API serves JSON only, so nothing may frame it or
  // run as a document from it (pages that must be framable set their own policy).
  app.use('*', async (c, next) => {
    await next();
    const headers = c.res.headers;
    headers.set('Strict-Transport-Security', 'max-age=63072000; includeSubDomains');
    headers.set('X-Content-Type-Options', 'nosniff');
    headers.set('Referrer-Policy', 'no-referrer');
    if (!headers.has('Content-Security-Policy')) {
      headers.set('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'");
      headers.set('X-Frame-Options', 'DENY');
    }
    if (!headers.has('Cache-Control')) headers.set('Cache-Control', 'no-store');
  });

  // CORS only for registered storefront origins (tokens travel in headers, never cookies).
  app.use(
    '*',
    cors({
      origin: (origin) => (services.origins.allows(origin) ? origin : null),
      allowMethods: ['GET', 'POST', 'OPTIONS'],
      allowHeaders: [
        'Authorization',
        'Content-Type',
        IDEMPOTENCY_HEADER,
        PUBLISHABLE_KEY_HEADER,
        'Last-Event-ID',
        'Accept-Language',
        API_VERSION_HEADER,
      ],
      // Date: the help assistant's connection check compares the device clock with the server's.
      exposeHeaders: ['X-Request-Id', 'Retry-After', 'Idempotent-Replayed', 'Date', API_VERSION_HEADER],
      maxAge: 600,
    }),
  );

  app.use('*', apiVersions());

  // Too large by its Content-Length: read (and drop) the rest before answering, up to a cap, so
  // the client finishes sending and reads the 413 instead of a reset connection.
  app.use('*', async (c, next) => {
    const declared = Number(c.req.header('Content-Length') ?? 0);
    const max = bodyLimitFor(c.req.method, c.req.path, services.config.maxBodyBytes);
    if (declared > max) {
      if (declared <= max * 16 && c.req.raw.body) {
        const reader = c.req.raw.body.getReader();
        while (!(await reader.read()).done);
      } else {
        c.header('Connection', 'close');
      }
      throw new ProblemError('payload_too_large', `Keep the body under ${max} bytes.`);
    }
    await next();
  });

  const bodyLimits = new Map<number, ReturnType<typeof bodyLimit>>();
  app.use('*', (c, next) => {
    // Evidence uploads (base64 files) may be larger than JSON calls.
    const maxSize = bodyLimitFor(c.req.method, c.req.path, services.config.maxBodyBytes);
    let limit = bodyLimits.get(maxSize);
    if (!limit) {
      limit = bodyLimit({
        maxSize,
        onError: () => {
          throw new ProblemError('payload_too_large', `Keep the body under ${maxSize} bytes.`);
        },
      });
      bodyLimits.set(maxSize, limit);
    }
    return limit(c, next);
  });

  for (const [id, route] of Object.entries(ROUTES) as [keyof typeof ROUTES, RouteDefinition][]) {
    mount(app, route, HANDLERS[id] as RouteHandler<RouteDefinition>);
  }

  // A known path with an unsupported method answers 405 with Allow, not 404.
  const methodsByPath = new Map<string, string[]>();
  for (const route of Object.values(ROUTES) as RouteDefinition[]) {
    methodsByPath.set(route.path, [...(methodsByPath.get(route.path) ?? []), route.method.toUpperCase()]);
  }
  for (const [path, methods] of methodsByPath) {
    app.all(toHonoPath(path), (c) => {
      c.header('Allow', methods.join(', '));
      throw new ProblemError('method_not_allowed', `Use ${methods.join(' or ')} on this path.`);
    });
  }

  app.notFound((c) => problemResponse(new ProblemError('not_found', 'There is no such API path.'), c.var.requestId));

  app.onError((error, c: Context<AppEnv>) => {
    if (error instanceof ProblemError) {
      const response = problemResponse(error, c.var.requestId);
      const allow = c.res.headers.get('Allow');
      if (allow) response.headers.set('Allow', allow);
      return response;
    }
    if (error instanceof KeyUnavailableError) {
      // Alarmed where it happened (the cipher logs the key and field); the caller may retry.
      logger.error('request failed: encryption key unavailable', { request_id: c.var.requestId, alarm: error.alarm });
      return problemResponse(
        new ProblemError(
          'service_unavailable',
          `This data cannot be read or written right now; try again later, quoting request ${c.var.requestId}.`,
        ),
        c.var.requestId,
      );
    }
    logger.error('unhandled error', {
      request_id: c.var.requestId,
      error: error instanceof Error ? error.message : String(error),
    });
    return problemResponse(
      new ProblemError('internal_error', `Try again; if it keeps failing, quote request ${c.var.requestId}.`),
      c.var.requestId,
    );
  });

  return app;
}

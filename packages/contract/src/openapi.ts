import * as z from 'zod/mini';
import { IDEMPOTENCY_KEY_RETENTION_HOURS, IDEMPOTENCY_LEASE_SECONDS } from './idempotency.js';
import { ERROR_CODES, Problem, PROBLEM_CONTENT_TYPE, type ErrorCode } from './problem.js';
import { COMMON_ERROR_CODES, ROUTE_LIST, type RouteDefinition } from './route-table.js';

type JsonSchema = Record<string, unknown>;

function schemaOf(schema: z.ZodMiniType, io: 'input' | 'output'): JsonSchema {
  const json = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as JsonSchema;
  delete json.$schema;
  return json;
}

function parametersOf(route: RouteDefinition): JsonSchema[] {
  const parameters: JsonSchema[] = [];
  const add = (where: 'path' | 'query', object: z.ZodMiniObject | undefined) => {
    if (!object) return;
    const json = schemaOf(object, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
    for (const [name, schema] of Object.entries(json.properties ?? {})) {
      parameters.push({ name, in: where, required: where === 'path' || (json.required ?? []).includes(name), schema });
    }
  };
  add('path', route.params);
  add('query', route.query);
  if (route.auth === 'token' || route.auth === 'secret_key') {
    parameters.push({ $ref: '#/components/parameters/IdempotencyKey' });
  }
  return route.method === 'post' ? parameters : parameters.filter((p) => !('$ref' in p));
}

function errorResponses(codes: readonly ErrorCode[]): Record<string, JsonSchema> {
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of [...codes, ...COMMON_ERROR_CODES]) {
    const status = ERROR_CODES[code].status;
    byStatus.set(status, [...new Set([...(byStatus.get(status) ?? []), code])]);
  }
  const responses: Record<string, JsonSchema> = {};
  for (const [status, list] of [...byStatus].sort(([a], [b]) => a - b)) {
    responses[String(status)] = {
      description: `Problem with code: ${list.join(', ')}`,
      content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: '#/components/schemas/Problem' } } },
    };
  }
  return responses;
}

function operationOf(route: RouteDefinition): JsonSchema {
  const security =
    route.auth === 'none'
      ? []
      : route.auth === 'publishable_key'
        ? [{ publishableKey: [] }]
        : route.auth === 'secret_key'
          ? [{ bearer: [] }]
          : [{ bearer: [] }];
  const operation: JsonSchema = {
    operationId: route.operationId,
    summary: route.summary,
    tags: [route.tag],
    security,
    'x-roles': route.roles,
    parameters: parametersOf(route),
    responses: {
      [String(route.response.status)]: {
        description: route.response.description,
        headers: { 'X-Request-Id': { $ref: '#/components/headers/RequestId' } },
        content: {
          [route.response.contentType ?? 'application/json']: route.response.schema
            ? { schema: schemaOf(route.response.schema, 'output') }
            : {},
        },
      },
      ...errorResponses(route.errors),
    },
  };
  if (route.body) {
    operation.requestBody = {
      required: true,
      content: { 'application/json': { schema: schemaOf(route.body, 'input') } },
    };
  }
  return operation;
}

/** The OpenAPI 3.1 document, generated from `ROUTES` and the contract schemas. */
export function buildOpenApiDocument(options: { serverUrl?: string; version?: string } = {}): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const route of ROUTE_LIST) {
    (paths[route.path] ??= {})[route.method] = operationOf(route);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'txassist Transaction API',
      version: options.version ?? '0.1.0',
      description: 'Orders, payments, tracking, refunds, disputes and help for social commerce.',
    },
    servers: options.serverUrl ? [{ url: options.serverUrl }] : [],
    paths,
    components: {
      schemas: { Problem: schemaOf(Problem, 'output') },
      parameters: {
        IdempotencyKey: {
          name: 'Idempotency-Key',
          in: 'header',
          required: false,
          description:
            `Up to 255 visible ASCII characters; a replay within ${IDEMPOTENCY_KEY_RETENTION_HOURS} h returns the first response exactly. ` +
            'An answer that carries a credential (session token, signing secret) is never replayed: the key again gets 409 idempotency_key_used. ' +
            `A request cut off by a server failure holds its key for at most ${IDEMPOTENCY_LEASE_SECONDS} s; then a retry runs it (or gets its committed answer).`,
          schema: { type: 'string', maxLength: 255 },
        },
      },
      headers: {
        RequestId: {
          description: 'Unique id of this request, quoted in problems and logs',
          schema: { type: 'string' },
        },
      },
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          description:
            'Secret key, buyer session token or staff session token (staff sign in at POST /v1/staff/sessions)',
        },
        publishableKey: { type: 'apiKey', in: 'header', name: 'X-Tx-Publishable-Key' },
      },
    },
  };
}

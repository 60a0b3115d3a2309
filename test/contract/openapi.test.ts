import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ORDER_STATUSES, PROBLEM_CONTENT_TYPE, ROUTE_LIST } from '@txassist/contract';
import { buildOpenApiDocument } from '@txassist/contract/openapi';

type Json = Record<string, unknown>;
interface Operation {
  operationId: string;
  parameters: Json[];
  responses: Record<string, { content?: Record<string, { schema?: Json }> }>;
  requestBody?: { content: Record<string, { schema: Json }> };
}

const doc = buildOpenApiDocument() as Json & { paths: Record<string, Record<string, Operation>> };

/** Every `$ref` string anywhere in the document. */
function refs(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) refs(item, found);
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key === '$ref' && typeof item === 'string') found.push(item);
      else refs(item, found);
    }
  }
  return found;
}

function resolve(pointer: string): unknown {
  assert.ok(pointer.startsWith('#/'), `external or malformed $ref ${pointer}`);
  return pointer
    .slice(2)
    .split('/')
    .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
    .reduce<unknown>((node, part) => (node as Json | undefined)?.[part], doc);
}

describe('OpenAPI document', () => {
  test('is OpenAPI 3.1 with info and is plain JSON', () => {
    assert.match(String(doc.openapi), /^3\.1\.\d+$/);
    assert.equal(typeof (doc.info as Json).title, 'string');
    assert.deepEqual(JSON.parse(JSON.stringify(doc)), doc);
  });

  test('has every route, once, under its path and method', () => {
    const operations = Object.values(doc.paths).flatMap((methods) => Object.values(methods));
    assert.equal(operations.length, ROUTE_LIST.length);
    for (const route of ROUTE_LIST) {
      const operation = doc.paths[route.path]?.[route.method];
      assert.ok(operation, `${route.method.toUpperCase()} ${route.path} is missing`);
      assert.equal(operation.operationId, route.operationId);
      assert.ok(operation.responses[String(route.response.status)], `${route.operationId}: success response`);
    }
  });

  test('path parameters match the placeholders', () => {
    for (const route of ROUTE_LIST) {
      const operation = doc.paths[route.path]![route.method]!;
      const inPath = operation.parameters.filter((parameter) => parameter.in === 'path');
      const names = [...route.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
      assert.deepEqual(inPath.map((parameter) => parameter.name).sort(), names.sort(), route.operationId);
      for (const parameter of inPath) assert.equal(parameter.required, true);
    }
  });

  test('routes with a body document it; errors are problem+json', () => {
    for (const route of ROUTE_LIST) {
      const operation = doc.paths[route.path]![route.method]!;
      assert.equal(Boolean(operation.requestBody), Boolean(route.body), route.operationId);
      const errorStatuses = Object.keys(operation.responses).filter((status) => Number(status) >= 400);
      assert.ok(errorStatuses.length > 0, route.operationId);
      for (const status of errorStatuses) assert.ok(operation.responses[status]?.content?.[PROBLEM_CONTENT_TYPE]);
    }
  });

  test('the order schema lists every status', () => {
    const schema = doc.paths['/v1/orders/{order_id}']?.get?.responses['200']?.content?.['application/json']?.schema as
      { properties: { status: { enum: string[] } } } | undefined;
    assert.ok(schema, 'GET /v1/orders/{order_id} has no JSON schema');
    assert.deepEqual([...schema.properties.status.enum].sort(), [...ORDER_STATUSES].sort());
  });

  test('every $ref resolves', () => {
    const all = refs(doc);
    assert.ok(all.length > 0);
    for (const ref of new Set(all)) assert.ok(resolve(ref) !== undefined, `unresolved ${ref}`);
  });

  test('options set the server URL and version', () => {
    const custom = buildOpenApiDocument({ serverUrl: 'https://api.example.com', version: '9.9.9' });
    assert.deepEqual(custom.servers, [{ url: 'https://api.example.com' }]);
    assert.equal((custom.info as Json).version, '9.9.9');
    assert.deepEqual(doc.servers, []);
  });
});

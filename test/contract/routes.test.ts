import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildPath, COMMON_ERROR_CODES, ERROR_CODES, ROUTE_LIST, ROUTES, ROLES } from '@txassist/contract';

/** Names of the `{placeholders}` in a path template. */
const placeholders = (path: string) => [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);
const sorted = (values: readonly string[]) => [...values].sort();

describe('routes registry', () => {
  test('is not empty and ROUTE_LIST mirrors ROUTES', () => {
    assert.ok(ROUTE_LIST.length >= 2);
    assert.deepEqual(ROUTE_LIST, Object.values(ROUTES));
  });

  test('every route has a response status, description and schema', () => {
    for (const route of ROUTE_LIST) {
      assert.ok(Number.isInteger(route.response.status) && route.response.status >= 200 && route.response.status < 300);
      assert.ok(route.response.description.length > 0, route.operationId);
      assert.ok(route.response.schema, `${route.operationId} has no response schema`);
      assert.equal(typeof route.response.schema.safeParse, 'function', route.operationId);
    }
  });

  test('each route is also exported on its own as `<operationId>Route` (tree-shakable imports)', async () => {
    const contract: Record<string, unknown> = await import('@txassist/contract');
    for (const [key, route] of Object.entries(ROUTES)) assert.equal(contract[`${key}Route`], route, key);
  });

  test('operationIds are unique and match their key', () => {
    const ids = ROUTE_LIST.map((route) => route.operationId);
    assert.equal(new Set(ids).size, ids.length);
    for (const [key, route] of Object.entries(ROUTES)) assert.equal(route.operationId, key);
  });

  test('method + path pairs are unique', () => {
    const pairs = ROUTE_LIST.map((route) => `${route.method} ${route.path}`);
    assert.equal(new Set(pairs).size, pairs.length);
  });

  test('declared path params match the {placeholders} in the path', () => {
    for (const route of ROUTE_LIST) {
      const declared = route.params ? Object.keys(route.params.def.shape) : [];
      assert.deepEqual(sorted(declared), sorted(placeholders(route.path)), route.operationId);
    }
  });

  test('paths are absolute, lowercase, and the API lives under /v1', () => {
    for (const route of ROUTE_LIST) {
      assert.match(route.path, /^(\/([a-z0-9.-]+|\{[a-z_]+\}))+$/, route.operationId);
      if (route.tag !== 'meta') assert.ok(route.path.startsWith('/v1/'), route.path);
    }
  });

  test('documented error codes exist; roles are known; token routes name at least one role', () => {
    for (const route of ROUTE_LIST) {
      for (const code of [...route.errors, ...COMMON_ERROR_CODES]) assert.ok(code in ERROR_CODES, code);
      assert.equal(new Set(route.errors).size, route.errors.length, route.operationId);
      for (const role of route.roles) assert.ok(ROLES.includes(role), `${route.operationId}: ${role}`);
      if (route.auth === 'token') assert.ok(route.roles.length > 0, route.operationId);
      if (route.auth === 'none') assert.deepEqual(route.roles, [], route.operationId);
      if (route.method === 'get') assert.equal(route.body, undefined, `${route.operationId}: GET with a body`);
    }
  });
});

describe('buildPath', () => {
  test('fills placeholders', () => {
    assert.equal(
      buildPath(ROUTES.getOrder.path, { order_id: 'ord_4f9aQ2xT7kLm3Np8Rs1V' }),
      '/v1/orders/ord_4f9aQ2xT7kLm3Np8Rs1V',
    );
    assert.equal(buildPath('/a/{x}/b/{y}', { x: '1', y: '2' }), '/a/1/b/2');
    assert.equal(buildPath('/v1/orders'), '/v1/orders');
  });

  test('encodes every value so it stays one path segment', () => {
    assert.equal(buildPath('/v1/orders/{order_id}', { order_id: 'a/b?c#d e%' }), '/v1/orders/a%2Fb%3Fc%23d%20e%25');
    assert.equal(buildPath('/v1/orders/{order_id}', { order_id: 'ünï' }), '/v1/orders/%C3%BCn%C3%AF');
  });

  test('refuses ".", ".." and "" which would reach another route', () => {
    for (const order_id of ['.', '..', '']) {
      assert.throws(() => buildPath('/v1/orders/{order_id}', { order_id }), { name: 'TypeError' });
    }
    assert.equal(buildPath('/v1/orders/{order_id}', { order_id: '...' }), '/v1/orders/...');
  });

  test('throws on a missing parameter', () => {
    assert.throws(() => buildPath('/v1/orders/{order_id}', {}), { name: 'TypeError', message: /order_id/ });
  });
});

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ROUTE_LIST, ROUTES } from '@txassist/contract';
import { createApp, DEMO_FIXTURES, DEMO_KEYS, toHonoPath } from '@txassist/server';
import Ajv2020 from 'ajv/dist/2020.js';
import { buyerToken, call, type CallResult } from '../support/http.js';
import { startTestServer, type TestServer } from '../support/server.js';

type Doc = {
  openapi: string;
  paths: Record<
    string,
    Record<string, { responses: Record<string, { content?: Record<string, { schema?: object }> }> }>
  >;
  components: { schemas: Record<string, object> };
};

describe('OpenAPI document', () => {
  let server: TestServer;
  let doc: Doc;
  let ajv: InstanceType<typeof Ajv2020.default>;

  before(async () => {
    server = await startTestServer();
    doc = (await call<Doc>(server.url, 'GET', '/openapi.json')).json;
    ajv = new Ajv2020.default({ strict: false, allErrors: true, validateFormats: false });
    ajv.addSchema({ $id: 'doc', components: doc.components }, 'doc');
  });
  after(() => server?.close());

  /** Checks a real response against the schema the document gives for its path, method and status. */
  function assertDocumented(path: string, method: string, result: CallResult): void {
    const operation = doc.paths[path]?.[method];
    assert.ok(operation, `${method.toUpperCase()} ${path} is documented`);
    const response = operation.responses[String(result.status)];
    assert.ok(response, `${method.toUpperCase()} ${path} documents status ${result.status}`);
    const type = (result.headers.get('content-type') ?? '').split(';')[0]!;
    const media = response.content?.[type];
    assert.ok(media?.schema, `${method.toUpperCase()} ${path} ${result.status} documents ${type}`);
    const schema = JSON.parse(JSON.stringify(media.schema).replaceAll('"#/components/', '"doc#/components/'));
    const validate = ajv.compile(schema);
    assert.ok(
      validate(result.json),
      `${method.toUpperCase()} ${path} ${result.status}: ${ajv.errorsText(validate.errors)}`,
    );
  }

  it('is OpenAPI 3.1 and documents every route of the contract', () => {
    assert.equal(doc.openapi, '3.1.0');
    for (const route of ROUTE_LIST) {
      assert.ok(doc.paths[route.path]?.[route.method], `${route.method} ${route.path}`);
    }
  });

  it('every route the server mounts has a contract schema', () => {
    const app = createApp(server.services);
    const documented = new Set(ROUTE_LIST.map((route) => `${route.method.toUpperCase()} ${toHonoPath(route.path)}`));
    const mounted = app.routes.filter((route) => route.path !== '/*' && route.method !== 'ALL');
    assert.ok(mounted.length >= ROUTE_LIST.length);
    for (const route of mounted) {
      assert.ok(documented.has(`${route.method} ${route.path}`), `${route.method} ${route.path} has no contract route`);
    }
    for (const route of ROUTE_LIST) {
      assert.ok(route.response.schema, `${route.operationId} has a response schema`);
    }
  });

  it('real responses match their documented schemas, success and problems alike', async () => {
    const token = await buyerToken(server.url);
    const order = DEMO_FIXTURES.orders.delivered;
    const cases: [string, string, Promise<CallResult>][] = [
      [ROUTES.health.path, 'get', call(server.url, 'GET', '/healthz')],
      [ROUTES.openapi.path, 'get', call(server.url, 'GET', '/openapi.json')],
      [ROUTES.listOrders.path, 'get', call(server.url, 'GET', '/v1/orders?limit=2', { token })],
      [ROUTES.listOrders.path, 'get', call(server.url, 'GET', '/v1/orders?limit=0', { token })],
      [ROUTES.listOrders.path, 'get', call(server.url, 'GET', '/v1/orders')],
      [ROUTES.getOrder.path, 'get', call(server.url, 'GET', `/v1/orders/${order}`, { token })],
      [
        ROUTES.getOrder.path,
        'get',
        call(server.url, 'GET', `/v1/orders/${DEMO_FIXTURES.otherBuyerOrder.id}`, { token }),
      ],
      [
        ROUTES.createSession.path,
        'post',
        call(server.url, 'POST', '/v1/sessions', {
          token: DEMO_KEYS.secretKey,
          body: { buyer: { id: DEMO_FIXTURES.buyers[1].id } },
        }),
      ],
      [
        ROUTES.createSession.path,
        'post',
        call(server.url, 'POST', '/v1/sessions', { token: DEMO_KEYS.secretKey, body: { buyer: 3 } }),
      ],
      [ROUTES.createSession.path, 'post', call(server.url, 'POST', '/v1/sessions', { token, body: {} })],
      [
        ROUTES.guestLookup.path,
        'post',
        call(server.url, 'POST', '/v1/guest/order-lookups', {
          headers: { 'X-Tx-Publishable-Key': DEMO_KEYS.publishableKey },
          body: { order_number: 'TX-1001', email: 'ada@example.com' },
        }),
      ],
      [
        ROUTES.createOrder.path,
        'post',
        call(server.url, 'POST', '/v1/orders', {
          token: DEMO_KEYS.secretKey,
          body: {
            buyer_id: DEMO_FIXTURES.buyers[0].id,
            currency: 'EUR',
            line_items: [{ title: 'Soap', quantity: 1, unit_amount: 450 }],
          },
        }),
      ],
      [
        ROUTES.createOrder.path,
        'post',
        call(server.url, 'POST', '/v1/orders', {
          token: DEMO_KEYS.secretKey,
          rawBody: '{',
          headers: { 'Content-Type': 'application/json' },
        }),
      ],
      [
        ROUTES.cancelOrder.path,
        'post',
        call(server.url, 'POST', `/v1/orders/${DEMO_FIXTURES.orders.awaiting_shipment}/cancel`, { token, body: {} }),
      ],
      [
        ROUTES.cancelOrder.path,
        'post',
        call(server.url, 'POST', `/v1/orders/${DEMO_FIXTURES.orders.completed}/cancel`, { token, body: {} }),
      ],
      [
        ROUTES.updateOrderStatus.path,
        'post',
        call(server.url, 'POST', `/v1/orders/${order}/status`, {
          token: DEMO_KEYS.secretKey,
          body: { status: 'completed' },
        }),
      ],
      [
        ROUTES.updateOrderStatus.path,
        'post',
        call(server.url, 'POST', `/v1/orders/${order}/status`, {
          token: DEMO_KEYS.secretKey,
          body: { status: 'unpaid' },
        }),
      ],
    ];
    const statuses = new Set<string>();
    for (const [path, method, pending] of cases) {
      const result = await pending;
      statuses.add(`${method} ${path} ${result.status}`);
      assertDocumented(path, method, result);
    }
    assert.ok(statuses.size >= 15, 'a wide range of documented outcomes was exercised');
  });
});

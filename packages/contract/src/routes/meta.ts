import * as z from 'zod/mini';
import { Health } from '../health.js';
import { define } from '../route-definition.js';

export const healthRoute = /*#__PURE__*/ define({
  operationId: 'health',
  method: 'get',
  path: '/healthz',
  summary: 'Liveness and database check',
  tag: 'meta',
  auth: 'none',
  roles: [],
  response: { status: 200, description: 'The server is up', schema: Health },
  errors: ['service_unavailable'],
});

export const openapiRoute = /*#__PURE__*/ define({
  operationId: 'openapi',
  method: 'get',
  path: '/openapi.json',
  summary: 'This API description (OpenAPI 3.1)',
  tag: 'meta',
  auth: 'none',
  roles: [],
  response: {
    status: 200,
    description: 'OpenAPI document',
    schema: z.looseObject({ openapi: z.string(), paths: z.record(z.string(), z.unknown()) }),
  },
  errors: [],
});

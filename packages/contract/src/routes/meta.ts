import * as z from 'zod/mini';
import { Health, Readiness } from '../health.js';
import { define } from '../route-definition.js';

export const healthRoute = /*#__PURE__*/ define({
  operationId: 'health',
  method: 'get',
  path: '/healthz',
  summary: 'Liveness: the process answers (readiness checks the database)',
  tag: 'meta',
  auth: 'none',
  roles: [],
  response: { status: 200, description: 'The server is up', schema: Health },
  errors: ['service_unavailable'],
});

export const readinessRoute = /*#__PURE__*/ define({
  operationId: 'readiness',
  method: 'get',
  path: '/readyz',
  summary: 'Readiness for load balancers: database reachable, migrations applied, not shutting down',
  tag: 'meta',
  auth: 'none',
  roles: [],
  response: { status: 200, description: 'This process takes traffic', schema: Readiness },
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

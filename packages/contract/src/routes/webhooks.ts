import * as z from 'zod/mini';
import { CreateWebhookEndpointRequest, WebhookDelivery, WebhookDeliveryQuery, WebhookEndpoint } from '../webhooks.js';
import { define } from '../route-definition.js';

export const createWebhookEndpointRoute = /*#__PURE__*/ define({
  operationId: 'createWebhookEndpoint',
  method: 'post',
  path: '/v1/webhook-endpoints',
  summary: 'Register an endpoint for signed event deliveries (the signing secret is shown once)',
  tag: 'webhooks',
  auth: 'token',
  roles: ['seller'],
  body: CreateWebhookEndpointRequest,
  response: { status: 201, description: 'The endpoint, with its secret', schema: WebhookEndpoint },
  returnsCredential: true,
  errors: [
    'validation_failed',
    'malformed_json',
    'unauthenticated',
    'forbidden',
    'idempotency_conflict',
    'idempotency_key_used',
  ],
});

export const listWebhookDeliveriesRoute = /*#__PURE__*/ define({
  operationId: 'listWebhookDeliveries',
  method: 'get',
  path: '/v1/webhook-deliveries',
  summary: 'Recent deliveries to your endpoints, e.g. the dead-lettered ones (status=dead)',
  tag: 'webhooks',
  auth: 'token',
  roles: ['seller'],
  query: WebhookDeliveryQuery,
  response: {
    status: 200,
    description: 'Deliveries, newest first',
    schema: z.object({ object: z.literal('list'), data: z.array(WebhookDelivery) }),
  },
  errors: ['unauthenticated', 'forbidden', 'invalid_query'],
});

import type { ROUTES } from '@txassist/contract';
import { ProblemError } from '../http/problem.js';
import { checkWebhookUrl } from '../webhooks/destination.js';
import { createEndpoint, listDeliveries } from '../webhooks/seller-webhooks.js';
import type { RouteHandler } from '../http/route-handler.js';

export const createWebhookEndpointHandler: RouteHandler<typeof ROUTES.createWebhookEndpoint> = async ({
  services,
  principal,
  body,
}) => {
  if (principal.role !== 'seller') throw new ProblemError('forbidden');
  const refusal = await checkWebhookUrl(services.config, body.url);
  if (refusal) {
    throw new ProblemError('validation_failed', 'Register an https:// URL on the public internet.', {
      errors: [{ path: 'url', ...refusal }],
    });
  }
  return createEndpoint(services, principal.sellerId, body);
};

export const listWebhookDeliveriesHandler: RouteHandler<typeof ROUTES.listWebhookDeliveries> = async ({
  services,
  principal,
  query,
}) => {
  if (principal.role !== 'seller') throw new ProblemError('forbidden');
  return { object: 'list', data: await listDeliveries(services, principal.sellerId, query.status) };
};

import * as z from 'zod/mini';
import { EventType } from './events.js';
import { idSchema } from './ids.js';
import { Timestamp } from './timestamps.js';

export const WebhookEndpointId = idSchema('whe');

/** A seller's HTTPS endpoint for events, signed like carrier webhooks (`Tx-Signature`). */
export const WebhookEndpoint = z.object({
  object: z.literal('webhook_endpoint'),
  id: WebhookEndpointId,
  url: z.string(),
  /** The event types sent to it (`events` before API version 2026-12-07: docs/api-versions.md). */
  enabled_events: z.array(EventType),
  created_at: Timestamp,
  /** Shown once, when the endpoint is created. */
  secret: z.optional(z.string()),
});
export type WebhookEndpoint = z.infer<typeof WebhookEndpoint>;

export const CreateWebhookEndpointRequest = z.object({
  url: z.string().check(z.maxLength(2048), z.regex(/^https?:\/\/[^\s/$.?#][^\s]*$/i, 'must be an http(s) URL')),
  events: z.optional(z.array(EventType).check(z.minLength(1))),
});

export const WEBHOOK_DELIVERY_STATUSES = ['pending', 'delivered', 'dead'] as const;

export const WebhookDelivery = z.object({
  object: z.literal('webhook_delivery'),
  id: idSchema('whd'),
  endpoint_id: WebhookEndpointId,
  event_id: z.string(),
  event_type: EventType,
  status: z.enum(WEBHOOK_DELIVERY_STATUSES),
  attempts: z.int(),
  next_attempt_at: z.nullable(Timestamp),
  last_response_status: z.nullable(z.int()),
  last_error: z.nullable(z.string()),
  created_at: Timestamp,
  delivered_at: z.nullable(Timestamp),
});
export type WebhookDelivery = z.infer<typeof WebhookDelivery>;

export const WebhookDeliveryQuery = z.object({
  status: z.optional(z.enum(WEBHOOK_DELIVERY_STATUSES)),
});

/** Retries back off exponentially (with jitter) for about three days (16 attempts), then the delivery is dead-lettered. */
export const WEBHOOK_MAX_ATTEMPTS = 16;

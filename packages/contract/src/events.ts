import * as z from 'zod/mini';
import { EventId } from './ids.js';
import { Order } from './order.js';
import { Shipment } from './shipment.js';
import { Timestamp } from './timestamps.js';

export const EVENT_TYPES = ['order.created', 'order.updated', 'shipment.updated'] as const;
export const EventType = z.enum(EVENT_TYPES);
export type EventType = z.infer<typeof EventType>;

const envelope = {
  object: z.literal('event'),
  id: EventId,
  sequence: z.int().check(z.positive()),
  created_at: Timestamp,
};

export const OrderEvent = z.object({
  ...envelope,
  type: z.enum(['order.created', 'order.updated']),
  data: z.object({ object: Order }),
});
export type OrderEvent = z.infer<typeof OrderEvent>;

export const ShipmentEvent = z.object({
  ...envelope,
  type: z.literal('shipment.updated'),
  data: z.object({ object: Shipment }),
});
export type ShipmentEvent = z.infer<typeof ShipmentEvent>;

/**
 * One live update. Over SSE the `id:` line carries `sequence`, so a client resumes with
 * `Last-Event-ID` and the server sends only what came after it. Narrow on `type`.
 */
export const TxEvent = z.discriminatedUnion('type', [OrderEvent, ShipmentEvent]);
export type TxEvent = z.infer<typeof TxEvent>;

/** Server hint, in ms, for how long a client waits before reconnecting. */
export const SSE_RETRY_MS = 1000;

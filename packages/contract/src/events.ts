import * as z from 'zod/mini';
import { EventId } from './ids.js';
import { Order } from './order.js';
import { Timestamp } from './timestamps.js';

export const EVENT_TYPES = ['order.created', 'order.updated'] as const;
export const EventType = z.enum(EVENT_TYPES);
export type EventType = z.infer<typeof EventType>;

/**
 * One live update. Over SSE the `id:` line carries `sequence`, so a client resumes with
 * `Last-Event-ID` and the server sends only what came after it.
 */
export const TxEvent = z.object({
  object: z.literal('event'),
  id: EventId,
  sequence: z.int().check(z.positive()),
  type: EventType,
  created_at: Timestamp,
  data: z.object({ object: Order }),
});
export type TxEvent = z.infer<typeof TxEvent>;

/** Server hint, in ms, for how long a client waits before reconnecting. */
export const SSE_RETRY_MS = 1000;

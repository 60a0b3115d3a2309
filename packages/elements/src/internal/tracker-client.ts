import type { GuestLookupRequest, Session, Shipment, TxEvent } from '@txassist/contract/types';
import {
  createOrdersResource,
  createSessionsResource,
  createShipmentsResource,
  type RequestOptions,
  type SubscribeOptions,
} from '@txassist/sdk';
import { clientFromSettings, type ClientSettings, type OrderReader } from './client.js';
import { lazyEventsResource } from './lazy-events.js';

/**
 * The part of the SDK client the order tracker calls. Only `orders.get` is required: without
 * `shipments` the tracker shows no tracking, without `events` no live updates, without `sessions`
 * no guest lookup form (stories and wrappers pass stand-ins of just what they need).
 */
export interface TrackerClient extends OrderReader {
  readonly shipments?: {
    list(orderId: string, options?: RequestOptions): Promise<Shipment[]>;
  };
  readonly events?: {
    subscribe(handler: (event: TxEvent) => void, options?: SubscribeOptions): () => void;
  };
  readonly sessions?: {
    guestLookup(input: GuestLookupRequest, options?: RequestOptions): Promise<Session>;
  };
}

/** Builds an SDK client from the tracker's own attributes; `undefined` when `apiBase` is missing or not a URL. */
export function trackerClientFromSettings(settings: ClientSettings): TrackerClient | undefined {
  return clientFromSettings(settings, {
    orders: createOrdersResource,
    shipments: createShipmentsResource,
    // The event stream is a chunk of its own, loaded when an order is shown (nothing to stream before).
    events: lazyEventsResource,
    sessions: createSessionsResource,
  });
}

/** Whether the page gave the tracker a way to sign in (a token or a token getter), or a client of its own. */
export function hasSessionSource(settings: ClientSettings): boolean {
  return Boolean(settings.sessionToken || settings.getSessionToken);
}

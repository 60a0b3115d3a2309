import { DEFAULT_BACKOFF } from './internal/retry.js';
import { Http } from './internal/http.js';
import { SessionTokenStore, type GetSessionToken } from './internal/session-token.js';
import { createEventsResource, type EventsResource } from './resources/events.js';
import { createOrdersResource, type OrdersResource } from './resources/orders.js';
import { createNotificationsResource, type NotificationsResource } from './resources/notifications.js';
import { createPrivacyResource, type PrivacyResource } from './resources/privacy.js';
import { createShipmentsResource, type ShipmentsResource } from './resources/shipments.js';
import { createSessionsResource, type SessionsResource } from './resources/sessions.js';

export interface ClientOptions {
  /** Origin (and optional path prefix) of the Transaction API, e.g. `https://api.example.com`. */
  apiBase: string;
  /** The seller's publishable key (`pk_…`); safe in browsers. */
  publishableKey?: string;
  /**
   * Returns the buyer's session token (minted by your back end with the secret key). Called once and cached;
   * called again with `{ forceRefresh: true }` when the API says the token is no longer valid.
   */
  getSessionToken?: GetSessionToken;
  /** BCP 47 tag sent as `Accept-Language`, e.g. `de-DE`. */
  locale?: string;
  /** A `fetch` to use instead of the global one. */
  fetch?: typeof globalThis.fetch;
  /** Per attempt, in ms (0 disables). Default 30 s. */
  timeout?: number;
  /** Retries after the first attempt for connection errors, 408, 409, 429 and 5xx. Default 2. */
  maxRetries?: number;
  /** First backoff step in ms (doubles each retry, full jitter). Default 500. */
  retryBaseDelay?: number;
  /** Longest backoff step in ms. Default 8 s. */
  retryMaxDelay?: number;
  /** Longest wait a server's `Retry-After` may impose, in ms. Default 60 s. */
  maxRetryAfter?: number;
}

export interface TxClient {
  readonly orders: OrdersResource;
  readonly sessions: SessionsResource;
  readonly events: EventsResource;
  /** The signed-in buyer's consents, notification preferences, data export and erasure. */
  readonly privacy: PrivacyResource;
  /** An order's parcels and their checkpoints. */
  readonly shipments: ShipmentsResource;
  /** The in-app inbox. */
  readonly notifications: NotificationsResource;
}

/** Creates a client for the Transaction API. Touches no globals until a call is made (SSR-safe). */
export function createClient(options: ClientOptions): TxClient {
  const apiBase = new URL(options.apiBase).href.replace(/\/+$/, '');
  const http = new Http(
    {
      apiBase,
      publishableKey: options.publishableKey,
      locale: options.locale,
      fetch: options.fetch,
      timeout: options.timeout ?? 30_000,
      maxRetries: options.maxRetries ?? 2,
      backoff: {
        baseDelay: options.retryBaseDelay ?? DEFAULT_BACKOFF.baseDelay,
        maxDelay: options.retryMaxDelay ?? DEFAULT_BACKOFF.maxDelay,
        maxRetryAfter: options.maxRetryAfter ?? DEFAULT_BACKOFF.maxRetryAfter,
      },
    },
    new SessionTokenStore(options.getSessionToken),
  );
  return {
    orders: createOrdersResource(http),
    sessions: createSessionsResource(http),
    events: createEventsResource(http),
    privacy: createPrivacyResource(http),
    shipments: createShipmentsResource(http),
    notifications: createNotificationsResource(http),
  };
}

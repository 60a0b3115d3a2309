import { DEFAULT_BACKOFF } from './internal/retry.js';
import { Http, type ResponseValidator } from './internal/http.js';
import { SessionTokenStore, type GetSessionToken } from './internal/session-token.js';

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
  /**
   * `contractValidation` from `@txassist/sdk/validation`: checks every answer and event against the contract's
   * schemas and rejects one that breaks it with `ResponseValidationError`. For tests and development builds:
   * it brings zod and every schema. Unset by default, so an embed keeps working when the API adds a value or
   * a field (new enum values are passed through, unknown event types ignored, unknown fields kept).
   */
  validateResponses?: ResponseValidator;
}

/**
 * Builds one resource (e.g. `createOrdersResource`) on the client's request pipeline. The pipeline's
 * type is internal: pass the SDK's `create*Resource` factories, not your own.
 */
export type ResourceFactory<R = unknown> = (http: Http) => R;

/** The client `createClientWith` returns: one read-only property per factory, typed by what it builds. */
export type ClientWith<F extends Record<string, ResourceFactory>> = {
  readonly [K in keyof F]: ReturnType<F[K]>;
};

/**
 * Creates a client with only the resources given, so a bundler drops the rest of the SDK and of the
 * contract's schemas: `createClientWith(options, { orders: createOrdersResource, shipments: createShipmentsResource })`.
 * All of them share one request pipeline and one session token. Touches no globals until a call is made (SSR-safe).
 */
export function createClientWith<const F extends Record<string, ResourceFactory>>(
  options: ClientOptions,
  resources: F,
): ClientWith<F> {
  const http = createHttp(options);
  const client: Record<string, unknown> = {};
  for (const [name, create] of Object.entries(resources)) client[name] = create(http);
  return client as ClientWith<F>;
}

/** The request pipeline behind a client (also used by `@txassist/sdk/server`). @internal */
export function createHttp(options: ClientOptions): Http {
  const apiBase = new URL(options.apiBase).href.replace(/\/+$/, '');
  return new Http(
    {
      apiBase,
      publishableKey: options.publishableKey,
      locale: options.locale,
      fetch: options.fetch,
      timeout: options.timeout ?? 30_000,
      maxRetries: options.maxRetries ?? 2,
      validator: options.validateResponses,
      backoff: {
        baseDelay: options.retryBaseDelay ?? DEFAULT_BACKOFF.baseDelay,
        maxDelay: options.retryMaxDelay ?? DEFAULT_BACKOFF.maxDelay,
        maxRetryAfter: options.maxRetryAfter ?? DEFAULT_BACKOFF.maxRetryAfter,
      },
    },
    new SessionTokenStore(options.getSessionToken),
  );
}

import type { Order } from '@txassist/contract/types';
import {
  createClient,
  createClientWith,
  type ClientOptions,
  type ClientWith,
  type GetSessionToken,
  type RequestOptions,
  type ResourceFactory,
  type TxClient,
} from '@txassist/sdk';

/**
 * The part of the SDK client the order tracker calls. The SDK's `TxClient` fits it; so does any
 * object of the same shape (stories and wrappers pass fakes without a server).
 */
export interface OrderReader {
  readonly orders: {
    get(orderId: string, options?: RequestOptions): Promise<Order>;
  };
}

/** What an element or provider needs to build its own client from attributes. */
export interface ClientSettings {
  readonly apiBase: string;
  readonly publishableKey: string | undefined;
  /** A fixed token (`session-token` attribute), used when `getSessionToken` is not set. */
  readonly sessionToken: string | undefined;
  readonly getSessionToken: GetSessionToken | undefined;
}

/**
 * Builds an SDK client from element settings with only the `resources` given (the element's own
 * calls, e.g. `{ orders: createOrdersResource }`), so a standalone element bundles no other part of the
 * SDK or the contract; `undefined` when `apiBase` is missing or not a URL.
 * The locale is deliberately not part of it: elements word everything from their own catalog, so a
 * language switch re-renders without a new client, a new token or a reload.
 */
export function clientFromSettings<const F extends Record<string, ResourceFactory>>(
  settings: ClientSettings,
  resources: F,
): ClientWith<F> | undefined {
  const options = clientOptions(settings);
  return options && createClientWith(options, resources);
}

/** The full SDK client (every resource), for `tx-provider`: a page with a provider is a storefront app. */
export function fullClientFromSettings(settings: ClientSettings): TxClient | undefined {
  const options = clientOptions(settings);
  return options && createClient(options);
}

function clientOptions(settings: ClientSettings): ClientOptions | undefined {
  if (!settings.apiBase || !URL.canParse(settings.apiBase)) return undefined;
  const fixedToken = settings.sessionToken;
  return {
    apiBase: settings.apiBase,
    publishableKey: settings.publishableKey || undefined,
    getSessionToken: settings.getSessionToken ?? (fixedToken ? () => fixedToken : undefined),
  };
}

import { createCheckoutsResource, createPaymentIntentsResource, type CheckoutApi } from '@txassist/sdk';
import { clientFromSettings, type ClientSettings } from '../internal/client.js';

/**
 * The part of the SDK client the checkout helper calls (`checkouts`, `paymentIntents`). The SDK's
 * `TxClient` fits it; so does any object of the same shape (stories answer from fixtures, without a server).
 */
export type CheckoutClient = CheckoutApi;

/** Whether a client shared by `tx-provider` can also serve the checkout helper. */
export function isCheckoutClient(client: unknown): client is CheckoutClient {
  if (typeof client !== 'object' || client === null) return false;
  const { checkouts, paymentIntents } = client as Partial<CheckoutClient>;
  return typeof checkouts === 'object' && typeof paymentIntents === 'object';
}

/** Builds an SDK client from the element's own attributes; `undefined` when `apiBase` is missing or not a URL. */
export function checkoutClientFromSettings(settings: ClientSettings): CheckoutClient | undefined {
  return clientFromSettings(settings, {
    checkouts: createCheckoutsResource,
    paymentIntents: createPaymentIntentsResource,
  });
}

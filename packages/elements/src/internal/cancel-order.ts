import type { Order } from '@txassist/contract/types';
import { createOrdersResource, type MutationOptions } from '@txassist/sdk';
import { ContextRequestEvent, txContext, type TxContextValue } from '../provider/context.js';
import { clientFromSettings, type ClientSettings } from './client.js';
import { describeFailure, NOT_CONFIGURED, type Failure } from './failure.js';

interface CancelClient {
  readonly orders: { cancel(orderId: string, options?: MutationOptions): Promise<Order> };
}

const canCancel = (client: unknown): client is CancelClient =>
  typeof (client as Partial<CancelClient> | undefined)?.orders?.cancel === 'function';

/**
 * The client to cancel with: the one the element uses when it can cancel, else its `client`
 * property, else its own settings (`api-base` …), else its provider's. Loaded only when the buyer
 * presses Cancel.
 */
function cancelClient(host: HTMLElement, given: unknown): CancelClient | undefined {
  if (canCancel(given)) return given;
  const settings = host as unknown as Partial<ClientSettings> & { client?: unknown };
  if (canCancel(settings.client)) return settings.client;
  if (settings.apiBase) {
    return clientFromSettings(
      {
        apiBase: settings.apiBase,
        publishableKey: settings.publishableKey,
        sessionToken: settings.sessionToken,
        getSessionToken: settings.getSessionToken,
      },
      { orders: createOrdersResource },
    );
  }
  let shared: unknown;
  host.dispatchEvent(new ContextRequestEvent(txContext, (value: TxContextValue) => (shared = value.client)));
  return canCancel(shared) ? shared : undefined;
}

/** Cancels the order (an idempotent POST: the SDK retries it with the same key). */
export async function cancelOrder(
  host: HTMLElement,
  given: unknown,
  orderId: string,
): Promise<{ order: Order } | { failure: Failure }> {
  const client = cancelClient(host, given);
  if (!client) return { failure: NOT_CONFIGURED };
  try {
    return { order: await client.orders.cancel(orderId) };
  } catch (error) {
    return { failure: describeFailure(error) };
  }
}

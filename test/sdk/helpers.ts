import { contractValidation } from '@txassist/sdk/validation';
import { createClient, type ClientOptions, type TxClient } from '@txassist/sdk';
import { DEMO_FIXTURES, DEMO_KEYS } from '@txassist/server';
import { buyerToken, call } from '../support/http.js';

export { DEMO_FIXTURES, DEMO_KEYS, buyerToken };

export const ORDERS = DEMO_FIXTURES.orders;
export const BUYER_1 = DEMO_FIXTURES.buyers[0];
export const OTHER_BUYER_ORDER = DEMO_FIXTURES.otherBuyerOrder.id;

/** A client for buyer 1 with fast retries, so fault tests do not sleep for real backoff. */
export async function buyerClient(
  apiBase: string,
  tokenBase: string,
  options: Partial<ClientOptions> = {},
): Promise<TxClient> {
  const token = await buyerToken(tokenBase);
  return createClient({
    validateResponses: contractValidation,
    apiBase,
    publishableKey: DEMO_KEYS.publishableKey,
    getSessionToken: () => token,
    retryBaseDelay: 5,
    retryMaxDelay: 20,
    ...options,
  });
}

/** What the seller's back end does: move an order along its lifecycle (emits `order.updated`). */
export async function setOrderStatus(base: string, orderId: string, status: string): Promise<void> {
  const result = await call(base, 'POST', `/v1/orders/${orderId}/status`, {
    token: DEMO_KEYS.secretKey,
    body: { status },
  });
  if (result.status !== 200) throw new Error(`status change failed: ${result.status} ${result.text}`);
}

/** Polls `condition` until it holds (or fails after `timeoutMs`). */
export async function waitUntil(condition: () => boolean, timeoutMs = 5000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Resolves with the rejection of `promise` (fails when it resolves). */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail, but it succeeded');
}

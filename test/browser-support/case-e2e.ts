/**
 * What the end-to-end tests of the case forms (`tx-dispute-form`, `tx-refund-request`) share: a fresh
 * buyer with one delivered order of the demo seller, the seller's or agent's steps through the test
 * server (their credentials never reach the page), the element mounted on the real API, and keyboard
 * navigation.
 */
import { createClient, type TxClient } from '@txassist/sdk';
import { sendKeys } from '@web/test-runner-commands';
import { assert } from './assert.js';
import { deepActiveElement, fixture, shadowQuery, waitUntil } from './dom.js';
import { actAs, apiConfig, deliveredOrder, freshBuyer } from './tx-api.js';

export interface Buyer {
  token: string;
  buyerId: string;
  orderId: string;
  sdk: TxClient;
}

/** A buyer created for this test (`external_id` starts with `prefix`), with one delivered order. */
export async function buyerWithDeliveredOrder(prefix: string): Promise<Buyer> {
  const config = await apiConfig();
  const { id: buyerId, token } = await freshBuyer(prefix);
  const order = await deliveredOrder(buyerId);
  assert(order.id, `delivered order: ${JSON.stringify(order)}`);
  const sdk = createClient({
    apiBase: config.apiBase,
    publishableKey: config.publishableKey,
    getSessionToken: () => token,
  });
  return { token, buyerId, orderId: order.id, sdk };
}

/** The seller or the agent takes a step on a case (`disputes` or `refunds`) through the test back end. */
export async function actOnCase(
  who: 'seller' | 'agent',
  resource: 'disputes' | 'refunds',
  caseId: string,
  body: object,
): Promise<void> {
  await actAs(who, 'POST', `/v1/${resource}/${caseId}/actions`, body);
}

/** The case form `tag` for the buyer's order in English, with its own client (or on `apiBase`); `caseId` shows one case. */
export async function mountCaseForm<T extends HTMLElement>(
  tag: 'tx-dispute-form' | 'tx-refund-request',
  buyer: Pick<Buyer, 'orderId' | 'token'>,
  options: { apiBase?: string; caseId?: string } = {},
): Promise<T> {
  const config = await apiConfig();
  const element = document.createElement(tag) as HTMLElement & { locale: string };
  element.locale = 'en';
  element.setAttribute('order-id', buyer.orderId);
  if (options.caseId) element.setAttribute(tag === 'tx-dispute-form' ? 'dispute-id' : 'refund-id', options.caseId);
  element.setAttribute('api-base', options.apiBase ?? config.apiBase);
  element.setAttribute('publishable-key', config.publishableKey);
  element.setAttribute('session-token', buyer.token);
  return fixture<T>(element);
}

export const q = <T extends Element = HTMLElement>(element: Element, selector: string) =>
  shadowQuery<T>(element, selector);
export const shown = <T extends Element = HTMLElement>(element: Element, selector: string) =>
  waitUntil(() => q<T>(element, selector), `${selector} is shown`, 15_000);

/** Presses Tab until `matches` holds for the focused element (at most 60 times). */
export async function tabTo(matches: (focused: Element) => boolean, what: string): Promise<void> {
  for (let presses = 0; presses < 60; presses++) {
    const focused = deepActiveElement();
    if (focused && matches(focused)) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab never reached ${what}`);
}

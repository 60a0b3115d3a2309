/**
 * What the `<tx-order-tracker>` test files share: their own buyer with one order per status (made
 * before the suite), trackers configured like a creator embed, and the regions the tests read.
 */
import { type Order } from '@txassist/contract';
import { createClient } from '@txassist/sdk';
import { emulateMedia } from '@web/test-runner-commands';
import type { OrderReader } from '../../packages/elements/src/internal/client.js';
import type { TxOrderTracker } from '../../packages/elements/src/order-tracker/order-tracker.js';
import { deepEqual } from '../browser-support/assert.js';
import { cleanupFixtures, shadowQuery, textOf, waitUntil } from '../browser-support/dom.js';
import { watchLitWarnings } from '../browser-support/lit-warnings.js';
import {
  apiConfig,
  buyerWithOrderPerStatus,
  createOrder,
  freshBuyer,
  type BuyerWithHistory,
  type TestOrder,
} from '../browser-support/tx-api.js';

/** The calling file's buyer (one order per status) and another buyer's order, made in `before`; nobody else reads or changes them. */
export let owned: BuyerWithHistory;
export let otherBuyersOrder: TestOrder;
export const inTransit = () => owned.orders.in_transit;
export const delivered = () => owned.orders.delivered;

export interface TrackerSettings {
  orderId?: string;
  apiBase?: string;
  publishableKey?: string;
  sessionToken?: string;
  client?: OrderReader;
  order?: Order;
  locale?: string;
}

export function tracker(settings: TrackerSettings): TxOrderTracker {
  const element = document.createElement('tx-order-tracker');
  element.locale = settings.locale ?? 'en';
  if (settings.orderId) element.setAttribute('order-id', settings.orderId);
  if (settings.apiBase) element.setAttribute('api-base', settings.apiBase);
  if (settings.publishableKey) element.setAttribute('publishable-key', settings.publishableKey);
  if (settings.sessionToken) element.setAttribute('session-token', settings.sessionToken);
  if (settings.client) element.client = settings.client;
  if (settings.order) element.order = settings.order;
  return element;
}

/** A standalone tracker for this file's buyer, configured from attributes like a creator embed. */
export async function standaloneTracker(orderId: string, overrides: TrackerSettings = {}): Promise<TxOrderTracker> {
  const { apiBase, publishableKey } = await apiConfig();
  return tracker({ orderId, apiBase, publishableKey, sessionToken: owned.buyer.token, ...overrides });
}

/** The order as the API returns it, read with the SDK outside the element, to compare against. */
export async function fetchOrder(orderId: string): Promise<Order> {
  const { apiBase, publishableKey } = await apiConfig();
  const { token } = owned.buyer;
  return createClient({ apiBase, publishableKey, getSessionToken: () => token }).orders.get(orderId);
}

export const heading = (element: Element) => shadowQuery(element, '[part="heading"]');
export const statusRegion = (element: Element) => shadowQuery(element, '[role="status"]');
export const alertRegion = (element: Element) => shadowQuery(element, '[role="alert"]');
export const retryButton = (element: Element) => shadowQuery<HTMLButtonElement>(element, '[part="retry-button"]');
export const busyRegion = (element: Element) => shadowQuery(element, '[aria-busy]');

export function waitForOrder(element: TxOrderTracker): Promise<HTMLElement> {
  return waitUntil(() => heading(element), `${element.orderId} shows its order`);
}

export function waitForError(element: TxOrderTracker): Promise<string> {
  return waitUntil(() => textOf(alertRegion(element)), `${element.orderId || 'the tracker'} shows an error`);
}

export function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** Makes the calling file's buyer and orders before its suite, checks Lit's warnings after, cleans up after each test. */
export function useTrackerSuite(label: string): void {
  let litWarnings: ReturnType<typeof watchLitWarnings>;
  before(async function () {
    this.timeout(90_000);
    litWarnings = watchLitWarnings();
    owned = await buyerWithOrderPerStatus(label);
    otherBuyersOrder = await createOrder((await freshBuyer(`${label}-other`)).id, {
      steps: ['awaiting_shipment'],
    });
  });
  after(() => {
    deepEqual(litWarnings.stop(), [], 'Lit dev-mode warnings');
  });

  afterEach(async () => {
    cleanupFixtures();
    await emulateMedia({ colorScheme: 'light', forcedColors: 'none' });
  });
}

/** Helpers for the privacy center tests: buyers of their own, a standalone element, and its parts. */
import type { ConsentList } from '@txassist/contract';
import { createClient, type TxClient } from '@txassist/sdk';
import '../../packages/elements/src/index.js';
import type { TxPrivacyCenter } from '../../packages/elements/src/privacy-center/privacy-center.js';
import { deepEqual } from './assert.js';
import { cleanupFixtures, fixture, shadowQuery, waitUntil } from './dom.js';
import { watchLitWarnings } from './lit-warnings.js';
import { apiConfig, createOrder, freshBuyer as freshTestBuyer, type TestOrder } from './tx-api.js';

/**
 * The hooks every privacy center suite shares: fails the suite on Lit dev-mode warnings and removes
 * the fixtures after each test. Call it inside the suite's `describe`.
 */
export function privacyCenterHooks(): void {
  let litWarnings: ReturnType<typeof watchLitWarnings>;
  before(() => {
    litWarnings = watchLitWarnings();
  });
  after(() => {
    deepEqual(litWarnings.stop(), [], 'Lit dev-mode warnings');
  });
  afterEach(() => cleanupFixtures());
}

export interface Buyer {
  id: string;
  email: string;
  token: string;
  /** An SDK client for the same buyer, to check what the element saved. */
  sdk: TxClient;
}

/** A buyer created on first use (no orders, default consents), so tests never share state. */
export async function freshBuyer(): Promise<Buyer> {
  const { id, email, token } = await freshTestBuyer('wtr-privacy');
  const config = await apiConfig();
  const sdk = createClient({
    apiBase: config.apiBase,
    publishableKey: config.publishableKey,
    getSessionToken: () => token,
  });
  return { id, email, token, sdk };
}

/** A fresh buyer with orders still on their way (`awaiting_shipment`, `in_transit`), which block erasure. */
export async function buyerWithOpenOrders(): Promise<{ buyer: Buyer; orders: TestOrder[] }> {
  const buyer = await freshBuyer();
  const orders = [
    await createOrder(buyer.id, { steps: ['awaiting_shipment'] }),
    await createOrder(buyer.id, { steps: ['awaiting_shipment', 'in_transit'] }),
  ];
  return { buyer, orders };
}

/** A privacy center configured from attributes alone, like a creator embed. */
export async function standalone(token: string, apiBase?: string): Promise<TxPrivacyCenter> {
  const config = await apiConfig();
  const element = document.createElement('tx-privacy-center');
  element.locale = 'en';
  element.setAttribute('api-base', apiBase ?? config.apiBase);
  element.setAttribute('publishable-key', config.publishableKey);
  element.setAttribute('session-token', token);
  return element;
}

export const q = <T extends Element = HTMLElement>(element: Element, selector: string) =>
  shadowQuery<T>(element, selector);
export const consentSwitch = (element: Element, purpose: string) => q<HTMLInputElement>(element, `#consent-${purpose}`);
export const preferenceBox = (element: Element, kind: string, channel: string) =>
  q<HTMLInputElement>(element, `#preference-${kind}-${channel}`);
export const statusRegion = (element: Element) => q(element, '[role="status"]');
export const alertOf = (element: Element, section: string) => q(element, `#${section}-error`);
export const exportButton = (element: Element) => q<HTMLButtonElement>(element, '[part="export-button"]')!;

export async function loaded(element: TxPrivacyCenter): Promise<TxPrivacyCenter> {
  await waitUntil(
    () =>
      consentSwitch(element, 'notifications_sms') &&
      q(element, '[part="preferences-table"]') &&
      q(element, '.erasure-lists'),
    'every section is loaded',
  );
  return element;
}

/** Mounts a fresh element for `token` and waits until its sections are loaded. */
export async function mountLoaded(token: string, apiBase?: string): Promise<TxPrivacyCenter> {
  return loaded(await fixture<TxPrivacyCenter>(await standalone(token, apiBase)));
}

export const grantedIn = (list: ConsentList, purpose: string) => list.data.find((c) => c.purpose === purpose)?.granted;

/** Helpers for checkout helper tests: a fresh buyer, a real cart, and keyboard-only moves. */
import type { Product } from '@txassist/contract';
import { createClient } from '@txassist/sdk';
import { sendKeys } from '@web/test-runner-commands';
import '../../packages/elements/src/checkout-helper/define.js';
import type { CardFieldsController } from '../../packages/elements/src/checkout-helper/card-fields.js';
import type { TxCheckoutHelper } from '../../packages/elements/src/checkout-helper/checkout-helper.js';
import { deepActiveElement, fixture, waitUntil } from './dom.js';
import { apiConfig, freshBuyer } from './tx-api.js';

export interface CheckoutBuyer {
  readonly token: string;
  readonly email: string;
}

/** A buyer created on first use (no saved address or card), so tests never share state. */
export async function freshCheckoutBuyer(): Promise<CheckoutBuyer> {
  const { token, email } = await freshBuyer('wtr-checkout');
  return { token, email };
}

/** The demo seller's products, as the storefront lists them (publishable key only). */
export async function products(): Promise<Product[]> {
  const config = await apiConfig();
  return createClient({ apiBase: config.apiBase, publishableKey: config.publishableKey }).products.list();
}

export interface MountOptions {
  /** Where the element goes (e.g. a `<dialog>` already on the page); a fresh `<main>` otherwise. */
  readonly container?: Element;
  /** The `order-url` pattern attribute. */
  readonly orderUrl?: string;
}

/** A checkout helper on this page for `buyer`, starting a checkout with two items of the catalog. */
export async function mountCheckout(
  buyer: CheckoutBuyer,
  locale = 'en',
  options: MountOptions = {},
): Promise<TxCheckoutHelper> {
  const config = await apiConfig();
  const catalog = (await products()).filter((product) => product.available);
  const element = document.createElement('tx-checkout-helper');
  element.locale = locale;
  element.setAttribute('api-base', config.apiBase);
  element.setAttribute('publishable-key', config.publishableKey);
  element.setAttribute('session-token', buyer.token);
  element.items = [
    { product_id: catalog[0]!.id, quantity: 2 },
    { product_id: catalog[1]!.id, quantity: 1 },
  ];
  element.redirect = () => undefined;
  if (options.orderUrl) element.setAttribute('order-url', options.orderUrl);
  if (options.container) {
    options.container.append(element);
    await element.updateComplete;
  } else await fixture(element);
  await waitUntil(() => element.shadowRoot?.querySelector('[part="summary"]'), 'the cart is loaded');
  return element;
}

export const q = <T extends Element = HTMLElement>(element: Element, selector: string) =>
  element.shadowRoot?.querySelector<T>(selector) ?? null;

/** Presses Tab (or Shift+Tab) until focus is on an element matching `selector`; fails after `max` presses. */
export async function tabTo(selector: string, options: { back?: boolean; max?: number } = {}): Promise<Element> {
  for (let press = 0; press < (options.max ?? 80); press++) {
    const active = deepActiveElement();
    if (active?.matches(selector)) return active;
    await sendKeys({ press: options.back ? 'Shift+Tab' : 'Tab' });
  }
  throw new Error(`Tab never reached ${selector} (focus is on ${deepActiveElement()?.outerHTML.slice(0, 120)})`);
}

/** Tab to a text field, replace its value by typing. */
export async function typeInto(selector: string, text: string): Promise<void> {
  await tabTo(selector);
  await sendKeys({ press: 'Control+a' });
  await sendKeys({ press: 'Backspace' });
  if (text) await sendKeys({ type: text });
}

/** Tab to a control and press Enter (buttons) or Space (radios and checkboxes). */
export async function activate(selector: string, key: 'Enter' | 'Space' = 'Enter'): Promise<void> {
  await tabTo(selector);
  await sendKeys({ press: key });
}

/** A step's current state as the element shows it. */
export function currentStep(element: TxCheckoutHelper): string | undefined {
  return q(element, '[aria-current="step"] [id$="-heading"]')?.id.replace(/^step-|-heading$/g, '');
}

export interface TestCard {
  readonly number: string;
  readonly expiry: string;
  readonly cvc: string;
}

/**
 * Types `card` into the hosted card fields once, as a person does: each field when the frame has said
 * it holds focus (Tab between them). Focus must already be on its way into the frame. Nothing is typed
 * twice, so a frame that loses a key fails the caller's check of what was entered.
 */
export async function typeCard(fields: CardFieldsController, card: TestCard): Promise<void> {
  for (const [index, field] of (['number', 'expiry', 'cvc'] as const).entries()) {
    if (index > 0) await sendKeys({ press: 'Tab' });
    await waitUntil(() => fields.state.focused === field, `the card frame reports focus in ${field}`);
    await sendKeys({ type: card[field] });
  }
}

/** Keyboard into the card iframe once: Tab from the "new card" radio, then type like a person. */
export async function typeCardInFrame(element: TxCheckoutHelper, card: TestCard): Promise<void> {
  const fields = element.cardFields;
  await waitUntil(() => fields.shown, 'the card fields show their labelled form');
  await tabTo('input[name="payment-method"][value="card"]');
  await sendKeys({ press: 'Tab' });
  await typeCard(fields, card);
  await waitForCard(fields, (state) => state.complete, 'the card is complete as typed');
}

/** Waits until the card fields' state satisfies `entered`; the error names the state the frame reported. */
export async function waitForCard(
  fields: CardFieldsController,
  entered: (state: CardFieldsController['state']) => boolean,
  what: string,
): Promise<void> {
  await waitUntil(() => entered(fields.state), what).catch((error: Error) => {
    throw new Error(`${error.message}; the frame reports ${JSON.stringify(fields.state)}`);
  });
}

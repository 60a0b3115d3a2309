/**
 * Runs inside the strict-CSP page (`/__tx/csp/page`, test/browser-support/server/csp-page.mjs): loads every element and
 * drives each against the real API — the tracker, the privacy center, the order hub inside a provider, a
 * refund request and a dispute form for a fresh delivered order, and a checkout paid by card through the
 * hosted card fields iframe — then posts what happened, and every `securitypolicyviolation` the page saw,
 * to the test that framed it. The card is typed with the real keyboard: the page asks the test for each
 * key press (`txassist-csp-keys`), since only the test can send keys; it asks the test too for sessions and
 * orders (`txassist-csp-command`), since only the test page can run the back end's server commands.
 *
 * `?mode=control` breaks the policy on purpose instead (an HTML string into a Trusted Types sink, a
 * `style` attribute, `new Function`), so the test can prove that violations are caught and reported.
 */
import { createClient } from '@txassist/sdk';
import '../../../packages/elements/src/index.js';
import type { TxCheckoutHelper } from '../../../packages/elements/src/checkout-helper/checkout-helper.js';
import type { TxDisputeForm } from '../../../packages/elements/src/dispute-form/dispute-form.js';
import type { TxOrderHub } from '../../../packages/elements/src/order-hub/order-hub.js';
import type { TxProvider } from '../../../packages/elements/src/provider/provider.js';
import type { TxRefundRequest } from '../../../packages/elements/src/refund-request/refund-request.js';
import type { TxOrderTracker } from '../../../packages/elements/src/order-tracker/order-tracker.js';
import type { TxPrivacyCenter } from '../../../packages/elements/src/privacy-center/privacy-center.js';

export interface CspViolation {
  directive: string;
  blocked: string;
  source: string;
  line: number;
  sample: string;
}

export interface CspPageResult {
  type: 'txassist-csp-result';
  mode: string;
  /** The flow steps that completed, in order. */
  steps: string[];
  violations: CspViolation[];
  /** Set when a step failed (the page could not finish its flow). */
  error?: string;
}

/** The page asks the test that framed it to press or type keys (into whatever has focus); it answers `done`. */
export interface CspKeysRequest {
  type: 'txassist-csp-keys';
  id: string;
  keys: { press: string } | { type: string };
}

/** The page asks the test that framed it to run a back-end server command; it answers `done` with the result. */
export interface CspCommandRequest {
  type: 'txassist-csp-command';
  id: string;
  command: string;
  payload: object;
}

declare global {
  interface Window {
    __cspViolations: CspViolation[];
  }
}

const mode = new URLSearchParams(location.search).get('mode') ?? 'elements';
const steps: string[] = [];

interface Config {
  apiBase: string;
  publishableKey: string;
}

let requests = 0;
/** Posts `request` to the framing test and resolves with its `<type>-done` answer. */
function askTest<T>(request: { type: string } & Record<string, unknown>): Promise<T> {
  const id = `request${++requests}`;
  return new Promise((resolve) => {
    window.addEventListener('message', function onDone(event: MessageEvent) {
      const data = event.data as { type?: string; id?: string; result?: T } | null;
      if (event.source !== parent || data?.type !== `${request.type}-done` || data.id !== id) return;
      window.removeEventListener('message', onDone);
      resolve(data.result as T);
    });
    parent.postMessage({ ...request, id }, location.origin);
  });
}

/** Runs a back-end server command (test/browser-support/server/back-end.mjs) through the framing test. */
const backEnd = <T>(command: string, payload: object = {}) =>
  askTest<T>({ type: 'txassist-csp-command', command, payload });

/** A buyer session: the demo buyer's, or a buyer created for `externalId` on first use. */
async function session(externalId?: string): Promise<{ token: string; buyerId: string }> {
  const { status, body } = await backEnd<{ status: number; body: { token: string; buyerId: string } }>(
    'tx-session',
    externalId ? { external_id: externalId } : {},
  );
  if (status >= 300) throw new Error(`the session answered ${status}`);
  return body;
}

async function waitUntil<T>(predicate: () => T, what: string, timeout = 20_000): Promise<NonNullable<T>> {
  const deadline = performance.now() + timeout;
  for (;;) {
    const value = predicate();
    if (value) return value as NonNullable<T>;
    if (performance.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const inShadow = <T extends Element = HTMLElement>(host: Element, selector: string) =>
  host.shadowRoot?.querySelector<T>(selector) ?? null;
const text = (element: Element | null) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function trackerFlow(config: Config): Promise<void> {
  const tracker = document.querySelector<TxOrderTracker>('tx-order-tracker')!;
  const { token } = await session();
  tracker.setAttribute('api-base', config.apiBase);
  tracker.setAttribute('publishable-key', config.publishableKey);
  tracker.setAttribute('session-token', token);
  tracker.setAttribute('order-id', 'ord_demoInTransit');
  await waitUntil(() => text(inShadow(tracker, '[part="heading"]')) === 'Order TX-1006', 'the tracker shows its order');
  steps.push('tracker loaded');
  tracker.locale = 'es'; // a lazily imported catalog chunk
  await waitUntil(() => text(inShadow(tracker, '[part="heading"]')) === 'Pedido TX-1006', 'the tracker speaks Spanish');
  steps.push('tracker in Spanish');
}

async function privacyFlow(config: Config): Promise<void> {
  const center = document.querySelector<TxPrivacyCenter>('tx-privacy-center')!;
  const { token } = await session(`csp-${crypto.randomUUID()}`);
  center.setAttribute('api-base', config.apiBase);
  center.setAttribute('publishable-key', config.publishableKey);
  center.setAttribute('session-token', token);

  const sms = await waitUntil(
    () => inShadow<HTMLInputElement>(center, '#consent-notifications_sms'),
    'the consents are loaded',
  );
  sms.click();
  await waitUntil(() => sms.checked && !sms.hasAttribute('aria-disabled'), 'the SMS consent is saved');
  steps.push('consent saved');

  const cell = await waitUntil(
    () => inShadow<HTMLInputElement>(center, '#preference-order_updates-sms'),
    'the preferences are loaded',
  );
  cell.click();
  await waitUntil(() => cell.checked && !cell.hasAttribute('aria-disabled'), 'the SMS preference is saved');
  steps.push('preference saved');

  const exportButton = inShadow<HTMLButtonElement>(center, '[part="export-button"]')!;
  exportButton.click();
  await waitUntil(() => text(exportButton) === 'Download my file', 'the export is ready', 30_000);
  steps.push('export ready');
  exportButton.click();
  await waitUntil(() => text(exportButton) === 'Request a new export', 'the export is downloaded');
  steps.push('export downloaded');

  (await waitUntil(() => inShadow(center, '[part="erase-button"]'), 'the erasure preview is loaded')).click();
  (await waitUntil(() => inShadow(center, '#erase-understood'), 'the confirmation opens')).click();
  inShadow(center, '[part="confirm-button"]')!.click();
  await waitUntil(() => inShadow(center, '#erased-heading'), 'the data is erased');
  steps.push('data erased');
}

/** A buyer created for this run and a delivered order of theirs (seller side, through the test server). */
async function buyerWithDeliveredOrder(): Promise<{ token: string; orderId: string }> {
  const { token, buyerId } = await session(`csp-${crypto.randomUUID()}`);
  const order = await backEnd<{ status: number; body: { id: string } }>('tx-delivered-order', { buyer: buyerId });
  if (order.status >= 300) throw new Error(`delivered order: ${order.status}`);
  return { token, orderId: order.body.id };
}

function configure(element: Element, config: Config, token: string): void {
  element.setAttribute('api-base', config.apiBase);
  element.setAttribute('publishable-key', config.publishableKey);
  element.setAttribute('session-token', token);
}

async function hubFlow(config: Config): Promise<void> {
  const provider = document.querySelector<TxProvider>('tx-provider')!;
  const hub = document.querySelector<TxOrderHub>('tx-order-hub')!;
  configure(provider, config, (await session()).token);
  const row = await waitUntil(() => inShadow(hub, '[part="order"]'), 'the hub lists orders (through the provider)');
  steps.push('hub listed orders');
  row.click();
  await waitUntil(() => text(inShadow(hub, '#detail-heading')).startsWith('Order TX-'), 'the order detail shows');
  steps.push('hub opened an order');
}

async function casesFlow(config: Config): Promise<void> {
  const { token, orderId } = await buyerWithDeliveredOrder();
  const refund = document.querySelector<TxRefundRequest>('tx-refund-request')!;
  refund.setAttribute('order-id', orderId);
  configure(refund, config, token);
  const returnAndRefund = await waitUntil(
    () => inShadow<HTMLInputElement>(refund, '#type-return_and_refund'),
    'the refund form shows',
  );
  returnAndRefund.click();
  await waitUntil(() => returnAndRefund.checked, 'return and refund is chosen');
  steps.push('refund form used');

  const dispute = document.querySelector<TxDisputeForm>('tx-dispute-form')!;
  dispute.setAttribute('order-id', orderId);
  configure(dispute, config, token);
  const damaged = await waitUntil(
    () => inShadow<HTMLInputElement>(dispute, '#reason-damaged'),
    'the dispute form shows',
  );
  damaged.click();
  await waitUntil(() => damaged.checked, 'the damaged reason is chosen');
  steps.push('dispute form used');
}

/** Asks the framing test to press or type keys, and waits until it did. */
function keys(request: CspKeysRequest['keys']): Promise<void> {
  return askTest<void>({ type: 'txassist-csp-keys', keys: request });
}

function fill(helper: TxCheckoutHelper, id: string, value: string): void {
  const field = inShadow<HTMLInputElement | HTMLSelectElement>(helper, `#${id}`)!;
  field.value = value;
  field.dispatchEvent(new Event(field instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
}

async function checkoutFlow(config: Config): Promise<void> {
  const helper = document.querySelector<TxCheckoutHelper>('tx-checkout-helper')!;
  const { token } = await session(`csp-${crypto.randomUUID()}`);
  const catalog = (await createClient(config).products.list()).filter((product) => product.available);
  helper.items = [{ product_id: catalog[0]!.id, quantity: 1 }];
  helper.redirect = () => undefined;
  configure(helper, config, token);
  const step = () => inShadow(helper, '[aria-current="step"] [id$="-heading"]')?.id;
  const proceed = () => inShadow(helper, 'button[part="continue-button"]')!.click();

  await waitUntil(() => inShadow(helper, '#shipping-line1'), 'the checkout asks for an address');
  fill(helper, 'shipping-name', 'Ada Strict');
  fill(helper, 'shipping-country', 'US');
  await helper.updateComplete;
  fill(helper, 'shipping-line1', '1 Infinite Loop');
  fill(helper, 'shipping-city', 'Cupertino');
  fill(helper, 'shipping-region', 'CA');
  fill(helper, 'shipping-postal-code', '95014');
  proceed();
  await waitUntil(() => step() === 'step-shipping-heading', 'the delivery step');
  proceed();
  await waitUntil(() => step() === 'step-payment-heading', 'the payment step');
  steps.push('checkout at payment');

  inShadow(helper, 'input[name="payment-method"][value="card"]')!.click();
  const fields = helper.cardFields;
  await waitUntil(() => fields.shown, 'the card fields iframe shows its labelled fields', 30_000);
  steps.push('card fields shown');
  fields.focus('number');
  const year = String((new Date().getFullYear() + 2) % 100).padStart(2, '0');
  const card = [
    ['number', '4242424242424242'],
    ['expiry', `12${year}`],
    ['cvc', '123'],
  ] as const;
  for (const [index, [field, value]] of card.entries()) {
    if (index > 0) await keys({ press: 'Tab' });
    await waitUntil(() => fields.state.focused === field, `the card frame reports focus in ${field}`);
    await keys({ type: value });
  }
  await waitUntil(() => fields.state.complete, `the card is complete as typed (${JSON.stringify(fields.state)})`);
  steps.push('card typed');
  proceed();
  await waitUntil(() => step() === 'step-review-heading', 'the review step', 30_000);
  inShadow(helper, 'button[part="place-order-button"]')!.click();
  await waitUntil(() => inShadow(helper, '[part="confirmation"]'), 'the confirmation', 30_000);
  steps.push('order placed');
}

/** Breaks the policy three ways; each must be blocked and reported. */
function breakThePolicy(): void {
  try {
    document.createElement('div').innerHTML = '<b>an HTML string, not a TrustedHTML</b>';
    steps.push('innerHTML accepted a string');
  } catch {
    steps.push('innerHTML refused a string');
  }
  const styled = document.createElement('p');
  styled.setAttribute('style', 'color: red');
  document.body.append(styled);
  steps.push(
    getComputedStyle(styled).color === 'rgb(255, 0, 0)' ? 'style attribute applied' : 'style attribute ignored',
  );
  try {
    new Function('return 1')();
    steps.push('eval ran');
  } catch {
    steps.push('eval refused');
  }
}

async function run(): Promise<void> {
  if (mode === 'control') return breakThePolicy();
  const config = await backEnd<Config>('tx-config');
  await trackerFlow(config);
  await privacyFlow(config);
  await hubFlow(config);
  await casesFlow(config);
  await checkoutFlow(config);
}

let error: string | undefined;
try {
  await run();
} catch (caught) {
  error = caught instanceof Error ? caught.message : String(caught);
}
// Violation events are queued tasks: let the last ones arrive before reporting.
await new Promise((resolve) => setTimeout(resolve, 250));
const result: CspPageResult = {
  type: 'txassist-csp-result',
  mode,
  steps,
  violations: window.__cspViolations,
  ...(error ? { error } : {}),
};
parent.postMessage(result, location.origin);

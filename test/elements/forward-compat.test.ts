/**
 * Issue 14, decision 2 — an embed pinned to this version keeps working when the API adds an order
 * status, a tracking tag, a case status, reason or type, a consent purpose, a suggestion code, a
 * shipping option, a buyer action or a field. Each element gets the REAL server's answers for data
 * the test made, rewritten on the way as a newer API would send them (`newerApi`: new enum values and a
 * field this version does not know on every object at every level), and must show the neutral
 * translated words, never a raw key, never a blank widget, never an error — with zero axe violations.
 */
import { createClient, type TxClient } from '@txassist/sdk';
import '../../packages/elements/src/index.js';
import { assert, deepEqual, equal, includes, notIncludes } from '../browser-support/assert.js';
import { expectNoAxeViolations } from '../browser-support/axe.js';
import { sendKeys } from '@web/test-runner-commands';
import { activate, currentStep, freshCheckoutBuyer, tabTo, typeInto } from '../browser-support/checkout.js';
import { cleanupFixtures, fixture, shadowQuery, textOf, waitUntil } from '../browser-support/dom.js';
import { watchLitWarnings } from '../browser-support/lit-warnings.js';
import { ADDED_FIELD, newerApi, type NewerAnswer } from '../browser-support/newer-api.js';
import { apiConfig, createOrder, deliveredOrder, freshBuyer, type TestBuyer } from '../browser-support/tx-api.js';

const q = <T extends Element = HTMLElement>(element: Element, selector: string) => shadowQuery<T>(element, selector);

/** Values no version of the contract has (yet). */
const NEW = {
  orderStatus: 'rerouted',
  tag: 'drone_handoff',
  caseStatus: 'in_mediation',
  reason: 'arrived_early',
  outcome: 'store_credit',
  refundType: 'store_credit',
  author: 'carrier_bot',
  deadline: 'auto_extend',
  action: 'swap_items',
  purpose: 'voice_assistant',
  suggestion: 'subscription_renewal',
  shipping: 'drone',
  kind: 'weekly_digest',
} as const;

/** A raw catalog key or a value's own name on screen means a value went unworded. */
function noRawWords(text: string): void {
  for (const value of Object.values(NEW)) notIncludes(text, value);
  notIncludes(text, ADDED_FIELD);
  assert(
    !/\b(status|tracker|hub|order|inbox|dispute|refund|privacy|export|assistant|checkout|payments)\.[a-z_]+/.test(text),
    text,
  );
}

/** No tone the styles colour (an unknown value's tone is empty, which styles as neutral). */
const neutralTone = (badge: Element | null) =>
  assert(!['attention', 'progress', 'success'].includes(badge?.getAttribute('data-tone') ?? ''), 'a neutral colour');

const buyerClient = async (buyer: TestBuyer, answers: readonly NewerAnswer[]): Promise<TxClient> => {
  const { apiBase, publishableKey } = await apiConfig();
  return createClient({ apiBase, publishableKey, getSessionToken: () => buyer.token, fetch: newerApi(answers) });
};

async function mount<T extends HTMLElement>(tag: string, client: TxClient, attributes: Record<string, string> = {}) {
  const element = document.createElement(tag) as T & { locale: string; client: TxClient };
  element.locale = 'en';
  element.client = client;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return fixture<T>(element);
}

describe('forward compatibility: every element on answers from a newer API', () => {
  let litWarnings: ReturnType<typeof watchLitWarnings>;
  const errors: string[] = [];
  const originalError = console.error;
  const onError = (event: ErrorEvent | PromiseRejectionEvent) =>
    errors.push(String('reason' in event ? event.reason : event.message));
  before(() => {
    litWarnings = watchLitWarnings();
  });
  after(() => deepEqual(litWarnings.stop(), [], 'Lit dev-mode warnings'));
  beforeEach(() => {
    errors.length = 0;
    console.error = (...args: unknown[]) => {
      errors.push(args.map(String).join(' '));
      originalError.apply(console, args);
    };
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
  });
  afterEach(() => {
    cleanupFixtures();
    console.error = originalError;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onError);
    deepEqual(errors, [], 'no console error, no uncaught error');
  });

  it('<tx-order-tracker>: a new order status and tracking tag both read “Status: updating”', async function () {
    this.timeout(60_000);
    const buyer = await freshBuyer('wtr-compat-tracker');
    const order = await createOrder(buyer.id, { steps: ['awaiting_shipment', 'shipment', 'in_transit'] });
    const client = await buyerClient(buyer, [
      { path: /^\/v1\/orders\/[^/]+(\/shipments)?$/, values: { status: NEW.orderStatus, tag: NEW.tag } },
    ]);
    const element = await mount('tx-order-tracker', client, { 'order-id': order.id });
    const badge = await waitUntil(() => q(element, '[part="shipment-badge"]'), 'the parcel is shown', 20_000);
    equal(textOf(badge), 'Status: updating');
    equal(badge.getAttribute('data-tag'), NEW.tag);
    const status = q(element, '[part="status-badge"]');
    equal(textOf(status), 'Status: updating');
    neutralTone(status);
    equal(textOf(q(element, '.status .explanation')), '', 'no explanation this version cannot give');
    equal(textOf(q(element, '.shipment-status .explanation')), '');
    equal(textOf(q(element, '[role="status"]')), '', 'nothing is announced on load');
    noRawWords(textOf(element.shadowRoot!.firstElementChild));
    await expectNoAxeViolations(element);
  });

  it('<tx-order-hub>: history, detail, parcels, cases and actions with values it does not know', async function () {
    this.timeout(90_000);
    const buyer = await freshBuyer('wtr-compat-hub');
    const order = await createOrder(buyer.id, { steps: ['awaiting_shipment', 'shipment', 'in_transit', 'delivered'] });
    const plain = await buyerClient(buyer, []);
    const full = await plain.orders.get(order.id);
    await plain.refunds.request(order.id, {
      type: 'refund',
      reason: 'damaged',
      items: [{ line_item_id: full.line_items[0]!.id, quantity: 1 }],
    });
    const caseValues = { status: NEW.caseStatus, reason: NEW.reason, type: NEW.refundType, on_expiry: NEW.deadline };
    const client = await buyerClient(buyer, [
      { path: /^\/v1\/orders$/, values: { status: NEW.orderStatus } },
      {
        path: /^\/v1\/orders\/[^/]+$/,
        values: { status: NEW.orderStatus },
        also: (body) => {
          const detail = body as { buyer_actions: unknown[] };
          return { ...detail, buyer_actions: [...detail.buyer_actions, { action: NEW.action, until: null }] };
        },
      },
      { path: /\/shipments$/, values: { tag: NEW.tag } },
      { path: /^\/v1\/(disputes|refunds)$/, values: caseValues },
      { path: /^\/v1\/me\/notifications$/, values: { status: NEW.orderStatus, milestone: NEW.tag, kind: NEW.kind } },
    ]);

    const history = await mount('tx-order-hub', client);
    const row = await waitUntil(() => q(history, '.status-tag'), 'the history is shown', 20_000);
    equal(textOf(row), 'Status: updating');
    noRawWords(textOf(history.shadowRoot!.firstElementChild));
    await expectNoAxeViolations(history);
    cleanupFixtures();

    const detail = await mount('tx-order-hub', client, { 'order-id': order.id });
    await waitUntil(() => q(detail, '[part="case"]') && q(detail, '[part="shipment"]'), 'cases and parcels', 20_000);
    const text = textOf(detail.shadowRoot!.firstElementChild);
    includes(text, 'Status: updating');
    includes(textOf(q(detail, '[part="shipment"]')), 'Status: updating');
    const caseRow = textOf(q(detail, '[part="case"]'));
    includes(caseRow, 'Refund request');
    includes(caseRow, 'Status: updating');
    includes(caseRow, 'Something else');
    notIncludes(textOf(q(detail, '.actions-list')), 'undefined', 'the unknown action is left out');
    noRawWords(text);
    await expectNoAxeViolations(detail);
    // The Messages view (and its words) loads when its tab is first shown.
    q<HTMLButtonElement>(detail, '#tab-inbox')!.click();
    const inbox = textOf(await waitUntil(() => q(detail, '[part="message"]'), 'the messages', 20_000));
    includes(inbox, `Order ${order.number}: Status: updating`);
    noRawWords(inbox);
  });

  it('<tx-dispute-form>: a new dispute status, reason, outcome and message author', async function () {
    this.timeout(60_000);
    const buyer = await freshBuyer('wtr-compat-dispute');
    const order = await deliveredOrder(buyer.id);
    const plain = await buyerClient(buyer, []);
    const full = await plain.orders.get(order.id);
    const dispute = await plain.disputes.file(order.id, {
      reason: 'damaged',
      items: [{ line_item_id: full.line_items[0]!.id, quantity: 1 }],
      description: 'The lid cracked in transit.',
      desired_outcome: 'full_refund',
    });
    await plain.disputes.postMessage(dispute.id, { body: 'Photos to follow.' });
    const client = await buyerClient(buyer, [
      {
        path: /^\/v1\/disputes\/[^/]+$/,
        values: { status: NEW.caseStatus, reason: NEW.reason, desired_outcome: NEW.outcome, author: NEW.author },
      },
    ]);
    const element = await mount('tx-dispute-form', client, { 'order-id': order.id, 'dispute-id': dispute.id });
    const badge = await waitUntil(() => q(element, '[part="status"]'), 'the case is shown', 20_000);
    equal(textOf(badge), 'Status: updating');
    neutralTone(badge);
    const text = textOf(element.shadowRoot!.firstElementChild);
    includes(text, 'Something else');
    includes(textOf(q(element, '[part="message"]')), 'Update');
    noRawWords(text);
    await expectNoAxeViolations(element);
  });

  it('<tx-refund-request>: a new request type and status (no step list to follow, no throw)', async function () {
    this.timeout(60_000);
    const buyer = await freshBuyer('wtr-compat-refund');
    const order = await deliveredOrder(buyer.id);
    const plain = await buyerClient(buyer, []);
    const full = await plain.orders.get(order.id);
    const request = await plain.refunds.request(order.id, {
      type: 'return_and_refund',
      reason: 'damaged',
      items: [{ line_item_id: full.line_items[0]!.id, quantity: 1 }],
    });
    const client = await buyerClient(buyer, [
      { path: /^\/v1\/refunds\/[^/]+$/, values: { status: NEW.caseStatus, type: NEW.refundType, reason: NEW.reason } },
    ]);
    const element = await mount('tx-refund-request', client, { 'order-id': order.id, 'refund-id': request.id });
    const badge = await waitUntil(() => q(element, '[part="status"]'), 'the request is shown', 20_000);
    equal(textOf(badge), 'Status: updating');
    neutralTone(badge);
    equal(q(element, '[part="steps"]'), null, 'no step list for a type this version does not know');
    const text = textOf(element.shadowRoot!.firstElementChild);
    includes(text, 'Your request for');
    noRawWords(text);
    await expectNoAxeViolations(element);
  });

  it('<tx-privacy-center>: a consent purpose and a notification kind and channel it does not know', async function () {
    this.timeout(60_000);
    const buyer = await freshBuyer('wtr-compat-privacy');
    const client = await buyerClient(buyer, [
      {
        path: /^\/v1\/me\/consents$/,
        also: (body) => {
          const list = body as { data: unknown[] };
          const added = { purpose: NEW.purpose, granted: false, necessary: false, version: '2027-01', source: 'api' };
          return { ...list, data: [...list.data, { ...added, updated_at: null }] };
        },
      },
      {
        path: /^\/v1\/me\/notification-preferences$/,
        also: (body) => {
          const list = body as { data: unknown[] };
          const added = { kind: NEW.kind, channel: 'push', enabled: true, effective: true };
          return { ...list, data: [...list.data, added] };
        },
      },
    ]);
    const element = await mount('tx-privacy-center', client);
    const consent = await waitUntil(
      () => q(element, `[part="consent"][data-purpose="${NEW.purpose}"]`),
      'the new consent is listed',
      20_000,
    );
    includes(textOf(consent), 'Another use of your data');
    await waitUntil(() => q(element, 'table'), 'the preferences table');
    const text = textOf(element.shadowRoot!.firstElementChild);
    notIncludes(text, NEW.kind);
    noRawWords(text);
    await expectNoAxeViolations(element);
  });

  it('<tx-help-assistant>: a new suggestion code, next step and order status read as the neutral sentence', async function () {
    this.timeout(60_000);
    const buyer = await freshBuyer('wtr-compat-assistant');
    const order = await createOrder(buyer.id, { steps: ['awaiting_shipment'] });
    const client = await buyerClient(buyer, [
      {
        path: /^\/v1\/me\/assistant\/suggestions$/,
        values: { status: NEW.orderStatus },
        also: (body) => {
          const list = body as { data: { code: string; action: object }[] };
          const first = list.data[0]!;
          const added = { ...first, code: NEW.suggestion, action: { ...first.action, type: 'open_chat' } };
          return { ...list, data: [...list.data, added] };
        },
      },
    ]);
    const element = await mount('tx-help-assistant', client);
    const added = await waitUntil(
      () => q(element, `[part="suggestion"][data-code="${NEW.suggestion}"]`),
      'the new suggestion',
      20_000,
    );
    includes(textOf(added), `Something about order ${order.number} may need you.`);
    includes(textOf(added), `Open order ${order.number}`);
    const text = textOf(element.shadowRoot!.firstElementChild);
    const suggestions = element.shadowRoot!.querySelectorAll('[part="suggestion"]');
    equal(suggestions.length, 2, 'the recent order and the new suggestion');
    for (const suggestion of suggestions)
      includes(textOf(suggestion), `Something about order ${order.number} may need you.`, 'a status it cannot word');
    noRawWords(text);
    await expectNoAxeViolations(element);
  });

  it('<tx-checkout-helper>: a shipping option it does not know is offered under neutral words', async function () {
    this.timeout(90_000);
    const { apiBase, publishableKey } = await apiConfig();
    const buyer = await freshCheckoutBuyer();
    const client = createClient({
      apiBase,
      publishableKey,
      getSessionToken: () => buyer.token,
      fetch: newerApi([
        {
          path: /^\/v1\/checkouts(\/[^/]+)?$/,
          also: (body) => {
            const checkout = body as { shipping_options: { amount: object }[] };
            const added = { ...checkout.shipping_options[0]!, id: NEW.shipping, min_days: 0, max_days: 1 };
            return { ...checkout, shipping_options: [...checkout.shipping_options, added] };
          },
        },
      ]),
    });
    const catalog = (await client.products.list()).filter((product) => product.available);
    const element = document.createElement('tx-checkout-helper');
    element.locale = 'en';
    element.client = client;
    element.items = [{ product_id: catalog[0]!.id, quantity: 1 }];
    element.redirect = () => undefined;
    await fixture(element);
    await waitUntil(() => q(element, '[part="summary"]'), 'the cart is loaded', 20_000);
    await typeInto('#shipping-name', 'Ada Compat');
    await tabTo('#shipping-country');
    await sendKeys({ type: 'United Kingdom' });
    await typeInto('#shipping-line1', '10 Downing Street');
    await typeInto('#shipping-city', 'London');
    await typeInto('#shipping-postal-code', 'SW1A 2AA');
    await activate('button[part="continue-button"]');
    await waitUntil(() => currentStep(element) === 'shipping', 'the delivery step', 20_000);
    const option = await waitUntil(
      () => q(element, `input[name="shipping-option"][value="${NEW.shipping}"]`),
      'the new option',
    );
    includes(textOf(option.closest('label')), 'Delivery');
    noRawWords(textOf(element.shadowRoot!.firstElementChild));
    await expectNoAxeViolations(element);
  });
});

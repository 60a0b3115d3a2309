import { sendKeys } from '@web/test-runner-commands';
import '../../packages/elements/src/index.js';
import type { TxOrderTracker } from '../../packages/elements/src/order-tracker/order-tracker.js';
import { assert, deepEqual, equal, includes } from '../browser-support/assert.js';
import { expectNoAxeViolations } from '../browser-support/axe.js';
import { cleanupFixtures, deepActiveElement, fixture, shadowQuery, textOf, waitUntil } from '../browser-support/dom.js';
import { watchLitWarnings } from '../browser-support/lit-warnings.js';
import { apiConfig, createOrder, freshBuyer } from '../browser-support/tx-api.js';

/**
 * The guest lookup against the real API (publishable key only, no session): order number + email.
 * Lookups are rate limited (10 a minute), so this file makes three.
 */
async function guestTracker(): Promise<TxOrderTracker> {
  const { apiBase, publishableKey } = await apiConfig();
  const element = document.createElement('tx-order-tracker');
  element.locale = 'en';
  element.apiBase = apiBase;
  element.publishableKey = publishableKey;
  const mounted = await fixture<TxOrderTracker>(element);
  await waitUntil(() => shadowQuery(mounted, '[part="guest-form"]'), 'the lookup form shows');
  return mounted;
}

const input = (element: Element, name: string) => shadowQuery<HTMLInputElement>(element, `input[name="${name}"]`)!;
const summary = (element: Element) => shadowQuery(element, '[part="guest-errors"]');

async function typeInto(element: Element, name: string, text: string): Promise<void> {
  input(element, name).focus();
  await sendKeys({ type: text });
}

/** Fills the form with the keyboard and submits it with Enter, then waits for the answer. */
async function lookUp(element: TxOrderTracker, orderNumber: string, email: string): Promise<void> {
  input(element, 'order_number').value = '';
  input(element, 'email').value = '';
  await typeInto(element, 'order_number', orderNumber);
  await typeInto(element, 'email', email);
  await sendKeys({ press: 'Enter' });
  await waitUntil(
    () => summary(element) || shadowQuery(element, '[part="heading"]'),
    `an answer for ${orderNumber} / ${email}`,
  );
}

describe('tx-order-tracker guest lookup', () => {
  let litWarnings: ReturnType<typeof watchLitWarnings>;
  before(() => {
    litWarnings = watchLitWarnings();
  });
  after(() => deepEqual(litWarnings.stop(), [], 'Lit dev-mode warnings'));
  afterEach(() => cleanupFixtures());

  it('labels its fields, with autocomplete and a hint, and has no axe violations', async () => {
    const element = await guestTracker();
    const root = element.shadowRoot!;
    const orderNumber = input(element, 'order_number');
    const email = input(element, 'email');
    equal(root.querySelector(`label[for="${orderNumber.id}"]`)?.textContent?.trim(), 'Order number', 'label');
    equal(root.querySelector(`label[for="${email.id}"]`)?.textContent?.trim(), 'Email address', 'label');
    equal(email.type, 'email', 'email input type');
    equal(email.autocomplete, 'email', 'email autocomplete');
    equal(orderNumber.autocomplete, 'off', 'no autocomplete for the order number');
    includes(
      textOf(root.getElementById(orderNumber.getAttribute('aria-describedby')!)),
      'confirmation email',
      'hint tied to the field',
    );
    equal(shadowQuery(element, '[part="retry-button"]'), null, 'no error yet');
    await expectNoAxeViolations(element);
  });

  it('does not offer the lookup with a session or on a provider’s shared client', async () => {
    const { apiBase, publishableKey } = await apiConfig();
    const signedIn = document.createElement('tx-order-tracker');
    Object.assign(signedIn, { locale: 'en', apiBase, publishableKey, sessionToken: 'a-session-token' });
    const provider = document.createElement('tx-provider');
    Object.assign(provider, { apiBase, publishableKey, locale: 'en' });
    const shared = document.createElement('tx-order-tracker');
    provider.append(shared);
    const container = document.createElement('div');
    container.append(signedIn, provider);
    await fixture(container);
    await signedIn.updateComplete;
    await (provider as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    await shared.updateComplete;
    equal(shadowQuery(signedIn, '[part="guest-form"]'), null, 'no form when the page gives a session');
    equal(
      shadowQuery(shared, '[part="guest-form"]'),
      null,
      'no form on the shared client (it would sign everyone out)',
    );
  });

  it('catches empty and malformed entries before asking, with errors tied to the fields', async () => {
    const element = await guestTracker();
    await typeInto(element, 'email', 'not-an-email');
    await sendKeys({ press: 'Enter' });
    const errors = await waitUntil(() => summary(element), 'the error summary');
    await waitUntil(() => deepActiveElement() === errors, 'focus moves to the error summary');
    includes(textOf(errors), 'Enter your order number.', 'order number error');
    includes(textOf(errors), 'Enter the email address you ordered with', 'email error');
    for (const name of ['order_number', 'email']) {
      const field = input(element, name);
      equal(field.getAttribute('aria-invalid'), 'true', `${name} is invalid`);
      const described = field.getAttribute('aria-describedby')!.split(' ');
      assert(
        described.some((id) => element.shadowRoot!.getElementById(id)?.classList.contains('field-error')),
        `${name} error is in its description`,
      );
    }
    await expectNoAxeViolations(element);

    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    equal(deepActiveElement(), input(element, 'order_number'), 'the summary link moves focus to its field');
  });

  it('answers the same for an unknown order and a wrong email, then tracks the right one', async function () {
    this.timeout(60_000); // it makes its own buyer and parcel first
    // A buyer and parcel of this test's own: the lookup reads what it made, not the demo data.
    const buyer = await freshBuyer('wtr-guest');
    const order = await createOrder(buyer.id, { steps: ['awaiting_shipment', 'shipment', 'in_transit'] });
    const element = await guestTracker();

    await lookUp(element, 'TX-9999', buyer.email);
    const unknown = textOf(summary(element));
    includes(unknown, 'We couldn’t find an order with this number and email address', 'not found');
    equal(deepActiveElement(), summary(element), 'focus on the summary');

    await lookUp(element, order.number, 'someone.else@example.com');
    equal(textOf(summary(element)), unknown, 'a wrong email reads exactly like an unknown order');
    await expectNoAxeViolations(element);

    await lookUp(element, order.number.toLowerCase(), buyer.email);
    const heading = await waitUntil(() => shadowQuery(element, '[part="heading"]'), 'the order loads');
    equal(textOf(heading), `Order ${order.number}`, 'the guest sees the order');
    await waitUntil(() => shadowQuery(element, '[part="shipment"]'), 'and its shipment');
    await waitUntil(() => deepActiveElement() === heading, 'focus moves to the order heading');
    equal(shadowQuery(element, '[part="guest-form"]'), null, 'the form is gone');
    await expectNoAxeViolations(element);
  });
});

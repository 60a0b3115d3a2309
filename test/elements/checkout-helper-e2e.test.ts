/**
 * The "done when": keyboard only, in Chromium, against the real server — add items, enter an
 * address, pay with a declined card, read the guidance, pay with a good card that triggers step-up,
 * enter the code, see the confirmation; zero axe violations at every step.
 */
import { sendKeys } from '@web/test-runner-commands';
import type { TxCheckoutCompleteEvent } from '../../packages/elements/src/events/checkout-complete.js';
import type { TxPaymentFailedEvent } from '../../packages/elements/src/events/payment-failed.js';
import type { TxStepChangeEvent } from '../../packages/elements/src/events/step-change.js';
import { assert, equal, includes } from '../browser-support/assert.js';
import { expectNoAxeViolations } from '../browser-support/axe.js';
import {
  activate,
  currentStep,
  freshCheckoutBuyer,
  mountCheckout,
  q,
  tabTo,
  typeCardInFrame,
  typeInto,
} from '../browser-support/checkout.js';
import { cleanupFixtures, deepActiveElement, textOf, waitUntil } from '../browser-support/dom.js';
import { mailedCode } from '../browser-support/tx-api.js';

const year = (offset: number) => String((new Date().getFullYear() + offset) % 100).padStart(2, '0');

describe('tx-checkout-helper end to end (keyboard only, real server)', () => {
  afterEach(cleanupFixtures);

  it('address → decline with guidance → step-up card → code → confirmation, axe-clean at every step', async function () {
    this.timeout(240_000);
    const buyer = await freshCheckoutBuyer();
    const element = await mountCheckout(buyer);
    const steps: string[] = [];
    const failures: TxPaymentFailedEvent[] = [];
    let completed: TxCheckoutCompleteEvent | undefined;
    element.addEventListener('tx-step-change', (event: TxStepChangeEvent) => steps.push(event.step));
    element.addEventListener('tx-payment-failed', (event) => failures.push(event));
    element.addEventListener('tx-checkout-complete', (event) => (completed = event));

    // The cart: items, quantities and the server's totals.
    includes(textOf(q(element, '[part="items"]')), '2');
    assert(textOf(q(element, '[part="total"]')).length > 0, 'a total is shown');
    equal(currentStep(element), 'address');
    await expectNoAxeViolations(element);

    // Address, keyboard only.
    element.focus();
    await typeInto('#shipping-name', 'Ada Keyboard');
    await tabTo('#shipping-country');
    await sendKeys({ type: 'United States' });
    await typeInto('#shipping-line1', '1 Infinite Loop');
    await typeInto('#shipping-city', 'Cupertino');
    await typeInto('#shipping-region', 'CA');
    await typeInto('#shipping-postal-code', '95014');
    await activate('button[part="continue-button"]');
    await waitUntil(() => currentStep(element) === 'shipping', 'the delivery step');
    equal(deepActiveElement()?.id, 'step-shipping-heading', 'focus moves to the next step’s heading');
    await expectNoAxeViolations(element);

    // Delivery: the default option, Continue.
    await activate('button[part="continue-button"]');
    await waitUntil(() => currentStep(element) === 'payment', 'the payment step');
    await expectNoAxeViolations(element);

    // A declined card.
    await activate('input[name="payment-method"][value="card"]', 'Space');
    await waitUntil(() => q(element, 'iframe[part="card-frame"]'), 'the card fields');
    await typeCardInFrame(element, { number: '4000000000000002', expiry: `12${year(2)}`, cvc: '123' });
    await activate('button[part="continue-button"]');
    await waitUntil(() => currentStep(element) === 'review', 'the review step');
    await expectNoAxeViolations(element);
    await activate('button[part="place-order-button"]');
    await waitUntil(() => q(element, '[part="decline"]'), 'the decline guidance', 30_000);
    equal(currentStep(element), 'payment', 'back at the payment step');
    equal(deepActiveElement()?.id, 'payment-notice', 'focus on the guidance');
    const guidance = textOf(q(element, '[part="decline"]'));
    includes(guidance, 'Contact your bank');
    includes(guidance, 'still here');
    equal(failures.length, 1);
    equal(failures[0]!.declineCode, 'generic_decline');
    // Nothing typed is lost: the address is still the one entered.
    includes(textOf(q(element, '.step.done')), '1 Infinite Loop');
    await expectNoAxeViolations(element);

    // A good card that asks for a code.
    await activate('input[name="payment-method"][value="card"]', 'Space');
    await typeCardInFrame(element, { number: '4000002500003155', expiry: `12${year(2)}`, cvc: '123' });
    await activate('button[part="continue-button"]');
    await waitUntil(() => currentStep(element) === 'review', 'the review step again');
    await activate('button[part="place-order-button"]');
    await waitUntil(() => q(element, '[part="challenge"]'), 'the verification step');
    const input = q<HTMLInputElement>(element, '#challenge-code')!;
    equal(input.autocomplete, 'one-time-code');
    equal(input.inputMode, 'numeric');
    await expectNoAxeViolations(element);

    const code = await mailedCode(buyer.email);
    await tabTo('#challenge-code');
    await sendKeys({ type: code });
    await sendKeys({ press: 'Enter' });

    await waitUntil(() => q(element, '[part="confirmation"]'), 'the confirmation');
    assert(completed, 'tx-checkout-complete was dispatched');
    equal(completed.confirmation.outcome, 'succeeded');
    includes(textOf(q(element, '[part="order-number"]')), completed.confirmation.orderNumber);
    equal(steps.at(-1), 'confirmation');
    await expectNoAxeViolations(element);
  });
});

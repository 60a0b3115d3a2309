/** Address validation and cash on delivery, against the real server, keyboard only. */
import { sendKeys } from '@web/test-runner-commands';
import type { TxCheckoutCompleteEvent } from '../../packages/elements/src/events/checkout-complete.js';
import { assert, equal, includes } from '../browser-support/assert.js';
import { expectNoAxeViolations } from '../browser-support/axe.js';
import {
  activate,
  currentStep,
  freshCheckoutBuyer,
  mountCheckout,
  q,
  tabTo,
  typeInto,
} from '../browser-support/checkout.js';
import { cleanupFixtures, deepActiveElement, textOf, waitUntil } from '../browser-support/dom.js';

describe('tx-checkout-helper against the real server', () => {
  afterEach(cleanupFixtures);

  it('links every address error to its field, checks postal codes by country, then places a COD order', async function () {
    this.timeout(180_000);
    const buyer = await freshCheckoutBuyer();
    const element = await mountCheckout(buyer);
    let completed: TxCheckoutCompleteEvent | undefined;
    element.addEventListener('tx-checkout-complete', (event) => (completed = event));

    // Continue with nothing typed: the summary takes focus and links to each field's error.
    element.focus();
    await activate('button[part="continue-button"]');
    const summary = await waitUntil(() => q(element, '#address-error-summary'), 'the error summary');
    equal(deepActiveElement(), summary, 'focus on the error summary');
    for (const id of ['shipping-name', 'shipping-line1', 'shipping-city', 'shipping-country']) {
      const field = q(element, `#${id}`)!;
      equal(field.getAttribute('aria-invalid'), 'true', id);
      const described = field.getAttribute('aria-describedby') ?? '';
      const error = q(element, `#${id}-error`);
      assert(error && described.includes(`${id}-error`), `${id} is described by its error`);
      assert(q(element, `#address-error-summary a[href="#${id}"]`), `the summary links to ${id}`);
    }
    equal(currentStep(element), 'address', 'still on the address step');
    await expectNoAxeViolations(element);

    // A British postal code in a US format is refused with the country's example.
    await typeInto('#shipping-name', 'Grace Keys');
    await tabTo('#shipping-country');
    await sendKeys({ type: 'United Kingdom' });
    await typeInto('#shipping-line1', '10 Downing Street');
    await typeInto('#shipping-city', 'London');
    await typeInto('#shipping-postal-code', '12345');
    await sendKeys({ press: 'Tab' });
    const postalError = await waitUntil(() => q(element, '#shipping-postal-code-error'), 'the postal code error');
    includes(textOf(postalError), 'SW1A 1AA');
    await typeInto('#shipping-postal-code', 'sw1a 2aa');
    await activate('button[part="continue-button"]');
    await waitUntil(() => currentStep(element) === 'shipping', 'the delivery step');
    // The server's totals now include delivery.
    assert(!textOf(q(element, '[part="totals"]')).includes('Chosen in the next steps'), 'delivery is priced');

    await activate('button[part="continue-button"]');
    await waitUntil(() => currentStep(element) === 'payment', 'the payment step');
    // Continue with no way to pay chosen: the step says so under its question, focus on the first choice.
    await activate('button[part="continue-button"]');
    const missing = await waitUntil(() => q(element, '#payment-method-error'), 'the missing-method error');
    equal(textOf(missing), 'Choose how you want to pay.');
    equal(deepActiveElement(), q(element, 'input[name="payment-method"]'), 'focus on the first choice');
    equal(deepActiveElement()?.getAttribute('aria-describedby'), 'payment-method-error', 'the choice names the error');
    equal(currentStep(element), 'payment', 'still on the payment step');
    await expectNoAxeViolations(element);
    // A radio group is one Tab stop; the arrow keys pick within it.
    await tabTo('input[name="payment-method"]');
    while (!deepActiveElement()?.matches('[value="cash_on_delivery"]')) await sendKeys({ press: 'ArrowDown' });
    equal((deepActiveElement() as HTMLInputElement).checked, true, 'the arrow key chose cash on delivery');
    equal(q(element, '#payment-method-error'), null, 'a choice clears the error');
    await activate('button[part="continue-button"]');
    await waitUntil(() => currentStep(element) === 'review', 'the review step');
    includes(textOf(q(element, '[part="place-order-button"]')), 'on delivery');
    await activate('button[part="place-order-button"]');

    await waitUntil(() => q(element, '[part="confirmation"]'), 'the confirmation');
    assert(completed, 'tx-checkout-complete');
    equal(completed.confirmation.outcome, 'cash_on_delivery');
    includes(textOf(q(element, '[part="confirmation"]')), 'ready for the courier');
    await expectNoAxeViolations(element);
  });
});

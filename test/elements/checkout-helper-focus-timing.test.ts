/**
 * Focus the checkout moves after something loads late (the outcome views' chunk on a slow network) never
 * takes it back from a buyer who already moved on: their next key press lands where they put focus.
 * Real server, keyboard only; the chunk is held back by the test back end (`tx-slow-files`).
 */
import { sendKeys } from '@web/test-runner-commands';
import { equal, includes } from '../browser-support/assert.js';
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
import { command } from '../browser-support/tx-api.js';

const CHUNK_DELAY_MS = 3_000;

const frames = async (count: number) => {
  for (let frame = 0; frame < count; frame++) await new Promise((resolve) => requestAnimationFrame(resolve));
};

describe('tx-checkout-helper focus after a late chunk', () => {
  afterEach(cleanupFixtures);

  it('leaves focus on Place order when the buyer tabbed there before the outcome views arrived', async function () {
    this.timeout(120_000);
    // Loaded when the review step opens; here it arrives seconds later, after the buyer reached Place order.
    await command('tx-slow-files', { pattern: '**/outcome-chunk*', delayMs: CHUNK_DELAY_MS });
    // Room for every file the page loads from here on (the default buffer of 250 fills with modules).
    performance.setResourceTimingBufferSize(100_000);
    const buyer = await freshCheckoutBuyer();
    const element = await mountCheckout(buyer);

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
    await activate('button[part="continue-button"]');
    await waitUntil(() => currentStep(element) === 'payment', 'the payment step');
    await tabTo('input[name="payment-method"]');
    while (!deepActiveElement()?.matches('[value="cash_on_delivery"]')) await sendKeys({ press: 'ArrowDown' });
    await activate('button[part="continue-button"]');
    await waitUntil(() => currentStep(element) === 'review', 'the review step');
    await element.updateComplete;
    const chunkArrived = () =>
      performance.getEntriesByType('resource').some((entry) => entry.name.includes('outcome-chunk'));
    equal(chunkArrived(), false, 'the outcome views are still on their way');
    // The review heading is in the main bundle: focus is there as soon as the step shows, not once the chunk is.
    equal(deepActiveElement()?.id, 'step-review-heading', 'focus on the review heading at once');

    // A quick keyboard user goes straight on to Place order while the chunk is still loading.
    await tabTo('button[part="place-order-button"]');
    await waitUntil(chunkArrived, 'the outcome views arrived', CHUNK_DELAY_MS + 20_000);
    await element.updateComplete;
    await frames(10);
    equal(
      deepActiveElement()?.getAttribute('part'),
      'place-order-button',
      'focus stayed where the buyer put it when the chunk arrived',
    );

    // So Enter places the order.
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => q(element, '[part="confirmation"]'), 'the confirmation', 30_000);
    includes(textOf(q(element, '[part="confirmation"]')), 'ready for the courier');
    await waitUntil(() => deepActiveElement()?.id === 'confirmation-heading', 'focus on the confirmation');
    await expectNoAxeViolations(element);
  });
});

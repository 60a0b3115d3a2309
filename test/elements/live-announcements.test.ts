/**
 * What a buyer hears, exactly (docs/accessibility.md#announcements): every live-region change in
 * the page and all shadow roots is recorded over journeys on the real server, and the sequence is
 * compared whole — nothing on load, each change or result once, in plain words.
 */
import { sendKeys } from '@web/test-runner-commands';
import '../../packages/elements/src/index.js';
import type { TxDisputeForm } from '../../packages/elements/src/dispute-form/dispute-form.js';
import type { TxOrderTracker } from '../../packages/elements/src/order-tracker/order-tracker.js';
import { assert, deepEqual, equal } from '../browser-support/assert.js';
import { buyerWithDeliveredOrder, mountCaseForm, shown, tabTo as tabToCase } from '../browser-support/case-e2e.js';
import {
  activate,
  currentStep,
  freshCheckoutBuyer,
  mountCheckout,
  q,
  typeCardInFrame,
  typeInto,
  tabTo,
} from '../browser-support/checkout.js';
import { cleanupFixtures, deepActiveElement, fixture, shadowQuery, textOf, waitUntil } from '../browser-support/dom.js';
import { recordLiveRegions } from '../browser-support/live-regions.js';
import { apiConfig, carrierEvent, createOrder, freshBuyer } from '../browser-support/tx-api.js';

const year = (offset: number) => String((new Date().getFullYear() + offset) % 100).padStart(2, '0');

/** A storefront's order list: one tracker per order, in the page's language. */
async function storefront(token: string, orderIds: readonly string[]): Promise<TxOrderTracker[]> {
  const { apiBase, publishableKey } = await apiConfig();
  const page = document.createElement('div');
  page.lang = 'en';
  for (const orderId of orderIds) {
    const element = document.createElement('tx-order-tracker');
    element.setAttribute('order-id', orderId);
    element.setAttribute('api-base', apiBase);
    element.setAttribute('publishable-key', publishableKey);
    element.setAttribute('session-token', token);
    page.append(element);
  }
  await fixture(page);
  return [...page.querySelectorAll('tx-order-tracker')];
}

describe('what a screen reader hears (live regions over journeys, real server)', () => {
  let recorder: ReturnType<typeof recordLiveRegions> | undefined;
  afterEach(() => {
    recorder?.stop();
    cleanupFixtures();
  });

  it('storefront with several trackers: nothing on load, then the parcel update, then Copied — once each', async function () {
    this.timeout(90_000);
    const buyer = await freshBuyer('wtr-heard-');
    const shipped = await createOrder(buyer.id, { steps: ['awaiting_shipment', 'shipment'] });
    const others = await Promise.all([createOrder(buyer.id), createOrder(buyer.id, { steps: ['awaiting_shipment'] })]);
    assert(shipped.trackingNumber, 'the first order is shipped');
    recorder = recordLiveRegions();

    const trackers = await storefront(buyer.token, [shipped.id, ...others.map((order) => order.id)]);
    for (const tracker of trackers) await waitUntil(() => shadowQuery(tracker, '#order-heading'), 'each order shows');
    const tracking = trackers[0]!;
    await waitUntil(() => shadowQuery(tracking, '[part="shipment"]'), 'the parcel shows');
    await waitUntil(() => shadowQuery(tracking, '[data-live="open"]'), 'its live updates are on');
    deepEqual(recorder.lines(), [], 'three trackers loaded: nothing is announced');

    const { status } = await carrierEvent({
      id: `wtr-heard-${Date.now()}`,
      tracking_number: shipped.trackingNumber!,
      tag: 'out_for_delivery',
      message: 'With the driver, van 3',
      location: { city: 'Leeds', region: null, country: 'GB' },
      occurred_at: new Date().toISOString(),
    });
    equal(status, 202, 'carrier event accepted');
    await waitUntil(
      () => textOf(shadowQuery(tracking, '[part="shipment-badge"]')) === 'Out for delivery',
      'the update',
    );
    deepEqual(
      recorder.lines(),
      ['tx-order-tracker status: Update on your parcel: Out for delivery.'],
      'the live update, once',
    );

    // The page's clipboard, not the system's: headless Chromium has no clipboard permission to grant.
    let copied = '';
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: (text: string) => ((copied = text), Promise.resolve()) },
    });
    try {
      shadowQuery<HTMLButtonElement>(tracking, '[part="copy-button"]')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => copied === shipped.trackingNumber, 'copied');
      await waitUntil(() => recorder!.lines().length === 2, 'the copy is announced');
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
    }
    deepEqual(
      recorder.lines(),
      [
        'tx-order-tracker status: Update on your parcel: Out for delivery.',
        'tx-order-tracker status: Tracking number copied.',
      ],
      'what the buyer heard, in order, nothing twice',
    );
  });

  it('checkout: nothing on load, each step the buyer moves to, the decline, the retry', async function () {
    this.timeout(240_000);
    const buyer = await freshCheckoutBuyer();
    recorder = recordLiveRegions();
    const element = await mountCheckout(buyer);
    deepEqual(recorder.lines(), [], 'the checkout loaded: nothing is announced');

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
    await activate('input[name="payment-method"][value="card"]', 'Space');
    await waitUntil(() => q(element, 'iframe[part="card-frame"]'), 'the card fields');
    await typeCardInFrame(element, { number: '4000000000000002', expiry: `12${year(2)}`, cvc: '123' });
    await activate('button[part="continue-button"]');
    await waitUntil(() => currentStep(element) === 'review', 'the review step');
    await activate('button[part="place-order-button"]');
    // The answer to Place order, then the outcome view's words (loaded with import()): allow for a loaded machine.
    await waitUntil(() => q(element, '[part="decline"]'), 'the decline guidance', 30_000);
    equal(deepActiveElement()?.id, 'payment-notice', 'focus on the guidance (read as focus moves there)');
    const declined = recorder.lines();

    await activate('input[name="payment-method"][value="card"]', 'Space');
    await typeCardInFrame(element, { number: '4242424242424242', expiry: `12${year(2)}`, cvc: '123' });
    await activate('button[part="continue-button"]');
    await waitUntil(() => currentStep(element) === 'review', 'the review step again');
    await activate('button[part="place-order-button"]');
    await waitUntil(() => q(element, '[part="confirmation"]'), 'the confirmation');
    await waitUntil(() => recorder!.lines().length > declined.length + 1, 'the confirmation is announced');

    deepEqual(
      recorder.lines(),
      [
        'tx-checkout-helper status: Step 2 of 5: Delivery',
        'tx-checkout-helper status: Step 3 of 5: Payment',
        'tx-checkout-helper status: Step 4 of 5: Review and pay',
        'tx-checkout-helper status: Processing your payment. Please keep this page open.',
        // The decline: focus moves to its guidance (read as it gets focus), back at the payment step.
        'tx-checkout-helper status: Step 3 of 5: Payment',
        'tx-checkout-helper status: Step 4 of 5: Review and pay',
        'tx-checkout-helper status: Processing your payment. Please keep this page open.',
        'tx-checkout-helper status: Step 5 of 5: Confirmation',
      ],
      'what the buyer heard, in order',
    );
  });

  it('dispute: nothing on load, the upload, then the case filed — once', async function () {
    this.timeout(90_000);
    const buyer = await buyerWithDeliveredOrder('wtr-heard-dispute-');
    recorder = recordLiveRegions();
    const element = await mountCaseForm<TxDisputeForm>('tx-dispute-form', buyer);
    await shown(element, '#reason-damaged');
    deepEqual(recorder.lines(), [], 'the form loaded: nothing is announced');

    element.focus();
    await tabToCase((focused) => focused.id === 'reason-damaged', 'the first open reason');
    await sendKeys({ press: 'Space' });
    await tabToCase((focused) => focused.getAttribute('name') === 'item', 'the first item');
    await sendKeys({ press: 'Space' });
    await tabToCase((focused) => focused.id === 'description', 'the description');
    await sendKeys({ type: 'The bottle arrived cracked and leaked into the box.' });
    await tabToCase((focused) => focused.id === 'outcome-full_refund', 'the first outcome');
    await sendKeys({ press: 'Space' });
    const bytes = new Uint8Array(4096);
    bytes.set([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]);
    const transfer = new DataTransfer();
    transfer.items.add(new File([bytes], 'cracked-bottle.jpg', { type: 'image/jpeg' }));
    const input = shadowQuery<HTMLInputElement>(element, '#evidence-input')!;
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await shown(element, '[part="file"][data-status="uploaded"]');
    await tabToCase((focused) => focused.getAttribute('part') === 'submit-button', 'Open case');
    await sendKeys({ press: 'Enter' });
    await shown(element, '[part="status"]');
    await waitUntil(() => deepActiveElement()?.id === 'case-heading', 'focus on the case heading');
    await waitUntil(() => recorder!.lines().some((line) => line.includes('case is open')), 'the filing is announced');

    deepEqual(
      recorder.lines(),
      ['tx-dispute-form status: Your case is open. We told the seller.'],
      'what the buyer heard',
    );
  });
});

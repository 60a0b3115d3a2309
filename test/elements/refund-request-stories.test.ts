/**
 * Every `<tx-refund-request>` story, in English and Arabic, checked with axe (zero violations), plus
 * what each state must say: eligibility, the form's errors, every status, the counter-offer and the
 * return label.
 */
import { REFUND_STATUSES } from '@txassist/contract';
import { loadCatalog, MESSAGE_BUNDLES } from '@txassist/elements/i18n';
import { assert, equal, includes } from '../browser-support/assert.js';
import { caseStories } from '../browser-support/case-stories.js';
import { deepActiveElement, shadowQuery, textOf, waitUntil } from '../browser-support/dom.js';

const harness = await caseStories('tx-refund-request');
const { show } = harness;

const q = (element: Element, selector: string) => shadowQuery(element, selector);
const until = (element: Element, selector: string) => waitUntil(() => q(element, selector), `${selector} is shown`);

describe('<tx-refund-request> stories', () => {
  before(async () => {
    await Promise.all(['ar', 'en'].map((locale) => loadCatalog(locale, MESSAGE_BUNDLES)));
  });

  afterEach(() => harness.clear());

  for (const locale of ['en', 'ar']) {
    it(`have no axe violations (${locale})`, async function () {
      this.timeout(120_000);
      await harness.checkAxe(locale);
    });
  }

  it('say until when a refund can be asked for, from when, or that the window closed', async () => {
    includes(textOf(await until(await show('Eligible'), '[part="eligibility"]')), 'You can ask for a refund until');
    const transit = await show('InTransit');
    await until(transit, '[part="form"]');
    assert((q(transit, '#type-return_and_refund') as HTMLInputElement).disabled, 'returns wait for delivery');
    includes(textOf(q(transit, '#type-return_and_refund-hint')), 'Not available for this order');
    const notYet = await show('NotYetEligible');
    includes(textOf(await until(notYet, '[part="eligibility"]')), 'You can ask for a refund from');
    equal(q(notYet, '[part="form"]'), null, 'no form before it opens');
    includes(
      textOf(await until(await show('WindowClosed'), '[part="eligibility"]')),
      'The time to ask for a refund ended on',
    );
  });

  it('list what to fix and move focus to the list', async () => {
    const element = await show('FormErrors');
    const heading = await until(element, '#errors-heading');
    includes(textOf(q(element, '#form-errors')), 'Choose at least one item.');
    includes(textOf(q(element, '#form-errors')), 'Choose a reason.');
    await waitUntil(() => deepActiveElement() === heading, 'focus on the error summary');
  });

  it('show every status with its own words', async () => {
    const names: Record<string, string> = {
      requested: 'Requested',
      countered: 'Countered',
      approved: 'Approved',
      rejected: 'Rejected',
      awaiting_buyer_shipment: 'AwaitingShipment',
      buyer_shipped: 'Shipped',
      received: 'Received',
      refunded: 'Refunded',
      replaced: 'Replaced',
      completed: 'Completed',
      cancelled: 'Cancelled',
    };
    const seen = new Set<string>();
    for (const status of REFUND_STATUSES) {
      const element = await show(names[status]!);
      const view = await until(element, '[part="status-view"]');
      equal(view.dataset.status, status, status);
      seen.add(textOf(q(element, '[part="status"]')));
    }
    equal(seen.size, REFUND_STATUSES.length, 'each status has its own label');
  });

  it('offer the counter-offer and the return label with their actions', async () => {
    const countered = await show('Countered');
    includes(
      textOf(await until(countered, '[part="counter-offer"]')),
      'Instead of $12.50, the seller offers a partial refund of $6.00.',
    );
    assert(q(countered, '[part="accept-offer"]') && q(countered, '[part="decline-offer"]'), 'accept and decline');

    const label = await show('AwaitingShipment');
    const panel = await until(label, '[part="return-label"]');
    includes(textOf(panel), 'Tracking number: SIMRET0042');
    equal(q(label, '[part="label-link"]')?.getAttribute('href'), 'https://labels.example.com/SIMRET0042.pdf');
    includes(textOf(q(label, '[part="deadline"]')), 'Send it by');
    (q(label, '[part="shipped-button"]') as HTMLButtonElement).click();
    await waitUntil(() => q(label, '[part="status-view"]')?.getAttribute('data-status') === 'buyer_shipped', 'shipped');

    includes(textOf(await until(await show('Refunded'), '[part="refund"]')), 'was refunded to the payment you used');
  });
});

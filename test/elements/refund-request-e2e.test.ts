/**
 * `<tx-refund-request>` on the real reference server, keyboard only: a return and refund from the
 * request, through the seller's approval and return label, "I've sent it", to the refund once the
 * seller received it — zero axe violations at every step.
 */
import { sendKeys } from '@web/test-runner-commands';
import '../../packages/elements/src/index.js';
import type { TxRefundChangeEvent } from '../../packages/elements/src/events/refund-change.js';
import type { TxRefundRequestedEvent } from '../../packages/elements/src/events/refund-requested.js';
import type { TxRefundRequest } from '../../packages/elements/src/refund-request/refund-request.js';
import { assert, equal, includes } from '../browser-support/assert.js';
import { expectNoAxeViolations } from '../browser-support/axe.js';
import { actOnCase, buyerWithDeliveredOrder, mountCaseForm, q, shown, tabTo } from '../browser-support/case-e2e.js';
import { cleanupFixtures, textOf, waitUntil } from '../browser-support/dom.js';

const sellerActs = (refundId: string, body: object) => actOnCase('seller', 'refunds', refundId, body);

describe('<tx-refund-request> on the real server', () => {
  afterEach(() => cleanupFixtures());

  it('takes a return and refund from request through label and shipment to the refund — keyboard only', async function () {
    this.timeout(90_000);
    const buyer = await buyerWithDeliveredOrder('wtr-refund-');
    const { sdk } = buyer;
    const order = { id: buyer.orderId };
    const mount = (refundId?: string) =>
      mountCaseForm<TxRefundRequest>('tx-refund-request', buyer, { caseId: refundId });

    // The element's events bubble out of its shadow root to the page.
    const heard: Event[] = [];
    const listening = new AbortController();
    for (const type of ['tx-refund-requested', 'tx-refund-change']) {
      document.addEventListener(type, (event) => heard.push(event), { signal: listening.signal });
    }
    let element = await mount();
    await shown(element, '[part="form"]');
    includes(textOf(q(element, '[part="eligibility"]')), 'You can ask for a refund until');
    await expectNoAxeViolations(element);

    element.focus();
    await tabTo((focused) => focused.id === 'type-refund', 'the chosen type');
    await sendKeys({ press: 'ArrowDown' }); // → return and refund
    await waitUntil(() => q<HTMLInputElement>(element, '#type-return_and_refund')?.checked, 'return and refund chosen');
    await tabTo((focused) => focused.getAttribute('name') === 'item', 'the first item');
    await sendKeys({ press: 'Space' });
    await tabTo((focused) => focused.id === 'reason', 'the reason');
    await sendKeys({ press: 'ArrowDown' }); // the first reason
    await waitUntil(() => q<HTMLSelectElement>(element, '#reason')?.value, 'a reason chosen');
    includes(textOf(q(element, '[part="total"]')), 'You ask for $24.00.');
    await tabTo((focused) => focused.getAttribute('part') === 'submit-button', 'Send request');
    await sendKeys({ press: 'Enter' });

    await shown(element, '[part="status-view"]');
    equal(textOf(q(element, '[part="status"]')), 'Waiting for the seller');
    includes(textOf(q(element, '[part="deadline"]')), 'If they don’t, it’s approved.');
    await expectNoAxeViolations(element);
    const [request] = (await sdk.refunds.list({ orderId: order.id })).data;
    assert(request, 'the request exists');
    equal(request.type, 'return_and_refund');
    const requested = heard.find((event): event is TxRefundRequestedEvent => event.type === 'tx-refund-requested');
    equal(requested?.refund.id, request.id, 'tx-refund-requested carries the request (event.refund)');

    await sellerActs(request.id, { action: 'approve' });
    await sellerActs(request.id, { action: 'issue_return_label', carrier: 'sim', tracking_number: 'SIMRET12345' });
    cleanupFixtures();
    element = await mount(request.id);
    const label = await shown(element, '[part="return-label"]');
    includes(textOf(label), 'Tracking number: SIMRET12345');
    equal(textOf(q(element, '[part="status"]')), 'Send the item back');
    await expectNoAxeViolations(element);
    element.focus();
    await tabTo((focused) => focused.getAttribute('part') === 'shipped-button', 'I’ve sent it');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => textOf(q(element, '[part="status"]')) === 'On its way back', 'shipped');
    const change = heard.find((event): event is TxRefundChangeEvent => event.type === 'tx-refund-change');
    equal(change?.action, 'mark_shipped', 'tx-refund-change says what the buyer did (event.action)');
    equal(change?.refund.id, request.id, 'tx-refund-change carries the request as answered (event.refund)');
    listening.abort();
    await expectNoAxeViolations(element);

    await sellerActs(request.id, { action: 'mark_received' });
    cleanupFixtures();
    element = await mount(request.id);
    const refunded = await shown(element, '[part="refund"]');
    includes(textOf(refunded), '$24.00 was refunded to the payment you used');
    equal(textOf(q(element, '[part="status"]')), 'Refunded');
    await expectNoAxeViolations(element);
  });
});

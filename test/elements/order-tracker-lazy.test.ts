import type { Order, Shipment, TrackingTag } from '@txassist/contract';
import '../../packages/elements/src/index.js';
import type { TxOrderTracker } from '../../packages/elements/src/order-tracker/order-tracker.js';
import { equal } from '../browser-support/assert.js';
import { expectNoAxeViolations } from '../browser-support/axe.js';
import { cleanupFixtures, fixture, shadowQuery, waitUntil } from '../browser-support/dom.js';

/**
 * The tracker's secondary views are chunks of their own (issue 14, decision 4): the parcel cards and the
 * guest lookup form load with import() when shown. What they look like comes with them: the styles their
 * chunk adds to the tracker's shadow root.
 */
interface ShipmentFixtures {
  STORY_NOW: Date;
  SHIPMENTS_BY_TAG: Readonly<Record<TrackingTag, { order: Order; shipment: Shipment }>>;
}
const SHIPMENTS_URL = new URL('../../stories/fixtures/shipments.ts', import.meta.url).href;

describe('tx-order-tracker lazy views', () => {
  afterEach(() => cleanupFixtures());

  it('shows the parcel cards with their styles once their chunk is there', async function () {
    this.timeout(60_000);
    const { STORY_NOW, SHIPMENTS_BY_TAG } = (await import(SHIPMENTS_URL)) as ShipmentFixtures;
    const element = document.createElement('tx-order-tracker');
    element.locale = 'en';
    element.now = STORY_NOW;
    element.order = SHIPMENTS_BY_TAG.delivered.order;
    element.shipments = [SHIPMENTS_BY_TAG.delivered.shipment];
    const tracker = await fixture<TxOrderTracker>(element);
    const card = await waitUntil(() => shadowQuery(tracker, '[part="shipment"]'), 'the parcel card shows');
    equal(getComputedStyle(card).display, 'grid', 'the card is laid out by the parcel styles');
    equal(getComputedStyle(card).borderTopStyle, 'solid', 'and has their border');
    await expectNoAxeViolations(tracker);
  });

  it('shows the guest lookup form with its styles once its chunk is there', async function () {
    this.timeout(60_000);
    const element = document.createElement('tx-order-tracker');
    element.locale = 'en';
    // A client of its own without a session: the guest form (no request is made before a submit).
    element.apiBase = 'https://api.example';
    element.publishableKey = 'pk_test_lazy';
    const tracker = await fixture<TxOrderTracker>(element);
    const form = await waitUntil(() => shadowQuery(tracker, '[part="guest-form"]'), 'the lookup form shows');
    equal(getComputedStyle(form).display, 'grid', 'the form is laid out by its styles');
    equal(shadowQuery(tracker, '.guest-loading'), null, 'the placeholder is gone');
    await expectNoAxeViolations(tracker);
  });
});

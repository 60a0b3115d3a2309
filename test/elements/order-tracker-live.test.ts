import type { TrackingTag } from '@txassist/contract';
import { createClient } from '@txassist/sdk';
import '../../packages/elements/src/index.js';
import type { TxOrderTracker } from '../../packages/elements/src/order-tracker/order-tracker.js';
import { assert, deepEqual, equal, includes } from '../browser-support/assert.js';
import { expectNoAxeViolations } from '../browser-support/axe.js';
import { cleanupFixtures, fixture, shadowQuery, textOf, waitUntil } from '../browser-support/dom.js';
import { watchLitWarnings } from '../browser-support/lit-warnings.js';
import {
  apiConfig,
  carrierEvent as signedCarrierEvent,
  createOrder,
  freshBuyer,
  type TestBuyer,
} from '../browser-support/tx-api.js';

/**
 * Live updates end to end: a fresh buyer, order and shipment on the real API, carrier events signed by
 * the test server and posted to the carrier webhook, the tracker's event stream carrying them to the DOM.
 */
interface ShippedOrder {
  buyer: TestBuyer;
  orderId: string;
  trackingNumber: string;
}

/**
 * An order of `buyer` (default: a buyer of its own), shipped with the simulated carrier under a fresh
 * tracking number. Never the demo buyer: their order history is what other files list.
 */
async function shippedOrder(buyer?: TestBuyer): Promise<ShippedOrder> {
  const owner = buyer ?? (await freshBuyer('wtr-live'));
  const order = await createOrder(owner.id, { steps: ['awaiting_shipment', 'shipment'] });
  assert(order.trackingNumber, `shipment created: ${JSON.stringify(order)}`);
  return { buyer: owner, orderId: order.id, trackingNumber: order.trackingNumber! };
}

let eventCounter = 0;
async function carrierEvent(trackingNumber: string, tag: TrackingTag, message: string): Promise<void> {
  const { status, body } = await signedCarrierEvent({
    id: `wtr-${Date.now()}-${++eventCounter}`,
    tracking_number: trackingNumber,
    tag,
    message,
    location: { city: 'Leeds', region: null, country: 'GB' },
    occurred_at: new Date(Date.now() + eventCounter).toISOString(),
  });
  equal(status, 202, `carrier event accepted: ${JSON.stringify(body)}`);
}

async function liveTracker({ orderId, buyer }: ShippedOrder): Promise<TxOrderTracker> {
  const { apiBase, publishableKey } = await apiConfig();
  const element = document.createElement('tx-order-tracker');
  element.locale = 'en';
  element.orderId = orderId;
  element.apiBase = apiBase;
  element.publishableKey = publishableKey;
  element.sessionToken = buyer.token;
  const mounted = await fixture<TxOrderTracker>(element);
  await waitUntil(() => shadowQuery(mounted, '[part="shipment"]'), 'the shipment shows');
  await waitUntil(() => shadowQuery(mounted, '[data-live="open"]'), 'the event stream is open');
  return mounted;
}

const checkpointMessages = (element: Element) =>
  [...element.shadowRoot!.querySelectorAll('[part="checkpoint"] .checkpoint-message')].map((node) => textOf(node));
const statusText = (element: Element) => textOf(shadowQuery(element, '[role="status"]'));
const badge = (element: Element) => textOf(shadowQuery(element, '[part="shipment-badge"]'));

describe('tx-order-tracker live updates', () => {
  let litWarnings: ReturnType<typeof watchLitWarnings>;
  before(() => {
    litWarnings = watchLitWarnings();
  });
  after(() => deepEqual(litWarnings.stop(), [], 'Lit dev-mode warnings'));
  afterEach(() => {
    cleanupFixtures();
    window.dispatchEvent(new Event('online'));
  });

  it('changes in place and announces it politely when a carrier event arrives', async () => {
    const shipped = await shippedOrder();
    const { trackingNumber } = shipped;
    const element = await liveTracker(shipped);
    const card = shadowQuery(element, '[part="shipment"]');
    const status = shadowQuery(element, '[role="status"]');
    equal(badge(element), 'Waiting for tracking', 'a new shipment has no checkpoints yet');

    await carrierEvent(trackingNumber, 'out_for_delivery', 'With the driver, van 12');
    await waitUntil(() => badge(element) === 'Out for delivery', 'the status changes without a reload');
    deepEqual(checkpointMessages(element), ['With the driver, van 12'], 'the checkpoint is shown once');
    equal(statusText(element), 'Update on your parcel: Out for delivery.', 'announced in the polite region');
    equal(shadowQuery(element, '[role="status"]'), status, 'the same live region node');
    equal(shadowQuery(element, '[part="shipment"]'), card, 'the card is updated in place, not replaced');
    equal(status?.getAttribute('aria-live'), 'polite', 'polite');
    await expectNoAxeViolations(element);
  });

  it('announces a change it learns from the read after the stream opened, as it would a live event', async () => {
    // The carrier event lands after the tracker loaded but before its stream opened, so the stream
    // never carries it: the fresh read made on opening is the only way the tracker learns of it.
    const shipped = await shippedOrder();
    const { apiBase, publishableKey } = await apiConfig();
    const client = createClient({ apiBase, publishableKey, getSessionToken: () => shipped.buyer.token });
    let openStream: () => void = () => undefined;
    const streamMayOpen = new Promise<void>((resolve) => (openStream = resolve));
    const element = document.createElement('tx-order-tracker');
    element.locale = 'en';
    element.orderId = shipped.orderId;
    element.client = {
      orders: client.orders,
      shipments: client.shipments,
      events: {
        subscribe(handler, options) {
          let stop: (() => void) | undefined;
          let stopped = false;
          void streamMayOpen.then(() => {
            if (!stopped) stop = client.events.subscribe(handler, options);
          });
          return () => {
            stopped = true;
            stop?.();
          };
        },
      },
    };
    await fixture(element);
    await waitUntil(() => badge(element) === 'Waiting for tracking', 'loaded before the carrier event');
    await carrierEvent(shipped.trackingNumber, 'out_for_delivery', 'With the driver, van 7');
    openStream();
    await waitUntil(() => badge(element) === 'Out for delivery', 'the read on opening shows the change');
    equal(statusText(element), 'Update on your parcel: Out for delivery.', 'announced like a live event');
    await expectNoAxeViolations(element);
  });

  it('shows an offline notice and resumes after the last event, with nothing missed or doubled', async () => {
    const shipped = await shippedOrder();
    const { trackingNumber } = shipped;
    const element = await liveTracker(shipped);
    await carrierEvent(trackingNumber, 'in_transit', 'Left the sorting centre');
    await waitUntil(() => checkpointMessages(element).length === 1, 'first event arrives live');

    window.dispatchEvent(new Event('offline'));
    const notice = await waitUntil(() => shadowQuery(element, '[part="offline-notice"]'), 'offline notice');
    includes(textOf(notice), 'You’re offline', 'notice text');
    includes(statusText(element), 'You’re offline', 'announced');
    await waitUntil(() => shadowQuery(element, '[data-live="idle"]'), 'the stream is closed while offline');
    await expectNoAxeViolations(element);

    // Happens while the tracker is not listening.
    await carrierEvent(trackingNumber, 'in_transit', 'Arrived at the local depot');
    await carrierEvent(trackingNumber, 'out_for_delivery', 'With the driver');

    window.dispatchEvent(new Event('online'));
    await waitUntil(() => shadowQuery(element, '[part="offline-notice"]') === null, 'the notice goes away');
    await waitUntil(() => badge(element) === 'Out for delivery', 'missed events arrive after resuming');
    deepEqual(
      checkpointMessages(element),
      ['With the driver', 'Arrived at the local depot', 'Left the sorting centre'],
      'every checkpoint exactly once, newest first',
    );
  });

  it('fetches the shipments (and then streams) for an order given as a property, as the order hub embeds it', async () => {
    const { orderId, trackingNumber, buyer } = await shippedOrder();
    const { apiBase, publishableKey } = await apiConfig();
    const { token } = buyer;
    const client = createClient({ apiBase, publishableKey, getSessionToken: () => token });
    const element = document.createElement('tx-order-tracker');
    element.locale = 'en';
    element.order = await client.orders.get(orderId);
    element.client = client;
    await fixture(element);
    const card = await waitUntil(() => shadowQuery(element, '[part="shipment"]'), 'the shipment is fetched');
    includes(textOf(card), trackingNumber, 'its tracking number');
    await waitUntil(() => shadowQuery(element, '[data-live="open"]'), 'the event stream is open');
    await carrierEvent(trackingNumber, 'in_transit', 'Picked up by the carrier');
    await waitUntil(() => badge(element) === 'On its way', 'live update with a given order');
  });

  it('ten trackers in one provider share one event stream: every one loads and moves live', async function () {
    this.timeout(60_000); // it ships ten orders of its own first
    // One stream per tracker would hold ten of the browser's six HTTP/1.1 connections to the API
    // and stall every other request (the storefront's order list froze this way).
    const buyer = await freshBuyer('wtr-ten-trackers');
    const orders = await Promise.all(Array.from({ length: 10 }, () => shippedOrder(buyer)));
    const { apiBase, publishableKey } = await apiConfig();
    const provider = document.createElement('tx-provider');
    provider.apiBase = apiBase;
    provider.publishableKey = publishableKey;
    provider.sessionToken = buyer.token;
    provider.locale = 'en';
    const trackers = orders.map(({ orderId }) => {
      const tracker = document.createElement('tx-order-tracker');
      tracker.orderId = orderId;
      provider.append(tracker);
      return tracker;
    });
    await fixture(provider);
    await waitUntil(
      () => trackers.every((tracker) => shadowQuery(tracker, '[part="shipment"]')),
      'every tracker shows its parcel',
      20_000,
    );
    await waitUntil(
      () => trackers.every((tracker) => shadowQuery(tracker, '[data-live="open"]')),
      'every tracker is live',
    );
    await Promise.all(orders.map(({ trackingNumber }) => carrierEvent(trackingNumber, 'in_transit', 'On the road')));
    await waitUntil(() => trackers.every((tracker) => badge(tracker) === 'On its way'), 'every tracker moved live');
    for (const tracker of trackers) deepEqual(checkpointMessages(tracker), ['On the road'], 'each checkpoint once');
    // The page can still talk to the API while all of them listen.
    const response = await fetch(`${apiBase}/v1/orders/${orders[0]!.orderId}`, {
      headers: { Authorization: `Bearer ${provider.sessionToken}` },
    });
    equal(response.status, 200, 'another request goes through');
  });

  it('stops streaming when removed from the page', async () => {
    // The observable effect is the request itself: its signal aborts, which closes the connection.
    const streams: AbortSignal[] = [];
    const realFetch = window.fetch;
    window.fetch = (input, init) => {
      const request = new Request(input, init);
      if (new URL(request.url).pathname === '/v1/events') streams.push(request.signal);
      return realFetch(request);
    };
    try {
      const element = await liveTracker(await shippedOrder());
      equal(streams.length, 1, 'one event-stream request');
      equal(streams[0]!.aborted, false, 'open while the tracker is on the page');
      const base = shadowQuery(element, '[part="base"]')!;
      element.remove();
      await element.updateComplete;
      await waitUntil(() => streams[0]!.aborted, 'the event-stream request is aborted on disconnect');
      equal(base.getAttribute('data-live'), 'idle');
    } finally {
      window.fetch = realFetch;
    }
  });
});

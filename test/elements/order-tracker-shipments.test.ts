import { Shipment, TRACKING_TAGS, type Order, type TrackingTag } from '@txassist/contract';
import { sendKeys } from '@web/test-runner-commands';
import '../../packages/elements/src/index.js';
import type { TxReportProblemEvent } from '../../packages/elements/src/events/report-problem.js';
import type { TxOrderTracker } from '../../packages/elements/src/order-tracker/order-tracker.js';
import { assert, deepEqual, equal, includes } from '../browser-support/assert.js';
import { expectNoAxeViolations } from '../browser-support/axe.js';
import {
  cleanupFixtures,
  deepActiveElement,
  fixture,
  nextEvent,
  shadowQuery,
  textOf,
  waitUntil,
} from '../browser-support/dom.js';
import { watchLitWarnings } from '../browser-support/lit-warnings.js';

/**
 * Every tracking state from the story fixtures (typed data, checked against the contract here),
 * rendered through `order` + `shipments`. Live updates and the guest lookup against the real API are
 * in order-tracker-live.test.ts and order-tracker-guest.test.ts.
 */
interface ShipmentFixtures {
  STORY_NOW: Date;
  SHIPMENTS_BY_TAG: Readonly<Record<TrackingTag, { order: Order; shipment: Shipment }>>;
  LATE_SHIPMENT: Shipment;
  TWO_PARCELS: readonly Shipment[];
  LONG_HISTORY_SHIPMENT: Shipment;
  LONG_TEXT_SHIPMENT: Shipment;
  ALL_FIXTURE_SHIPMENTS: readonly Shipment[];
}
interface OrderFixtures {
  ORDERS_BY_STATUS: Readonly<Record<string, Order>>;
  BUSY_ORDER: Order;
  TWO_PARCEL_ORDER: Order;
}
const SHIPMENTS_URL = new URL('../../stories/fixtures/shipments.ts', import.meta.url).href;
const ORDERS_URL = new URL('../../stories/fixtures/orders.ts', import.meta.url).href;

let F: ShipmentFixtures;
let O: OrderFixtures;

async function tracker(order: Order, shipments: readonly Shipment[], locale = 'en'): Promise<TxOrderTracker> {
  const element = document.createElement('tx-order-tracker');
  element.locale = locale;
  element.now = F.STORY_NOW;
  element.order = order;
  element.shipments = shipments;
  const mounted = await fixture<TxOrderTracker>(element);
  await waitUntil(() => shadowQuery(mounted, '[part="heading"]'), 'the order renders');
  return mounted;
}

const parts = (element: Element, part: string) => [...element.shadowRoot!.querySelectorAll(`[part~="${part}"]`)];
const statusRegion = (element: Element) => shadowQuery(element, '[role="status"]');

describe('tx-order-tracker shipments', () => {
  let litWarnings: ReturnType<typeof watchLitWarnings>;
  before(async () => {
    litWarnings = watchLitWarnings();
    F = (await import(SHIPMENTS_URL)) as ShipmentFixtures;
    O = (await import(ORDERS_URL)) as OrderFixtures;
  });
  after(() => deepEqual(litWarnings.stop(), [], 'Lit dev-mode warnings'));
  afterEach(() => cleanupFixtures());

  it('uses fixtures that are valid shipments, one per tracking status', () => {
    for (const shipment of F.ALL_FIXTURE_SHIPMENTS) {
      const result = Shipment.safeParse(shipment);
      assert(result.success, `${shipment.id}: ${result.error?.issues.map((issue) => issue.message).join('; ')}`);
    }
    deepEqual(Object.keys(F.SHIPMENTS_BY_TAG).sort(), [...TRACKING_TAGS].sort(), 'every tag has a fixture');
  });

  it('explains every tracking status in words, with no axe violations', async () => {
    const labels = new Set<string>();
    for (const tag of TRACKING_TAGS) {
      const { order, shipment } = F.SHIPMENTS_BY_TAG[tag];
      const element = await tracker(order, [shipment]);
      const card = parts(element, 'shipment')[0];
      assert(card, `${tag}: a parcel card`);
      equal(card.getAttribute('data-tag'), tag, `${tag}: card status`);
      const label = textOf(shadowQuery(element, '[part="shipment-badge"]'));
      assert(label.length > 0 && !label.includes('tracker.'), `${tag}: label "${label}"`);
      labels.add(label);
      includes(textOf(card), shipment.tracking_number, `${tag}: tracking number`);
      includes(textOf(card), shipment.carrier.name, `${tag}: carrier`);
      await expectNoAxeViolations(element);
      cleanupFixtures();
    }
    equal(labels.size, TRACKING_TAGS.length, 'nine different labels');
  });

  it('shows the newest three checkpoints and the rest behind a disclosure button (200 checkpoints)', async () => {
    const shipment = F.LONG_HISTORY_SHIPMENT;
    equal(shipment.checkpoints.length, 200, 'fixture size');
    const element = await tracker(O.ORDERS_BY_STATUS.in_transit!, [shipment]);
    equal(parts(element, 'checkpoint').length, 3, 'three checkpoints while collapsed');
    includes(textOf(parts(element, 'checkpoint')[0]), 'Scan 200', 'newest first');
    const toggle = shadowQuery<HTMLButtonElement>(element, '[part="timeline-toggle"]')!;
    equal(textOf(toggle), 'Show all updates (200)', 'toggle label with the count');
    equal(toggle.getAttribute('aria-expanded'), 'false', 'collapsed');
    const list = element.shadowRoot!.getElementById(toggle.getAttribute('aria-controls')!);
    assert(list?.localName === 'ol', 'aria-controls names the checkpoint list');
    await expectNoAxeViolations(element);

    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => parts(element, 'checkpoint').length === 200, 'all 200 checkpoints after Enter');
    equal(toggle.getAttribute('aria-expanded'), 'true', 'expanded');
    equal(deepActiveElement(), toggle, 'focus stays on the toggle');
    equal(textOf(toggle), 'Show fewer updates', 'label flips');
    const times = parts(element, 'checkpoint').map((item) => Date.parse(item.querySelector('time')!.dateTime));
    assert(
      times.every((time, index) => index === 0 || time <= times[index - 1]!),
      'checkpoints newest first',
    );
    await expectNoAxeViolations(element);

    await sendKeys({ press: 'Space' });
    await waitUntil(() => parts(element, 'checkpoint').length === 3, 'Space collapses it again');
  });

  it('formats checkpoint times and countries for the buyer’s locale', async () => {
    const { order, shipment } = F.SHIPMENTS_BY_TAG.in_transit;
    const element = await tracker(order, [shipment], 'de');
    await waitUntil(() => textOf(shadowQuery(element, '[part="shipment-badge"]')) === 'Unterwegs', 'German loads');
    const first = parts(element, 'checkpoint')[0]!;
    const time = first.querySelector('time')!;
    equal(
      textOf(time),
      new Intl.DateTimeFormat('de', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(time.dateTime)),
      'German date and time',
    );
    includes(textOf(first), 'Vereinigtes Königreich', 'country name in German');
    includes(textOf(shadowQuery(element, '[part="estimate"]')), 'Kommt morgen an', 'relative estimate');
  });

  it('says when a parcel is late and offers the next steps, which emit tx-report-problem', async () => {
    const shipment = F.LATE_SHIPMENT;
    const element = await tracker(O.ORDERS_BY_STATUS.in_transit!, [shipment]);
    equal(textOf(shadowQuery(element, '[part="late-badge"]')), 'Later than expected', 'late badge');
    const problem = shadowQuery(element, '[part="problem"]')!;
    equal(problem.getAttribute('data-problem'), 'late', 'late notice');
    includes(textOf(problem), 'Your parcel is late', 'title');
    includes(textOf(problem), 'The expected delivery date has passed', 'plain explanation');
    includes(textOf(shadowQuery(element, '[part="estimate"]')), 'The carrier changed the estimate.', 'revised');
    deepEqual(
      parts(element, 'problem-action').map((button) => textOf(button)),
      ['Contact the seller', 'Report not received', 'Get help'],
      'next steps',
    );
    await expectNoAxeViolations(element);

    const report = parts(element, 'problem-action')[1] as HTMLButtonElement;
    report.focus();
    const event = nextEvent<TxReportProblemEvent>(document, 'tx-report-problem');
    await sendKeys({ press: 'Enter' });
    const fired = await event;
    equal(fired.action, 'report_not_received', 'action');
    equal(fired.problem, 'late', 'problem');
    equal(fired.orderId, shipment.order_id, 'order id');
    equal(fired.shipmentId, shipment.id, 'shipment id');
    equal(fired.trackingNumber, shipment.tracking_number, 'tracking number');
    assert(fired.bubbles && fired.composed, 'bubbles out of the shadow root');
  });

  for (const tag of ['exception', 'failed_attempt', 'expired'] as const) {
    it(`explains "${tag}" in plain words with the next steps`, async () => {
      const { order, shipment } = F.SHIPMENTS_BY_TAG[tag];
      const element = await tracker(order, [shipment]);
      const problem = shadowQuery(element, '[part="problem"]');
      equal(problem?.getAttribute('data-problem'), tag, 'problem notice');
      const actions = parts(element, 'problem-action').map((button) => button.getAttribute('data-action'));
      assert(actions.includes('contact_seller') && actions.includes('get_help'), `actions: ${actions.join(', ')}`);
      equal(
        actions.includes('report_not_received'),
        tag !== 'failed_attempt',
        'not received offered when lost-looking',
      );
      const help = nextEvent<TxReportProblemEvent>(element, 'tx-report-problem');
      (
        parts(element, 'problem-action').find((b) => b.getAttribute('data-action') === 'get_help') as HTMLElement
      ).click();
      equal((await help).action, 'get_help', 'get help emits the event');
    });
  }

  it('lets the buyer say a delivered parcel did not arrive, with the keyboard alone', async () => {
    const { order, shipment } = F.SHIPMENTS_BY_TAG.delivered;
    const element = await tracker(order, [shipment]);
    equal(shadowQuery(element, '[part="problem"]'), null, 'no notice for a delivered parcel by default');
    includes(textOf(shadowQuery(element, '[part="estimate"]')), 'Delivered on', 'delivery date');
    const toggle = shadowQuery<HTMLButtonElement>(element, '[part="not-received-toggle"]')!;
    equal(toggle.getAttribute('aria-expanded'), 'false', 'collapsed');
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    const problem = await waitUntil(() => shadowQuery(element, '[part="problem"]'), 'the notice opens');
    equal(toggle.getAttribute('aria-expanded'), 'true', 'expanded');
    equal(toggle.getAttribute('aria-controls'), problem.id, 'toggle controls the notice');
    includes(textOf(problem), 'Marked as delivered, but not with you?', 'title');
    await expectNoAxeViolations(element);

    const reported = nextEvent<TxReportProblemEvent>(document, 'tx-report-problem');
    await sendKeys({ press: 'Tab' });
    equal(textOf(deepActiveElement() as Element), 'Report not received', 'Tab reaches the first next step');
    await sendKeys({ press: 'Enter' });
    const event = await reported;
    deepEqual([event.action, event.problem], ['report_not_received', 'not_received'], 'typed event');
  });

  it('shows several parcels, each with its items, carrier and tracking number', async () => {
    const element = await tracker(O.TWO_PARCEL_ORDER, F.TWO_PARCELS);
    const cards = parts(element, 'shipment');
    equal(cards.length, 2, 'two parcels');
    includes(textOf(cards[0]), 'Parcel 1 of 2', 'first heading');
    includes(textOf(cards[1]), 'Parcel 2 of 2', 'second heading');
    includes(textOf(cards[0]), `In this parcel: ${O.TWO_PARCEL_ORDER.line_items[0]!.title}`, 'contents of the first');
    includes(textOf(cards[1]), 'DHL Parcel UK', 'carrier of the second');
    includes(textOf(cards[1]), 'Expected on', 'single-day estimate');
    const headings = cards.map((card) => card.querySelector('h4')?.id);
    assert(headings.every(Boolean) && headings[0] !== headings[1], 'unique heading ids per parcel');
    await expectNoAxeViolations(element);
  });

  it('copies the tracking number and announces it politely', async () => {
    const { order, shipment } = F.SHIPMENTS_BY_TAG.in_transit;
    const element = await tracker(order, [shipment]);
    let copied: string | undefined;
    const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    // The page's clipboard, not our system: headless Chromium has no clipboard permission to grant.
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: (text: string) => ((copied = text), Promise.resolve()) },
    });
    try {
      shadowQuery<HTMLButtonElement>(element, '[part="copy-button"]')!.click();
      await waitUntil(() => textOf(statusRegion(element)) === 'Tracking number copied.', 'copy announced');
      equal(copied, shipment.tracking_number, 'the tracking number was copied');
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
      });
      shadowQuery<HTMLButtonElement>(element, '[part="copy-button"]')!.click();
      await waitUntil(() => textOf(statusRegion(element)).startsWith('Couldn’t copy'), 'failure announced');
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
      if (original) Object.defineProperty(Navigator.prototype, 'clipboard', original);
    }
  });

  it('wraps long text and mirrors right to left in Arabic, with no axe violations', async () => {
    const element = await tracker(O.BUSY_ORDER, [F.LONG_TEXT_SHIPMENT], 'ar');
    await waitUntil(() => element.getAttribute('dir') === 'rtl', 'Arabic is right to left');
    const card = parts(element, 'shipment')[0]!;
    assert(card.scrollWidth <= card.clientWidth + 1, 'nothing overflows the card');
    equal(shadowQuery(element, '[part="tracking-number"]')?.getAttribute('dir'), 'ltr', 'tracking number stays LTR');
    await expectNoAxeViolations(element);
  });

  it('says nothing has shipped yet when the order has no shipments', async () => {
    const element = await tracker(O.ORDERS_BY_STATUS.awaiting_shipment!, []);
    includes(textOf(shadowQuery(element, '[part="shipments"]')), 'Nothing has shipped yet', 'empty tracking');
    await expectNoAxeViolations(element);
  });
});

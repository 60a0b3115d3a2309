import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { Order, Session, Shipment, TrackingTag } from '@txassist/contract';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
// The built package, as storefronts get it (run `npx tsc -b` first; `tsc -b -w` while editing elements).
import '@txassist/elements';
import type { OrderReader, TrackerClient, TxOrderTracker } from '@txassist/elements';
import { failingClient, networkDown, notFound, pendingClient, sessionExpired } from './fixtures/clients.js';
import { BUSY_ORDER, ORDERS_BY_STATUS, TWO_PARCEL_ORDER, YEN_ORDER } from './fixtures/orders.js';
import {
  LATE_SHIPMENT,
  LONG_HISTORY_SHIPMENT,
  LONG_TEXT_SHIPMENT,
  SHIPMENTS_BY_TAG,
  STORY_NOW,
  TWO_PARCELS,
} from './fixtures/shipments.js';
import { forcedDir } from './support/globals.js';
import { afterRender, click as clickIn, inShadow, type Step as StoryStep } from './support/steps.js';

interface TrackerArgs {
  order?: Order;
  shipments?: readonly Shipment[];
  client?: OrderReader | TrackerClient;
  orderId?: string;
  locale?: string;
  headingLevel?: number;
  /** What the buyer (or the browser) does after the first render, to show a state reached by interaction. */
  steps?: readonly Step[];
}

type Step = StoryStep<TxOrderTracker>;

const click = (selector: string): Step => clickIn<TxOrderTracker>(selector);

/** Waits (a few frames) until `selector` matches in the element's shadow root. */
async function shown(host: TxOrderTracker, selector: string): Promise<HTMLElement> {
  for (let frame = 0; frame < 60 && !host.shadowRoot?.querySelector(selector); frame++)
    await new Promise((resolve) => requestAnimationFrame(resolve));
  return inShadow(host, selector);
}

/** The browser reports lost connectivity (as it does on every element of the page). */
const goOffline: Step = () => {
  window.dispatchEvent(new Event('offline'));
};

const meta = {
  title: 'Elements/tx-order-tracker',
  component: 'tx-order-tracker',
  // Locale and theme come from the toolbar through the story frame (`lang`) and its provider (`theme`).
  render: (args, { globals }) => html`
    <tx-order-tracker
      .order=${args.order}
      .shipments=${args.shipments}
      .now=${STORY_NOW}
      .client=${args.client}
      order-id=${ifDefined(args.orderId)}
      locale=${ifDefined(args.locale)}
      dir=${ifDefined(forcedDir(globals))}
      heading-level=${args.headingLevel ?? 2}
      ${afterRender(args.steps)}
    ></tx-order-tracker>
  `,
  parameters: {
    docs: {
      description: {
        component:
          'Every state rendered from typed fixtures valid against the contract `Order` schema: no server needed. ' +
          'Use the toolbar to switch locale (18 languages, Arabic and Hebrew right to left), direction and theme.',
      },
    },
  },
} satisfies Meta<TrackerArgs>;

export default meta;
type Story = StoryObj<TrackerArgs>;

const loaded = (order: Order): Story => ({ args: { order } });

export const InTransit: Story = loaded(ORDERS_BY_STATUS.in_transit);
export const Unpaid: Story = loaded(ORDERS_BY_STATUS.unpaid);
/** Its card was declined: Pay now resumes the order's checkout; Cancel order; paid by a date or cancelled on its own. */
export const UnpaidPayNow: Story = loaded({
  ...ORDERS_BY_STATUS.unpaid,
  buyer_actions: [{ action: 'cancel', until: '2026-11-25T10:00:00.000Z' }],
  payment_due: { checkout_id: 'cko_storycheckout01', until: '2026-11-25T10:00:00.000Z' },
});
/** The buyer pressed Cancel order: asked first ("Cancel order" / "Keep order"), with focus on the question. */
export const UnpaidConfirmCancel: Story = {
  args: {
    ...UnpaidPayNow.args,
    // The unpaid block loads with `import()` on first show: wait for its Cancel button.
    steps: [async (host) => (await shown(host, '[part="cancel-order-button"]')).click()],
  },
};
export const OnHold: Story = loaded(ORDERS_BY_STATUS.on_hold);
export const AwaitingShipment: Story = loaded(ORDERS_BY_STATUS.awaiting_shipment);
export const PartiallyShipped: Story = loaded(ORDERS_BY_STATUS.partially_shipped);
export const AwaitingCollection: Story = loaded(ORDERS_BY_STATUS.awaiting_collection);
export const Delivered: Story = loaded(ORDERS_BY_STATUS.delivered);
export const Completed: Story = loaded(ORDERS_BY_STATUS.completed);
export const Cancelled: Story = loaded(ORDERS_BY_STATUS.cancelled);

/** Yen has no minor unit: amounts show without decimals. */
export const YenOrder: Story = loaded(YEN_ORDER);

/** Long item names, twelve of one item, tax and a discount: wrapping and every summary row. */
export const LongContentWithTaxAndDiscount: Story = loaded(BUSY_ORDER);

/** An element's own `locale` wins over the page's language. */
export const Spanish: Story = { args: { order: ORDERS_BY_STATUS.delivered, locale: 'es' } };

/** Right to left: `dir` follows the language, and the layout mirrors (prices on the left). */
export const Arabic: Story = { args: { order: BUSY_ORDER, locale: 'ar' } };

/** Waiting for the API: the live region says so and the content is aria-busy. */
export const Loading: Story = { args: { orderId: 'ord_storyintransit', client: pendingClient() } };

/** Another buyer's order, or one that does not exist: no Retry, a next step instead. */
export const NotFound: Story = { args: { orderId: 'ord_storyunknown1', client: failingClient(notFound) } };

/** The buyer's session ended: sign in again (no Retry, it cannot help). */
export const SessionExpired: Story = { args: { orderId: 'ord_storyintransit', client: failingClient(sessionExpired) } };

/** The connection failed: Retry is offered (here it fails again, since the stand-in client is always down). */
export const NetworkError: Story = { args: { orderId: 'ord_storyintransit', client: failingClient(networkDown) } };

const tracked = (order: Order, shipments: readonly Shipment[]): Story => ({ args: { order, shipments } });
const byTag = (tag: TrackingTag): Story => tracked(SHIPMENTS_BY_TAG[tag].order, [SHIPMENTS_BY_TAG[tag].shipment]);

/** Shipped, but the carrier has not scanned anything yet. */
export const TrackingPending: Story = byTag('pending');
export const TrackingInfoReceived: Story = byTag('info_received');
/** On its way: the latest three checkpoints, the estimate and "arrives in …". */
export const TrackingInTransit: Story = byTag('in_transit');
export const TrackingOutForDelivery: Story = byTag('out_for_delivery');
/** The carrier could not deliver: what it means, contact the seller or get help. */
export const TrackingFailedAttempt: Story = byTag('failed_attempt');
export const TrackingAvailableForPickup: Story = byTag('available_for_pickup');
/** Delivered, with "I didn't get it" for a parcel that never arrived. */
export const TrackingDelivered: Story = byTag('delivered');
/** Delivered, and the buyer pressed "I didn't get it": what to check first, then contact the seller, report it or get help. */
export const TrackingDeliveredNotReceived: Story = {
  args: {
    order: SHIPMENTS_BY_TAG.delivered.order,
    shipments: [SHIPMENTS_BY_TAG.delivered.shipment],
    steps: [click('[part="not-received-toggle"]')],
  },
};
/** A carrier exception: plain words and the next steps (contact the seller, report not received, get help). */
export const TrackingException: Story = byTag('exception');
/** The carrier went quiet: tracking stopped, the parcel may be lost. */
export const TrackingExpired: Story = byTag('expired');

/** Past the latest estimate and not delivered: the "late" badge and notice, with a revised estimate. */
export const TrackingLate: Story = tracked(ORDERS_BY_STATUS.in_transit, [LATE_SHIPMENT]);

/** One order in two parcels, each with its carrier, tracking number, contents and timeline. */
export const SeveralShipments: Story = tracked(TWO_PARCEL_ORDER, TWO_PARCELS);

/** 200 checkpoints: three shown, the rest behind "Show all updates (200)". */
export const LongHistory: Story = tracked(ORDERS_BY_STATUS.in_transit, [LONG_HISTORY_SHIPMENT]);

/** A long carrier name, tracking number and messages, with Arabic and Hebrew checkpoint text, in Arabic. */
export const LongTextRightToLeft: Story = {
  args: { order: BUSY_ORDER, shipments: [LONG_TEXT_SHIPMENT], locale: 'ar' },
};

/** Paid, nothing shipped yet: the tracking section says so. */
export const NothingShippedYet: Story = tracked(ORDERS_BY_STATUS.awaiting_shipment, []);

/**
 * The browser went offline: the notice says updates pause and resume by themselves. Shown in its own
 * frame on the Docs page, because the browser's offline signal reaches every tracker of a page.
 */
export const Offline: Story = {
  args: { order: ORDERS_BY_STATUS.in_transit, shipments: [SHIPMENTS_BY_TAG.in_transit.shipment], steps: [goOffline] },
  parameters: { docs: { story: { inline: false, iframeHeight: 640 } } },
};

/** No order id and no session: the buyer looks the order up by number and email (this stand-in never answers). */
export const GuestLookup: Story = {
  args: {
    client: {
      orders: { get: () => new Promise<Order>(() => {}) },
      sessions: { guestLookup: () => new Promise<Session>(() => {}) },
    },
  },
};

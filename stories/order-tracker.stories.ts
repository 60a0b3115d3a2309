import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { Order } from '@txassist/contract';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
// The built package, as storefronts get it (run `npx tsc -b` first; `tsc -b -w` while editing elements).
import '@txassist/elements';
import type { OrderReader } from '@txassist/elements';
import { failingClient, networkDown, notFound, pendingClient, sessionExpired } from './fixtures/clients.js';
import { BUSY_ORDER, ORDERS_BY_STATUS, YEN_ORDER } from './fixtures/orders.js';
import { forcedDir } from './support/globals.js';

interface TrackerArgs {
  order?: Order;
  client?: OrderReader;
  orderId?: string;
  locale?: string;
  headingLevel?: number;
}

const meta = {
  title: 'Elements/tx-order-tracker',
  component: 'tx-order-tracker',
  // Locale and theme come from the toolbar through the story frame (`lang`) and its provider (`theme`).
  render: (args, { globals }) => html`
    <tx-order-tracker
      .order=${args.order}
      .client=${args.client}
      order-id=${ifDefined(args.orderId)}
      locale=${ifDefined(args.locale)}
      dir=${ifDefined(forcedDir(globals))}
      heading-level=${args.headingLevel ?? 2}
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

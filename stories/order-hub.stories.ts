import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ref } from 'lit/directives/ref.js';
// The built package, as storefronts get it (run `npx tsc -b` first; `tsc -b -w` while editing elements).
import '@txassist/elements';
import type { HubClient, TxOrderHub } from '@txassist/elements';
import {
  fakeHubClient,
  HUB_CASE_NOTIFICATIONS,
  HUB_NOTIFICATIONS,
  HUB_ORDERS,
  LONG_NAMES_ORDER,
} from './fixtures/hub.js';
import { forcedDir } from './support/globals.js';

/** What the buyer does right after the element renders, to reach a state that follows an action. */
type Step = (element: TxOrderHub) => Promise<void> | void;

interface HubArgs {
  client?: HubClient;
  tab?: string;
  orderId?: string;
  locale?: string;
  dir?: 'ltr' | 'rtl';
  pageSize?: number;
  steps?: readonly Step[];
}

const started = new WeakSet<Element>();

/** Runs `steps` once per rendered element, after its first update (a `ref`, so the tests that render every story see it too). */
function afterRender(steps: readonly Step[] | undefined) {
  return ref((element) => {
    if (!element || !steps?.length || started.has(element)) return;
    started.add(element);
    const host = element as TxOrderHub;
    void (async () => {
      await host.updateComplete;
      for (const step of steps) {
        await step(host);
        await host.updateComplete;
      }
    })();
  });
}

/** Waits until `selector` matches in the element's shadow root (the stand-in answers in a microtask). */
async function found<T extends HTMLElement>(host: TxOrderHub, selector: string): Promise<T> {
  for (let frame = 0; frame < 60; frame++) {
    const match = host.shadowRoot?.querySelector<T>(selector);
    if (match) return match;
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  throw new Error(`story step: nothing matches ${selector}`);
}

const meta = {
  title: 'Elements/tx-order-hub',
  component: 'tx-order-hub',
  // Locale and theme come from the toolbar through the story frame (`lang`) and its provider (`theme`).
  render: (args, { globals }) => html`
    <tx-order-hub
      .client=${args.client ?? fakeHubClient()}
      tab=${ifDefined(args.tab)}
      order-id=${ifDefined(args.orderId)}
      locale=${ifDefined(args.locale)}
      dir=${ifDefined(args.dir ?? forcedDir(globals))}
      page-size=${args.pageSize ?? 5}
      ${afterRender(args.steps)}
    ></tx-order-hub>
  `,
  parameters: {
    docs: {
      description: {
        component:
          'Every state rendered from typed fixtures valid against the contract schemas (`Order`, `Shipment`, ' +
          '`InboxNotification`, `NotificationPreferences`) through a stand-in client that filters, searches and ' +
          'pages like the API: no server needed. States that follow an action are reached by the clicks a buyer makes.',
      },
    },
  },
} satisfies Meta<HubArgs>;

export default meta;
type Story = StoryObj<HubArgs>;

/** The buyer's orders, newest first, five at a time; the Messages tab shows two unread. */
export const History: Story = {};

/** Waiting for the API: skeletons, and the live region says "Loading…". */
export const Loading: Story = { args: { client: fakeHubClient({ loads: 'hang' }) } };

/** A buyer who has not ordered anything yet. */
export const EmptyHistory: Story = { args: { client: fakeHubClient({ orders: [], notifications: [] }) } };

/** A search that finds nothing: says so, and offers to clear it. */
export const NoMatch: Story = {
  args: {
    steps: [
      async (host) => {
        const input = await found<HTMLInputElement>(host, '#order-number');
        input.value = 'TX-4040';
        (await found<HTMLButtonElement>(host, '[part="search-button"]')).click();
      },
    ],
  },
};

/** The API cannot be reached: what went wrong, what to do, the code, and Try again. */
export const NetworkError: Story = { args: { client: fakeHubClient({ loads: 'fail' }) } };

/** One order in detail: items, price, payment, the masked address, its shipment, what can be requested. */
export const OrderDetail: Story = { args: { orderId: HUB_ORDERS.find((order) => order.status === 'in_transit')!.id } };

/** An order whose card was declined: Pay now (resumes its checkout) and Cancel order, and until when it can be paid. */
export const UnpaidDetail: Story = { args: { orderId: HUB_ORDERS.find((order) => order.status === 'unpaid')!.id } };

/** The buyer pressed Cancel order: asked first ("Cancel order" / "Keep order"), with focus on the question. */
export const UnpaidConfirmCancel: Story = {
  args: {
    ...UnpaidDetail.args,
    steps: [async (host) => (await found<HTMLButtonElement>(host, '[part="cancel-order-button"]')).click()],
  },
};

/** A delivered order without disputes or refund requests: refund and return are possible until a date. */
export const DeliveredDetail: Story = {
  args: {
    orderId: HUB_ORDERS.find((order) => order.status === 'delivered')!.id,
    client: fakeHubClient({ disputes: [], refunds: [] }),
  },
};

/** A delivered order with an open dispute (waiting for the seller, with its deadline) and a cancelled refund request. */
export const OpenDisputeDetail: Story = {
  args: { orderId: HUB_ORDERS.find((order) => order.status === 'delivered')!.id },
};

/** A completed order whose return and refund went through: the price breakdown shows what was refunded. */
export const RefundedDetail: Story = {
  args: { orderId: HUB_ORDERS.find((order) => order.status === 'completed')!.id },
};

/** The order shows, but its disputes and refund requests could not be loaded: what went wrong, and Try again. */
export const CasesError: Story = {
  args: {
    orderId: HUB_ORDERS.find((order) => order.status === 'delivered')!.id,
    client: fakeHubClient({ caseLoads: 'fail' }),
  },
};

/** An order that does not exist (or belongs to someone else): the same "can't find" either way. */
export const OrderNotFound: Story = { args: { orderId: 'ord_storymissing01' } };

/** The inbox: unread messages marked New, each with View order and Mark as read. */
export const Inbox: Story = { args: { tab: 'inbox' } };

/** News about disputes and refund requests, worded from codes, among the order messages. */
export const InboxCaseNews: Story = {
  args: {
    tab: 'inbox',
    client: fakeHubClient({ notifications: [...HUB_CASE_NOTIFICATIONS, ...HUB_NOTIFICATIONS] }),
  },
};

/** No messages yet. */
export const EmptyInbox: Story = { args: { tab: 'inbox', client: fakeHubClient({ notifications: [] }) } };

/** Notification settings: the privacy center's table of kinds by channel. */
export const Preferences: Story = { args: { tab: 'preferences' } };

/** The connection dropped: a notice says the page may be stale and refreshes when it comes back. */
export const Offline: Story = {
  args: { steps: [() => void globalThis.dispatchEvent(new Event('offline'))] },
};

/** Long names and right-to-left text (Arabic seller and product, very long address) in Arabic. */
export const LongNamesRtl: Story = {
  args: { locale: 'ar', orderId: LONG_NAMES_ORDER.id },
};

/**
 * `<tx-order-hub>`'s Messages and Notification settings tabs against the real reference API, with
 * buyers created for each test (their orders made and moved by the seller through `createOrder`), so
 * the shared demo data is never touched: unread count, mark as read, open an order from a message,
 * the empty states, and saving a preference with the keyboard.
 */
import type { OrderStatus } from '@txassist/contract';
import { createClient, type TxClient } from '@txassist/sdk';
import { sendKeys } from '@web/test-runner-commands';
import '../../packages/elements/src/index.js';
import type { TxOrderHub } from '../../packages/elements/src/order-hub/order-hub.js';
import { assert, deepEqual, equal, includes } from '../browser-support/assert.js';
import { expectNoAxeViolations } from '../browser-support/axe.js';
import { cleanupFixtures, deepActiveElement, fixture, shadowQuery, textOf, waitUntil } from '../browser-support/dom.js';
import { watchLitWarnings } from '../browser-support/lit-warnings.js';
import type { TxOpenSupportEvent } from '../../packages/elements/src/events/open-support.js';
import { actAs, apiConfig, createOrder, freshBuyer as freshTestBuyer } from '../browser-support/tx-api.js';

interface Buyer {
  token: string;
  buyerId: string;
  sdk: TxClient;
}

/** Polls an asynchronous check (an API call) until it holds. */
async function eventually(check: () => Promise<boolean>, message: string, timeout = 15_000): Promise<void> {
  const deadline = performance.now() + timeout;
  while (!(await check())) {
    if (performance.now() > deadline) throw new Error(`Timed out after ${timeout} ms waiting until ${message}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A buyer created on first use: no orders, no messages, default preferences. */
async function freshBuyer(): Promise<Buyer> {
  const { id: buyerId, token } = await freshTestBuyer('wtr-hub');
  const { apiBase, publishableKey } = await apiConfig();
  return { token, buyerId, sdk: createClient({ apiBase, publishableKey, getSessionToken: () => token }) };
}

/** The seller creates an order for `buyer` and moves it through `statuses`; resolves once the inbox has `messages`. */
async function orderWithMessages(buyer: Buyer, statuses: OrderStatus[], messages: number) {
  const order = await createOrder(buyer.buyerId, { steps: statuses });
  await eventually(
    async () => (await buyer.sdk.notifications.list()).data.length >= messages,
    `${messages} messages delivered`,
  );
  return order;
}

async function hubFor(buyer: Buyer, tab = 'orders'): Promise<TxOrderHub> {
  const { apiBase, publishableKey } = await apiConfig();
  const element = document.createElement('tx-order-hub');
  element.locale = 'en';
  element.tab = tab as TxOrderHub['tab'];
  element.setAttribute('api-base', apiBase);
  element.setAttribute('publishable-key', publishableKey);
  element.setAttribute('session-token', buyer.token);
  return fixture<TxOrderHub>(element);
}

const q = <T extends Element = HTMLElement>(element: Element, selector: string) => shadowQuery<T>(element, selector);
const messages = (element: Element) => [
  ...(element.shadowRoot?.querySelectorAll<HTMLElement>('[part="message"]') ?? []),
];
const badge = (element: Element) => q(element, '[part="unread-badge"]');

describe('tx-order-hub inbox and settings', () => {
  let litWarnings: ReturnType<typeof watchLitWarnings>;
  before(() => {
    litWarnings = watchLitWarnings();
  });
  after(() => {
    deepEqual(litWarnings.stop(), [], 'Lit dev-mode warnings');
  });
  afterEach(() => cleanupFixtures());

  it('shows the unread count, marks a message read and opens an order from a message', async function () {
    this.timeout(30_000);
    const buyer = await freshBuyer();
    const order = await orderWithMessages(buyer, ['awaiting_shipment', 'in_transit'], 2);
    const element = await hubFor(buyer, 'inbox');
    await waitUntil(() => messages(element).length === 2, 'both messages listed');
    equal(textOf(badge(element)?.querySelector('[aria-hidden="true"]')), '2', 'badge shows the number');
    equal(textOf(badge(element)?.querySelector('.visually-hidden')), '2 unread', 'and says it to screen readers');
    includes(textOf(q(element, '#tab-inbox')), 'Messages', 'the tab is named');
    includes(textOf(messages(element)[0]), `Order ${order.number}: On its way`, 'newest first, worded from codes');
    includes(textOf(messages(element)[1]), `Order ${order.number}: Preparing to ship`, 'the older one');
    await expectNoAxeViolations(element);

    const markRead = messages(element)[0]!.querySelector<HTMLButtonElement>('[data-action="mark-read"]')!;
    markRead.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => textOf(badge(element)?.querySelector('.visually-hidden')) === '1 unread', 'one left');
    await waitUntil(
      () => deepActiveElement() === messages(element)[0]!.querySelector('[data-action="view"]'),
      'focus stays in the message',
    );
    includes(textOf(q(element, '[role="status"]')), 'Marked as read.', 'announced');
    const afterMark = await buyer.sdk.notifications.list();
    equal(afterMark.unread_count, 1, 'saved on the server');
    assert(afterMark.data[0]!.read_at !== null, 'the first message is read');

    messages(element)[1]!.querySelector<HTMLButtonElement>('[data-action="view"]')!.click();
    await waitUntil(() => element.tab === 'orders' && q(element, '#detail-heading'), 'the order opens');
    await waitUntil(() => textOf(q(element, '#detail-heading')).includes(order.number), 'the order loads');
    equal(deepActiveElement(), q(element, '#detail-heading'), 'focus on its heading, kept while it loaded');
    await waitUntil(() => !badge(element), 'nothing unread any more');
    equal((await buyer.sdk.notifications.list()).unread_count, 0, 'viewing marked it read');
    await expectNoAxeViolations(element);
  });

  it('words a reply from support as such and opens the assistant for it (tx-open-support), not the order', async function () {
    this.timeout(60_000);
    const buyer = await freshBuyer();
    const order = await createOrder(buyer.buyerId);
    const conversation = await buyer.sdk.support.open({
      topic: 'delivery',
      message: 'Where is my parcel?',
      order_id: order.id as `ord_${string}`,
    });
    await actAs('agent', 'POST', `/v1/agent/conversations/${conversation.id}/messages`, { message: 'On its way.' });
    await eventually(
      async () => (await buyer.sdk.notifications.list()).data.some((item) => item.support),
      'the reply is in the inbox',
    );
    const element = await hubFor(buyer, 'inbox');
    const reply = await waitUntil(
      () => messages(element).find((message) => textOf(message).includes('Reply from support')),
      'the reply listed',
    );
    includes(textOf(reply), `Order ${order.number}: Reply from support`, 'worded as a reply, not an order status');
    await expectNoAxeViolations(element);
    const opened: TxOpenSupportEvent[] = [];
    element.addEventListener('tx-open-support', (event) => opened.push(event));
    const read = reply.querySelector<HTMLButtonElement>('[data-action="view"]')!;
    equal(textOf(read), 'Read the reply');
    read.focus();
    await sendKeys({ press: 'Enter' });
    equal(opened.length, 1, 'one tx-open-support event');
    equal(opened[0]!.conversationId, conversation.id);
    equal(opened[0]!.orderId, order.id);
    equal(element.tab, 'inbox', 'the order is not opened instead');
    await eventually(async () => (await buyer.sdk.notifications.list()).unread_count === 0, 'marked read');
  });

  it('shows the empty history and the empty inbox of a buyer who has not ordered yet', async () => {
    const buyer = await freshBuyer();
    const element = await hubFor(buyer);
    await waitUntil(() => q(element, '#panel-orders [part="empty"]'), 'empty history');
    includes(textOf(q(element, '#panel-orders [part="empty"]')), 'You have no orders yet.', 'says so');
    equal(textOf(q(element, '[role="status"]')), '', 'nothing announced on load: the empty history says it');
    equal(badge(element), null, 'no badge');
    await expectNoAxeViolations(element);
    q<HTMLButtonElement>(element, '#tab-inbox')!.click();
    await waitUntil(() => q(element, '#panel-inbox [part="empty"]'), 'empty inbox');
    includes(textOf(q(element, '#panel-inbox [part="empty"]')), 'No messages yet.', 'says so');
    await expectNoAxeViolations(element);
  });

  it('saves a notification setting changed with the keyboard', async () => {
    const buyer = await freshBuyer();
    const element = await hubFor(buyer, 'preferences');
    const box = await waitUntil(
      () => q<HTMLInputElement>(element, '#preference-order_updates-in_app'),
      'the settings table',
    );
    const before = box.checked;
    await expectNoAxeViolations(element);
    box.focus();
    await sendKeys({ press: 'Space' });
    await eventually(async () => {
      const saved = await buyer.sdk.privacy.preferences.get();
      return saved.data.find((item) => item.kind === 'order_updates' && item.channel === 'in_app')?.enabled === !before;
    }, 'saved on the server');
    await waitUntil(() => textOf(q(element, '[role="status"]')).includes('is now'), 'announced');
    equal(box.checked, !before, 'the box shows the saved value');
  });
});

/**
 * Access, from test pages, to the reference API the browser tests' back end starts
 * (test/browser-support/server/back-end.mjs): its server commands, wrapped in typed helpers.
 */
import { ORDER_STATUSES, type CreateOrderRequest, type Order, type OrderStatus } from '@txassist/contract';
import { executeServerCommand } from '@web/test-runner-commands';

export interface TestApiConfig {
  apiBase: string;
  /** A local port where nothing listens: every request is refused. */
  unreachableApiBase: string;
  publishableKey: string;
  fixtures: {
    buyers: readonly { id: string; email: string; name: string }[];
    orders: Readonly<Record<string, string>>;
    otherBuyerOrder: { id: string; number: string };
    seller: { id: string; name: string };
  };
}

/** What an API call made by the back end answered. */
export interface ApiAnswer<T = unknown> {
  status: number;
  body: T;
}

/** Runs one of the back end's server commands (names and payloads: test/browser-support/server/back-end.mjs). */
export function command<T>(name: string, payload: object = {}): Promise<T> {
  return executeServerCommand<T, object>(name, payload) as Promise<T>;
}

/** The answer's body, or an error naming `what` when the API refused. */
async function ok<T>(what: string, answer: Promise<ApiAnswer<T>>): Promise<T> {
  const { status, body } = await answer;
  if (status >= 300) throw new Error(`${what}: ${status} ${JSON.stringify(body)}`);
  return body;
}

let config: Promise<TestApiConfig> | undefined;

export function apiConfig(): Promise<TestApiConfig> {
  return (config ??= command<TestApiConfig>('tx-config'));
}

/** A buyer session token minted by the back end with the secret key (which never reaches the page). */
export async function sessionToken(buyerId?: string): Promise<string> {
  const payload = buyerId ? { buyer: buyerId } : {};
  return (await ok('session', command<ApiAnswer<{ token: string }>>('tx-session', payload))).token;
}

/** The seller (secret key) or the demo support agent (staff session) calls the API: `path` is `/v1/…`. */
export function actAs<T = unknown>(who: 'seller' | 'agent', method: string, path: string, body?: unknown): Promise<T> {
  return ok(`${method} ${path} as the ${who}`, command<ApiAnswer<T>>('tx-api', { as: who, method, path, body }));
}

/** A fresh delivered order (two items, shipping) of the demo seller for `buyerId`. */
export function deliveredOrder(buyerId: string): Promise<Order> {
  return ok('delivered order', command<ApiAnswer<Order>>('tx-delivered-order', { buyer: buyerId }));
}

/** A carrier event signed by the back end with the simulated carrier's secret, and the API's answer. */
export function carrierEvent(event: object): Promise<ApiAnswer> {
  return command<ApiAnswer>('tx-carrier-event', event);
}

/** The newest verification code mailed to `email` (from the back end's SMTP capture), waiting for it to arrive. */
export async function mailedCode(email: string): Promise<string> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const { code } = await command<{ code: string | null }>('tx-mailed-code', { email });
    if (code) return code;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no code was mailed to ${email}`);
}

/**
 * An API base whose network can be cut and restored: while `down`, connections are dropped without
 * an answer. Each test gets its own key so parallel test files do not interfere.
 */
export function flakyApi(): { apiBase: string; setDown(down: boolean): Promise<void> } {
  const key = `k${Math.random().toString(36).slice(2)}`;
  return {
    apiBase: new URL(`/__tx/flaky/${key}`, location.origin).href,
    async setDown(down: boolean) {
      await command('tx-network', { key, down });
    },
  };
}

/**
 * Data a test owns: a buyer created for it alone, and orders the seller makes for that buyer. The
 * browser test files share one API server, so a test that reads a buyer's orders, messages or cases
 * must use a buyer nobody else touches (the demo buyer's history changes when another file adds to it).
 */
/** An order `buyer` placed from a checkout whose card was declined: unpaid, with its checkout to resume. */
export function declinedOrder(buyer: { token: string }): Promise<{ order_id: string; checkout_id: string }> {
  return ok(
    'declined order',
    command<ApiAnswer<{ order_id: string; checkout_id: string }>>('tx-declined-order', { token: buyer.token }),
  );
}

export interface TestBuyer {
  id: string;
  token: string;
  /** The email the buyer was created with (guest lookups ask for it). */
  email: string;
}

/** A buyer created on first use: no orders, no messages, default consents and preferences. */
export async function freshBuyer(label = 'wtr'): Promise<TestBuyer> {
  const externalId = `${label}-${crypto.randomUUID()}`;
  const { token, buyerId } = await ok(
    'fresh buyer',
    command<ApiAnswer<{ token: string; buyerId: string }>>('tx-session', { external_id: externalId }),
  );
  return { id: buyerId, token, email: `${externalId}@example.test` };
}

const asSeller = <T>(method: string, path: string, body?: unknown) => actAs<T>('seller', method, `/v1/${path}`, body);

export interface TestOrder {
  id: string;
  number: string;
  /** Set when a `'shipment'` step handed the items to the simulated carrier. */
  trackingNumber?: string;
}

export interface TestOrderOptions {
  /**
   * What the seller does after creating the order (it starts `unpaid`), in order: move it to a status,
   * or `'shipment'` to hand every item not yet shipped to the simulated carrier under a fresh tracking
   * number (which moves an `awaiting_shipment` order to `awaiting_collection`).
   */
  steps?: readonly (OrderStatus | 'shipment')[];
  /** Overrides of the order the seller creates (default: one Glow Serum at $24.00, USD). */
  order?: Partial<Omit<CreateOrderRequest, 'buyer_id'>>;
}

/** An order the demo seller creates for `buyerId` and moves on like a real shop would. */
export async function createOrder(buyerId: string, options: TestOrderOptions = {}): Promise<TestOrder> {
  const created = await asSeller<Order>('POST', 'orders', {
    buyer_id: buyerId,
    currency: 'USD',
    line_items: [{ title: 'Glow Serum 30 ml', quantity: 1, unit_amount: 2400 }],
    ...options.order,
  });
  const order: TestOrder = { id: created.id, number: created.number };
  for (const step of options.steps ?? []) {
    if (step === 'shipment') {
      const shipment = await ok(
        'shipment',
        command<ApiAnswer<{ tracking_number: string }>>('tx-shipment', { order_id: order.id }),
      );
      order.trackingNumber = shipment.tracking_number;
    } else {
      await asSeller<Order>('POST', `orders/${order.id}/status`, { status: step });
    }
  }
  return order;
}

/** How the seller gets an order to each status (in transit with a parcel, so it has a tracking number). */
const STEPS_TO: Record<OrderStatus, readonly (OrderStatus | 'shipment')[]> = {
  unpaid: [],
  on_hold: ['on_hold'],
  awaiting_shipment: ['awaiting_shipment'],
  partially_shipped: ['awaiting_shipment', 'partially_shipped'],
  awaiting_collection: ['awaiting_shipment', 'awaiting_collection'],
  in_transit: ['awaiting_shipment', 'shipment', 'in_transit'],
  delivered: ['awaiting_shipment', 'in_transit', 'delivered'],
  completed: ['awaiting_shipment', 'in_transit', 'delivered', 'completed'],
  cancelled: ['cancelled'],
};

const ADDRESS = {
  name: 'Test Buyer',
  line1: '12 Market Street',
  city: 'London',
  postal_code: 'EC1A 1BB',
  country: 'GB',
};

export interface BuyerWithHistory {
  buyer: TestBuyer;
  /** One order per status; `unpaid` is the newest, `cancelled` the oldest (the list order of `ORDER_STATUSES`). */
  orders: Record<OrderStatus, TestOrder>;
}

/**
 * A fresh buyer with one order in each status, like demo buyer 1 but owned by the caller: placed one
 * after another so that listing newest first gives `ORDER_STATUSES` order. The `on_hold` order has a
 * discount, every order a shipping address and $4.99 shipping.
 */
export async function buyerWithOrderPerStatus(label = 'wtr-history'): Promise<BuyerWithHistory> {
  const buyer = await freshBuyer(label);
  const orders: Partial<Record<OrderStatus, TestOrder>> = {};
  for (const status of [...ORDER_STATUSES].reverse()) {
    orders[status] = await createOrder(buyer.id, {
      steps: STEPS_TO[status],
      order: { shipping_amount: 499, discount_amount: status === 'on_hold' ? 300 : 0, shipping_address: ADDRESS },
    });
    // Orders are listed by the time they were placed: keep each one in a later millisecond than the last.
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  return { buyer, orders: orders as Record<OrderStatus, TestOrder> };
}

import { Order, ORDER_STATUSES, type OrderStatus } from '@txassist/contract';
import { assert, deepEqual, equal } from '../browser-support/assert.js';

/**
 * The fixtures belong to the stories project, outside this one, so they are loaded by URL and
 * treated as unknown data: exactly what this test is for is checking that data against the schema.
 */
interface FixturesModule {
  ALL_FIXTURE_ORDERS: readonly Order[];
  ORDERS_BY_STATUS: Readonly<Record<OrderStatus, Order>>;
}
const FIXTURES_URL = new URL('../../stories/fixtures/orders.ts', import.meta.url).href;

describe('story fixtures', () => {
  let ALL_FIXTURE_ORDERS: readonly Order[];
  let ORDERS_BY_STATUS: Readonly<Record<OrderStatus, Order>>;

  before(async () => {
    ({ ALL_FIXTURE_ORDERS, ORDERS_BY_STATUS } = (await import(FIXTURES_URL)) as FixturesModule);
    assert(ALL_FIXTURE_ORDERS.length > 0, 'fixtures loaded');
  });

  it('are valid against the contract Order schema', () => {
    for (const order of ALL_FIXTURE_ORDERS) {
      const result = Order.safeParse(order);
      assert(
        result.success,
        `${order.number}: ${result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`,
      );
    }
  });

  it('cover every order status', () => {
    deepEqual(Object.keys(ORDERS_BY_STATUS).sort(), [...ORDER_STATUSES].sort(), 'statuses');
    for (const status of ORDER_STATUSES) equal(ORDERS_BY_STATUS[status].status, status, `${status} fixture`);
  });

  it('add up like the server computes them', () => {
    for (const { number, currency, line_items, amounts } of ALL_FIXTURE_ORDERS) {
      for (const item of line_items) {
        equal(item.total.amount, item.unit_price.amount * item.quantity, `${number} ${item.title} line total`);
        equal(item.total.currency, currency, `${number} ${item.title} currency`);
      }
      equal(
        amounts.subtotal.amount,
        line_items.reduce((sum, item) => sum + item.total.amount, 0),
        `${number} subtotal`,
      );
      equal(
        amounts.total.amount,
        amounts.subtotal.amount + amounts.shipping.amount + amounts.tax.amount - amounts.discount.amount,
        `${number} total`,
      );
    }
  });
});

/**
 * What assistive technology gets from the order tracker: roles, accessible names and live regions,
 * computed by axe-core's ARIA and accname implementation (not read back from our own attributes).
 */
import type { Order, OrderStatus } from '@txassist/contract';
import '../../packages/elements/src/index.js';
import type { TxOrderTracker } from '../../packages/elements/src/order-tracker/order-tracker.js';
import { accessibilityTree, nodesWithRole, type AccessibleNode } from '../browser-support/a11y-tree.js';
import { assert, deepEqual, equal } from '../browser-support/assert.js';
import { cleanupFixtures, fixture, waitUntil } from '../browser-support/dom.js';

interface FixturesModule {
  ORDERS_BY_STATUS: Readonly<Record<OrderStatus, Order>>;
}
const FIXTURES_URL = new URL('../../stories/fixtures/orders.ts', import.meta.url).href;

const summary = (tree: readonly AccessibleNode[]) =>
  tree
    .filter((node) => node.role !== 'listitem' && node.role !== 'term' && node.role !== 'definition')
    .map((node) => `${node.role}: ${node.name}${node.live ? ` (${node.live})` : ''}`);

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('tx-order-tracker accessibility tree', () => {
  let order: Order;
  before(async () => {
    order = ((await import(FIXTURES_URL)) as FixturesModule).ORDERS_BY_STATUS.in_transit;
  });
  afterEach(cleanupFixtures);

  async function tracker(locale: string, respond: Promise<Order>): Promise<TxOrderTracker> {
    const element = document.createElement('tx-order-tracker');
    element.locale = locale;
    element.orderId = 'ord_storyintransit';
    element.client = { orders: { get: () => respond } };
    await fixture(element);
    return element;
  }

  it('announces loading and then the order through one polite status region', async () => {
    const response = deferred<Order>();
    const element = await tracker('en', response.promise);
    const loading = accessibilityTree(element);
    const [status] = nodesWithRole(loading, 'status');
    assert(status, 'a status region exists from the first render');
    equal(status.live, 'polite', 'polite');
    equal(status.element.textContent?.trim(), '', 'no live text while loading (nothing is said on load)');
    equal(nodesWithRole(loading, 'alert').length, 1, 'the alert region exists (empty) from the first render');
    equal(nodesWithRole(loading, 'heading').length, 0, 'no heading yet');

    response.resolve(order);
    await waitUntil(
      () => nodesWithRole(accessibilityTree(element), 'heading', 'Order TX-1006').length === 1,
      'the order heading',
    );
    const loaded = accessibilityTree(element);
    const count = order.line_items.reduce((sum, item) => sum + item.quantity, 0);
    const items = `${count} item${count === 1 ? '' : 's'}`;
    equal(nodesWithRole(loaded, 'status')[0]?.element, status.element, 'the same live region node');
    equal(status.element.textContent?.trim(), '', 'no live text after loading either');
    deepEqual(
      summary(loaded).filter((line) => !line.startsWith('status') && !line.startsWith('alert')),
      ['region: Order TX-1006', 'heading: Order TX-1006', 'heading: Status', `heading: ${items}`, 'list: ', 'heading: Payment summary'],
      'one landmark, named after the order (ten trackers on a page are ten distinct landmarks), and a heading for every section',
    ); // prettier-ignore
    equal(nodesWithRole(loaded, 'listitem').length, order.line_items.length, 'one list item per line item');
  });

  it('names the error and its button in the buyer’s language (Arabic)', async () => {
    const element = await tracker('ar', Promise.reject(Object.assign(new Error('down'), { name: 'NetworkError' })));
    await waitUntil(
      () => nodesWithRole(accessibilityTree(element), 'button', 'حاول مرة أخرى').length === 1,
      'Try again appears, in Arabic',
    );
    const tree = accessibilityTree(element);
    const [alert] = nodesWithRole(tree, 'alert');
    equal(alert?.live, 'assertive', 'errors are assertive');
    assert(alert?.element.textContent?.includes('تعذّر الاتصال الآن'), `alert text: ${alert?.element.textContent}`);
    deepEqual(
      nodesWithRole(tree, 'button').map((node) => node.name),
      ['حاول مرة أخرى'],
      'button name',
    );
  });
});

/**
 * `<tx-order-hub>`'s order search keeps what the buyer typed: a re-render while they type (any update,
 * a locale change, a list page arriving) never writes the last applied search back over the draft.
 * Against the real reference API, for buyers this file creates.
 */
import { sendKeys } from '@web/test-runner-commands';
import '../../packages/elements/src/index.js';
import type { TxOrderHub } from '../../packages/elements/src/order-hub/order-hub.js';
import { equal, includes } from '../browser-support/assert.js';
import { expectNoAxeViolations } from '../browser-support/axe.js';
import { cleanupFixtures, fixture, shadowQuery, textOf, waitUntil } from '../browser-support/dom.js';
import { apiConfig, createOrder, freshBuyer, type TestOrder } from '../browser-support/tx-api.js';

const q = <T extends Element = HTMLElement>(element: Element, selector: string) => shadowQuery<T>(element, selector);
const rows = (element: Element) => [...(element.shadowRoot?.querySelectorAll<HTMLElement>('[part="order"]') ?? [])];
const input = (element: Element) => q<HTMLInputElement>(element, '#order-number')!;
const digits = (orderNumber: string) => orderNumber.replace(/^TX-/, '');
const listed = (element: TxOrderHub, count: number) =>
  waitUntil(() => rows(element).length === count && !q(element, '[aria-busy="true"]'), `${count} orders are listed`);

/** A hub for a fresh buyer with `count` orders (`pageSize` 1 makes "Show more" load a page). */
async function hubWithOrders(count: number, pageSize = 10): Promise<{ element: TxOrderHub; orders: TestOrder[] }> {
  const buyer = await freshBuyer('wtr-order-hub-search');
  const orders: TestOrder[] = [];
  for (let i = 0; i < count; i += 1) orders.push(await createOrder(buyer.id));
  const config = await apiConfig();
  const element = document.createElement('tx-order-hub');
  element.locale = 'en';
  element.setAttribute('api-base', config.apiBase);
  element.setAttribute('publishable-key', config.publishableKey);
  element.setAttribute('session-token', buyer.token);
  element.setAttribute('page-size', String(pageSize));
  await fixture<TxOrderHub>(element);
  return { element, orders };
}

/** Focus the search field (caret at the end) and type `text` with real key presses. */
async function typeInSearch(element: TxOrderHub, text: string): Promise<void> {
  const before = input(element).value;
  input(element).focus();
  input(element).setSelectionRange(before.length, before.length);
  await sendKeys({ type: text });
  equal(input(element).value, before + text, 'typed');
}

const clearButton = (element: TxOrderHub) =>
  [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find(
    (button) => textOf(button) === 'Clear search',
  );

/** Focus (`focusOnly`: and let the keyboard press it) or click the "Clear search" button. */
function clickClear(element: TxOrderHub, focusOnly = false): void {
  const clear = clearButton(element)!;
  if (focusOnly) clear.focus();
  else clear.click();
}

describe('tx-order-hub search draft', () => {
  afterEach(() => cleanupFixtures());

  it('keeps typed text through re-renders and a locale change, then searches with Enter', async function () {
    this.timeout(30_000);
    const { element, orders } = await hubWithOrders(2);
    await listed(element, 2);
    const wanted = orders[1]!;

    await typeInSearch(element, digits(wanted.number));
    element.requestUpdate();
    await element.updateComplete;
    equal(input(element).value, digits(wanted.number), 'kept after a re-render');

    element.locale = 'de';
    await waitUntil(() => textOf(q(element, '[part="search-button"]')) === 'Suchen', 'the hub speaks German');
    equal(input(element).value, digits(wanted.number), 'kept after a locale change');
    element.locale = 'en';
    await waitUntil(() => textOf(q(element, '[part="search-button"]')) === 'Search', 'back to English');

    input(element).focus();
    await sendKeys({ press: 'Enter' });
    await listed(element, 1);
    includes(textOf(rows(element)[0]), wanted.number, 'the typed search ran');
    equal(input(element).value, digits(wanted.number), 'the applied search stays in the field');
    await expectNoAxeViolations(element);
  });

  it('keeps a new draft when a list page arrives, and Clear search empties an unapplied draft', async function () {
    this.timeout(30_000);
    const { element, orders } = await hubWithOrders(3, 1);
    await listed(element, 1);
    const newest = orders[2]!;
    await typeInSearch(element, digits(newest.number));
    input(element).focus();
    await sendKeys({ press: 'Enter' });
    await listed(element, 1);
    includes(textOf(rows(element)[0]), newest.number, 'found');

    // A draft that differs from the applied search survives a re-render.
    await typeInSearch(element, 'X');
    equal(input(element).value, `${digits(newest.number)}X`, 'edited draft');
    element.requestUpdate();
    await element.updateComplete;
    equal(input(element).value, `${digits(newest.number)}X`, 'edited draft kept');

    clickClear(element, true);
    await sendKeys({ press: 'Enter' });
    await listed(element, 1);
    equal(input(element).value, '', 'Clear search empties the field');

    // Only a status is applied; a number typed but not searched for is emptied by Clear search too.
    const select = q<HTMLSelectElement>(element, '#order-status')!;
    select.value = 'unpaid';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(() => clearButton(element), 'the status filter applied');
    await listed(element, 1);
    await typeInSearch(element, '999');
    clickClear(element);
    await waitUntil(() => !clearButton(element), 'filters cleared');
    await listed(element, 1);
    equal(input(element).value, '', 'Clear search empties an unapplied number');

    // Type while the next page arrives: the page must not wipe the draft.
    await typeInSearch(element, 'TX-');
    q<HTMLButtonElement>(element, '[part="more-button"]')!.click();
    await listed(element, 2);
    equal(input(element).value, 'TX-', 'kept while a page arrived');
    await expectNoAxeViolations(element);
  });
});

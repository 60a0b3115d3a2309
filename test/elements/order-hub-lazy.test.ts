/**
 * `<tx-order-hub>`'s first render loads only the history: the order detail, the Messages tab and the
 * Notification settings tab come with `import()` when first shown, each with its words in the language shown.
 * Real server, keyboard only; the detail's chunk is held back by the test back end (`tx-slow-files`) so the
 * state in between (heading focused, neutral placeholder) can be read.
 */
import { sendKeys } from '@web/test-runner-commands';
import '../../packages/elements/src/index.js';
import type { TxOrderHub } from '../../packages/elements/src/order-hub/order-hub.js';
import { assert, equal, includes, notIncludes } from '../browser-support/assert.js';
import { expectNoAxeViolations } from '../browser-support/axe.js';
import { cleanupFixtures, deepActiveElement, fixture, shadowQuery, textOf, waitUntil } from '../browser-support/dom.js';
import { apiConfig, command, createOrder, freshBuyer } from '../browser-support/tx-api.js';

const CHUNK_DELAY_MS = 1_500;

const q = <T extends Element = HTMLElement>(element: Element, selector: string) => shadowQuery<T>(element, selector);
/** Whether the page has fetched a file whose URL matches `pattern` (resource timing: the test's own page). */
const fetched = (pattern: RegExp) =>
  performance.getEntriesByType('resource').some((entry) => pattern.test(new URL(entry.name).pathname));

describe('tx-order-hub views loaded when first shown', () => {
  afterEach(cleanupFixtures);

  it('opens an order in German: focus on its heading at once, the detail and its words with its chunk', async function () {
    this.timeout(60_000);
    await command('tx-slow-files', { pattern: '**/order-hub/detail.*', delayMs: CHUNK_DELAY_MS });
    // Room for every file the page loads from here on (the default buffer of 250 fills with modules).
    performance.setResourceTimingBufferSize(100_000);
    const buyer = await freshBuyer('wtr-hub-lazy');
    const order = await createOrder(buyer.id, { steps: ['awaiting_shipment'] });
    const { apiBase, publishableKey } = await apiConfig();
    const element = document.createElement('tx-order-hub');
    element.locale = 'de';
    element.setAttribute('api-base', apiBase);
    element.setAttribute('publishable-key', publishableKey);
    element.setAttribute('session-token', buyer.token);
    await fixture<TxOrderHub>(element);

    const row = await waitUntil(
      () =>
        textOf(q(element, '[part="order"]')).includes(`Bestellung ${order.number}`)
          ? q(element, '[part="order"]')
          : null,
      'the history, in German',
    );
    equal(fetched(/\/order-hub\/(detail|inbox|preferences-view)\.[jt]s$/), false, 'no secondary view at first render');
    equal(fetched(/\/catalogs\/(order|inbox|privacy)\/de\.[jt]s$/), false, 'nor its words');

    row.focus();
    await sendKeys({ press: 'Enter' });
    const heading = await waitUntil(() => q(element, '#detail-heading'), 'the detail opens');
    await waitUntil(() => deepActiveElement() === heading, 'focus on the order heading at once');
    equal(textOf(heading), `Bestellung ${order.number}`, 'the heading, in German, before the chunk');
    equal(q(element, '[part="detail"]')!.getAttribute('aria-busy'), 'true', 'busy while the view loads');
    assert(q(element, '[part="detail"] .skeleton'), 'a neutral placeholder meanwhile');
    equal(q(element, '[data-block]'), null, 'no block of the detail yet');

    const items = await waitUntil(() => q(element, '#items-heading'), 'the detail arrives', 20_000);
    equal(textOf(items), 'Artikel', 'its words came in German with it');
    assert(fetched(/\/catalogs\/order\/de\.[jt]s$/), 'the `order` namespace loaded in German');
    await waitUntil(() => !q(element, '[data-block="shipments"] .skeleton'), 'shipments loaded');
    const detail = textOf(q(element, '[part="detail"]'));
    includes(detail, 'Sendungen', 'shipments heading');
    includes(detail, 'Zahlung', 'payment heading');
    for (const english of ['Items', 'Shipments', 'Payment', 'Requests', 'Refunds and disputes'])
      notIncludes(detail, english, `no English "${english}"`);
    equal(q(element, '[part="detail"]')!.getAttribute('aria-busy'), 'false', 'no longer busy');
    equal(deepActiveElement(), heading, 'focus stayed on the heading while the chunk loaded');
    await expectNoAxeViolations(element);

    q<HTMLButtonElement>(element, '[part="back-button"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(
      () => deepActiveElement() === q(element, `[part="order"][data-order-id="${order.id}"]`),
      'focus back on the order that opened it',
    );
  });

  it('loads the Messages tab with its words when it is first shown', async function () {
    this.timeout(30_000);
    performance.setResourceTimingBufferSize(100_000);
    const buyer = await freshBuyer('wtr-hub-lazy-inbox');
    const { apiBase, publishableKey } = await apiConfig();
    const element = document.createElement('tx-order-hub');
    element.locale = 'de';
    element.setAttribute('api-base', apiBase);
    element.setAttribute('publishable-key', publishableKey);
    element.setAttribute('session-token', buyer.token);
    await fixture<TxOrderHub>(element);
    await waitUntil(() => q(element, '#panel-orders [part="empty"]'), 'the empty history');
    equal(fetched(/\/catalogs\/inbox\/de\.[jt]s$/), false, 'no inbox words before the tab is shown');

    q<HTMLButtonElement>(element, '#tab-orders')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => deepActiveElement() === q(element, '#tab-inbox'), 'focus stays on the Messages tab');
    const empty = await waitUntil(() => q(element, '#panel-inbox [part="empty"]'), 'the empty inbox', 20_000);
    includes(textOf(empty), 'Noch keine Nachrichten.', 'in German');
    equal(deepActiveElement(), q(element, '#tab-inbox'), 'focus was not moved when the view arrived');
    await expectNoAxeViolations(element);
  });
});

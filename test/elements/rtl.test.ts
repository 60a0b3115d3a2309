import type { Order, OrderStatus } from '@txassist/contract';
import type { LitElement } from 'lit';
import '../../packages/elements/src/index.js';
import type { TxOrderTracker } from '../../packages/elements/src/order-tracker/order-tracker.js';
import { assert, deepEqual, equal, includes } from '../browser-support/assert.js';
import { cleanupFixtures, fixture, shadowQuery, textOf, waitUntil } from '../browser-support/dom.js';
import { manifestTags } from '../browser-support/stories.js';

interface FixturesModule {
  ORDERS_BY_STATUS: Readonly<Record<OrderStatus, Order>>;
  BUSY_ORDER: Order;
}
const FIXTURES_URL = new URL('../../stories/fixtures/orders.ts', import.meta.url).href;

/** Physical, direction-dependent CSS: in a stylesheet it would not mirror for right-to-left languages. */
const PHYSICAL = [
  /(?:^|[^-\w])(?:margin|padding|border|inset|scroll-margin|scroll-padding)-(?:left|right)\b/,
  /(?:^|[^-\w])border-(?:top|bottom)-(?:left|right)-radius\b/,
  /(?:^|[;{\s])(?:left|right)\s*:/,
  /\b(?:text-align|float|clear|justify-self|justify-items|justify-content|align-self)\s*:\s*(?:left|right)\b/,
  /\btranslateX\(/,
];

/** The declarations in `css` that break right-to-left layout (one line each). */
function physicalDeclarations(css: string): string[] {
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  return withoutComments
    .split(/[;{}]/)
    .map((declaration) => declaration.trim())
    .filter((declaration) => PHYSICAL.some((pattern) => pattern.test(` ${declaration}`)));
}

function cssTextOf(style: unknown): string {
  if (style instanceof CSSStyleSheet) return [...style.cssRules].map((rule) => rule.cssText).join('\n');
  return (style as { cssText: string }).cssText;
}

const rect = (element: Element | null) => {
  assert(element, 'element exists');
  return element.getBoundingClientRect();
};

describe('right to left', () => {
  let orders: FixturesModule;
  before(async () => {
    orders = (await import(FIXTURES_URL)) as FixturesModule;
  });
  afterEach(() => {
    cleanupFixtures();
    document.documentElement.removeAttribute('lang');
  });

  async function trackerIn(markupAround: (tracker: string) => string, order: Order, locale?: string) {
    const container = await fixture(
      markupAround(`<tx-order-tracker${locale ? ` locale="${locale}"` : ''}></tx-order-tracker>`),
    );
    const element = (
      container.localName === 'tx-order-tracker' ? container : container.querySelector('tx-order-tracker')
    ) as TxOrderTracker;
    element.order = order;
    await element.updateComplete;
    return element;
  }

  for (const [locale, heading] of [
    ['ar', 'الطلب TX-204817'],
    ['he', 'הזמנה TX-204817'],
  ] as const) {
    it(`renders ${locale} right to left, with dir on the host`, async () => {
      const element = await trackerIn((tracker) => tracker, orders.BUSY_ORDER, locale);
      await waitUntil(
        () => textOf(shadowQuery(element, '[part="heading"]')) === heading,
        `the ${locale} catalog loads`,
      );
      equal(element.getAttribute('dir'), 'rtl', 'dir attribute on the host');
      equal(getComputedStyle(element).direction, 'rtl', 'computed direction of the host');
      equal(shadowQuery(element, '[part="base"]')?.getAttribute('lang'), locale, 'content language');
    });
  }

  it('mirrors the layout: prices and totals on the inline end, the error bar on the inline start', async () => {
    const measure = async (locale: string) => {
      const element = await trackerIn((tracker) => tracker, orders.BUSY_ORDER, locale);
      await waitUntil(() => element.getAttribute('dir') === (locale === 'ar' ? 'rtl' : 'ltr'), `${locale} applied`);
      const item = shadowQuery(element, '[part="item"]');
      const title = rect(item!.querySelector('.item-main'));
      const price = rect(item!.querySelector('.item-total'));
      const totalLabel = rect(shadowQuery(element, '.grand-total dt'));
      const totalValue = rect(shadowQuery(element, '.grand-total dd'));
      cleanupFixtures();
      return { priceOnLeft: price.right <= title.left, totalOnLeft: totalValue.right <= totalLabel.left };
    };
    deepEqual(await measure('en'), { priceOnLeft: false, totalOnLeft: false }, 'English: prices on the right');
    deepEqual(await measure('ar'), { priceOnLeft: true, totalOnLeft: true }, 'Arabic: prices on the left');

    const failing = document.createElement('tx-order-tracker');
    failing.locale = 'ar';
    failing.orderId = 'ord_storyintransit';
    failing.client = {
      orders: { get: () => Promise.reject(Object.assign(new Error('down'), { name: 'NetworkError' })) },
    };
    await fixture(failing);
    const alert = await waitUntil(
      () => (textOf(shadowQuery(failing, '[role="alert"]')) ? shadowQuery(failing, '[role="alert"]') : null),
      'the error shows',
    );
    await waitUntil(() => failing.getAttribute('dir') === 'rtl', 'Arabic applied');
    const style = getComputedStyle(alert);
    equal(style.borderLeftWidth, '0px', 'no bar on the left in Arabic');
    assert(
      parseFloat(style.borderRightWidth) > 0,
      `the error bar is on the right (the inline start): ${style.borderRightWidth}`,
    );
  });

  it('follows the nearest lang, up to <html>, when no locale is set', async () => {
    const inHebrewSection = await trackerIn((tracker) => `<section lang="he">${tracker}</section>`, orders.BUSY_ORDER);
    await waitUntil(() => inHebrewSection.getAttribute('dir') === 'rtl', 'the tracker follows lang="he" around it');
    includes(textOf(shadowQuery(inHebrewSection, '[part="heading"]')), 'הזמנה', 'Hebrew text');
    cleanupFixtures();

    document.documentElement.lang = 'ar-SA';
    const onArabicPage = await trackerIn((tracker) => tracker, orders.BUSY_ORDER);
    await waitUntil(() => onArabicPage.getAttribute('dir') === 'rtl', 'the tracker follows <html lang="ar-SA">');
    equal(shadowQuery(onArabicPage, '[part="base"]')?.getAttribute('lang'), 'ar-SA', 'formats for Saudi Arabia');
  });

  it('switches direction back with the locale, and keeps a dir the page set', async () => {
    const element = await trackerIn((tracker) => tracker, orders.BUSY_ORDER, 'ar');
    await waitUntil(() => element.getAttribute('dir') === 'rtl', 'Arabic');
    element.locale = 'fr';
    await waitUntil(() => element.getAttribute('dir') === 'ltr', 'French is left to right again');
    cleanupFixtures();

    const pinned = await trackerIn(
      (tracker) => tracker.replace('<tx-order-tracker', '<tx-order-tracker dir="ltr"'),
      orders.BUSY_ORDER,
      'ar',
    );
    await waitUntil(() => textOf(shadowQuery(pinned, '[part="heading"]')).startsWith('الطلب'), 'Arabic text');
    equal(pinned.getAttribute('dir'), 'ltr', 'the page’s own dir is kept');
  });

  it('styles every element in the manifest with logical properties only', async () => {
    const tags = await manifestTags();
    assert(tags.includes('tx-order-tracker'), 'the manifest lists the elements');
    const registered = tags.map(
      (tag) => customElements.get(tag) as (typeof LitElement & CustomElementConstructor) | undefined,
    );
    const problems: string[] = [];
    registered.forEach((constructor, index) => {
      assert(constructor, `${tags[index]} is defined`);
      const css = constructor.elementStyles.map(cssTextOf).join('\n');
      assert(css.length > 0, `${tags[index]} has styles`);
      problems.push(...physicalDeclarations(css).map((declaration) => `${tags[index]}: ${declaration}`));
    });
    deepEqual(problems, [], 'physical (non-logical) declarations');
  });

  it('the logical-properties scan catches physical declarations', () => {
    deepEqual(
      physicalDeclarations(
        '.a { margin-left: 1px; padding-inline-start: 2px } .b { text-align: right; right: 0 } .c { border-top-left-radius: 2px; inset-inline-end: 0; text-align: end }',
      ),
      ['margin-left: 1px', 'text-align: right', 'right: 0', 'border-top-left-radius: 2px'],
      'found',
    );
  });
});

import type { Order, OrderStatus } from '@txassist/contract';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../packages/elements/src/index.js';
import type { TxOrderTracker } from '../../packages/elements/src/order-tracker/order-tracker.js';
import type { TxProvider } from '../../packages/elements/src/provider/provider.js';
import { APPEARANCE_TOKENS, appearanceTokens, type Appearance } from '../../packages/elements/src/theme/appearance.js';
import { DARK_PALETTE, LIGHT_PALETTE } from '../../packages/elements/src/theme/palette.js';
import { assert, deepEqual, equal } from '../browser-support/assert.js';
import { contrastRatio, effectiveBackground, parseColour } from '../browser-support/colour.js';
import { cleanupFixtures, deepActiveElement, fixture, shadowQuery, waitUntil } from '../browser-support/dom.js';

interface FixturesModule {
  ORDERS_BY_STATUS: Readonly<Record<OrderStatus, Order>>;
}
const FIXTURES_URL = new URL('../../stories/fixtures/orders.ts', import.meta.url).href;

const networkDown = () => Promise.reject(Object.assign(new Error('down'), { name: 'NetworkError' }));

/** The card's background as the browser computed it, as `#rrggbb`. */
function surfaceOf(tracker: Element): string {
  const { r, g, b } = parseColour(getComputedStyle(shadowQuery(tracker, '[part="base"]')!).backgroundColor);
  return `#${[r, g, b].map((channel) => channel.toString(16).padStart(2, '0')).join('')}`;
}

describe('theming', () => {
  let order: Order;
  before(async () => {
    order = ((await import(FIXTURES_URL)) as FixturesModule).ORDERS_BY_STATUS.in_transit;
  });
  afterEach(async () => {
    cleanupFixtures();
    await emulateMedia({ colorScheme: 'light', forcedColors: 'none', reducedMotion: 'no-preference' });
  });

  async function tracker(markup = '<tx-order-tracker locale="en"></tx-order-tracker>'): Promise<TxOrderTracker> {
    const container = await fixture(markup);
    const element = (
      container.localName === 'tx-order-tracker' ? container : container.querySelector('tx-order-tracker')
    ) as TxOrderTracker;
    element.order = order;
    await element.updateComplete;
    return element;
  }

  it('follows prefers-color-scheme, unless theme="light|dark" pins it', async () => {
    const auto = await tracker();
    const light = await tracker('<tx-order-tracker theme="light"></tx-order-tracker>');
    const dark = await tracker('<tx-order-tracker theme="dark"></tx-order-tracker>');
    deepEqual([surfaceOf(auto), surfaceOf(light), surfaceOf(dark)], [LIGHT_PALETTE.surface, LIGHT_PALETTE.surface, DARK_PALETTE.surface], 'system light'); // prettier-ignore
    await emulateMedia({ colorScheme: 'dark' });
    deepEqual([surfaceOf(auto), surfaceOf(light), surfaceOf(dark)], [DARK_PALETTE.surface, LIGHT_PALETTE.surface, DARK_PALETTE.surface], 'system dark'); // prettier-ignore
    equal(getComputedStyle(shadowQuery(dark, '[part="base"]')!).colorScheme, 'dark', 'native parts follow the theme');
  });

  it('takes the provider’s theme; an element’s own theme wins', async () => {
    const provider = await fixture<TxProvider>(
      '<tx-provider theme="dark"><tx-order-tracker></tx-order-tracker><tx-order-tracker theme="light"></tx-order-tracker></tx-provider>',
    );
    const [inherits, own] = [...provider.querySelectorAll('tx-order-tracker')] as TxOrderTracker[];
    for (const element of [inherits!, own!]) element.order = order;
    await Promise.all([inherits!.updateComplete, own!.updateComplete]);
    deepEqual([surfaceOf(inherits!), surfaceOf(own!)], [DARK_PALETTE.surface, LIGHT_PALETTE.surface], 'surfaces');
    provider.theme = 'auto';
    await waitUntil(
      () => surfaceOf(inherits!) === LIGHT_PALETTE.surface,
      'the provider switches back to the system scheme',
    );
  });

  it('maps appearance variables onto the --tx-* tokens', () => {
    deepEqual(
      appearanceTokens({ theme: 'flat', variables: { colorPrimary: '#0a6b47', density: 'compact', fontWeightStrong: 700, borderRadius: '' } }),
      { '--tx-border-width': '0px', '--tx-radius': '0.375rem', '--tx-color-accent': '#0a6b47', '--tx-density': '0.75', '--tx-font-weight-strong': '700' },
      'flat preset, then variables; empty values ignored',
    ); // prettier-ignore
    deepEqual(appearanceTokens(undefined), {}, 'no appearance, no tokens');
    for (const token of Object.values(APPEARANCE_TOKENS))
      assert(token.startsWith('--tx-'), `${token} is a public token`);
  });

  it('applies the provider’s appearance to the elements inside', async () => {
    const appearance: Appearance = {
      variables: {
        colorPrimary: '#0a6b47',
        colorOnPrimary: '#ffffff',
        borderRadius: '4px',
        density: 'compact',
        fontFamily: 'Georgia, serif',
      },
    };
    const provider = await fixture<TxProvider>('<tx-provider><tx-order-tracker></tx-order-tracker></tx-provider>');
    provider.appearance = appearance;
    const element = provider.querySelector('tx-order-tracker')!;
    element.orderId = 'ord_storyintransit';
    element.client = { orders: { get: networkDown } };
    const retry = await waitUntil(() => shadowQuery(element, '[part="retry-button"]'), 'Retry appears');
    const base = shadowQuery(element, '[part="base"]')!;
    equal(getComputedStyle(retry).backgroundColor, 'rgb(10, 107, 71)', 'colorPrimary → button background');
    equal(getComputedStyle(base).borderTopLeftRadius, '4px', 'borderRadius → card corners');
    equal(getComputedStyle(base).rowGap, '12px', 'density compact: gap 0.5rem × 0.75 × 2');
    assert(getComputedStyle(base).fontFamily.startsWith('Georgia'), 'fontFamily');

    provider.appearance = { theme: 'night' };
    await waitUntil(() => surfaceOf(element) === DARK_PALETTE.surface, 'night is dark on a light system');
    equal(getComputedStyle(retry).borderTopLeftRadius === '4px', false, 'the previous variables are gone');

    provider.appearance = { variables: { colorPrimary: 'red; color: blue', fontFamily: '} :host { display: none' } };
    await provider.updateComplete;
    equal(
      getComputedStyle(shadowQuery(element, '[part="retry-button"]')!).backgroundColor,
      parseColourString(LIGHT_PALETTE.accent),
      'an invalid value is ignored',
    );
    assert(getComputedStyle(element).display !== 'none', 'values cannot inject rules');
  });

  it('page CSS on the element wins over the appearance', async () => {
    const provider = await fixture<TxProvider>(
      '<tx-provider><tx-order-tracker style="--tx-color-surface: #fafaf0"></tx-order-tracker></tx-provider>',
    );
    provider.appearance = { variables: { colorBackground: '#000000', colorText: '#ffffff' } };
    const element = provider.querySelector('tx-order-tracker')!;
    element.order = order;
    await waitUntil(() => surfaceOf(element) === '#fafaf0', 'the element’s own token');
  });

  it('keeps borders and system colours in forced-colours mode, even when flat', async () => {
    const provider = await fixture<TxProvider>('<tx-provider><tx-order-tracker></tx-order-tracker></tx-provider>');
    provider.appearance = { theme: 'flat' };
    const element = provider.querySelector('tx-order-tracker')!;
    element.order = order;
    await element.updateComplete;
    await provider.updateComplete;
    const base = shadowQuery(element, '[part="base"]')!;
    equal(getComputedStyle(base).borderTopWidth, '0px', 'flat: no card border');
    await emulateMedia({ forcedColors: 'active' });
    equal(getComputedStyle(base).borderTopWidth, '1px', 'forced colours: the border is back');
    equal(getComputedStyle(base).getPropertyValue('--_text').trim(), 'CanvasText', 'text is the system colour');
  });

  it('animates the loading placeholder, and not when reduced motion is preferred', async () => {
    const element = await tracker();
    element.order = undefined;
    element.orderId = 'ord_storyintransit';
    element.client = { orders: { get: () => new Promise<Order>(() => {}) } };
    await element.updateComplete;
    assert(element.shadowRoot!.getAnimations().length > 0, 'the skeleton pulses');
    await emulateMedia({ reducedMotion: 'reduce' });
    await waitUntil(() => element.shadowRoot!.getAnimations().length === 0, 'no animation with reduced motion');
  });

  describe('focus is visible in every theme', () => {
    const themes: {
      name: string;
      media: Parameters<typeof emulateMedia>[0];
      attribute?: string;
      appearance?: Appearance;
    }[] = [
      { name: 'light', media: { colorScheme: 'light' } },
      { name: 'dark (system)', media: { colorScheme: 'dark' } },
      { name: 'dark (attribute)', media: { colorScheme: 'light' }, attribute: 'dark' },
      { name: 'night appearance', media: { colorScheme: 'light' }, appearance: { theme: 'night' } },
      { name: 'flat appearance', media: { colorScheme: 'light' }, appearance: { theme: 'flat' } },
      { name: 'forced colours', media: { forcedColors: 'active' } },
    ];
    for (const theme of themes) {
      it(`${theme.name}: Tab to Try again, Enter, focus on the heading; both with a ≥ 2 px ring at ≥ 3:1`, async () => {
        await emulateMedia(theme.media);
        let fail = true;
        const container = await fixture(
          `<div><button>Before</button><tx-provider ${theme.attribute ? `theme="${theme.attribute}"` : ''}><tx-order-tracker locale="en"></tx-order-tracker></tx-provider></div>`,
        );
        const provider = container.querySelector('tx-provider') as TxProvider;
        if (theme.appearance) provider.appearance = theme.appearance;
        const element = container.querySelector('tx-order-tracker')!;
        element.orderId = 'ord_storyintransit';
        element.client = { orders: { get: () => (fail ? networkDown() : Promise.resolve(order)) } };
        const retry = await waitUntil(() => shadowQuery(element, '[part="retry-button"]'), 'Retry appears');

        container.querySelector('button')!.focus();
        await sendKeys({ press: 'Tab' });
        equal(deepActiveElement(), retry, 'Tab reaches Try again');
        expectVisibleFocus(retry, 'Try again');

        fail = false;
        await sendKeys({ press: 'Enter' });
        const heading = await waitUntil(() => shadowQuery(element, '[part="heading"]'), 'the order loads');
        await waitUntil(() => deepActiveElement() === heading, 'focus moves to the heading');
        expectVisibleFocus(heading, 'order heading');
      });
    }
  });
});

function parseColourString(hex: string): string {
  const { r, g, b } = parseColour(hex);
  return `rgb(${r}, ${g}, ${b})`;
}

/** A solid outline of at least 2 CSS px whose colour contrasts ≥ 3:1 (WCAG 1.4.11) with what is behind it. */
function expectVisibleFocus(element: HTMLElement, what: string): void {
  assert(element.matches(':focus-visible'), `${what} matches :focus-visible`);
  const style = getComputedStyle(element);
  assert(
    style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
    `${what}: outline ${style.outlineStyle} ${style.outlineWidth}`,
  );
  const ring = parseColour(style.outlineColor);
  const behind = effectiveBackground(element.parentElement ?? element);
  const ratio = contrastRatio(ring, behind);
  assert(ratio >= 3, `${what}: focus ring ${style.outlineColor} on its background has contrast ${ratio.toFixed(2)}:1`);
}

// The buyer's Display setting (text size, high contrast): set by keyboard in the privacy centre, applied
// to every element on the page through tx-provider, remembered on the device; system contrast settings.
import { sendKeys } from '@web/test-runner-commands';
import type { TxOrderTracker } from '../../packages/elements/src/order-tracker/order-tracker.js';
import type { TxProvider } from '../../packages/elements/src/provider/provider.js';
import { equal, includes } from '../browser-support/assert.js';
import { expectNoAxeViolations } from '../browser-support/axe.js';
import { fixture, textOf, waitUntil } from '../browser-support/dom.js';
import { freshBuyer, privacyCenterHooks, q } from '../browser-support/privacy-center.js';
import { apiConfig, command, createOrder } from '../browser-support/tx-api.js';

const KEY = 'txassist-display';
const TAGS = ['tx-privacy-center', 'tx-order-tracker', 'tx-checkout-helper'] as const;

/** The element's themed root (its text size and colours). */
const themeOf = (element: Element) => element.shadowRoot?.querySelector<HTMLElement>('.theme') ?? null;
const fontSize = (element: Element) => {
  const theme = themeOf(element);
  return theme ? getComputedStyle(theme).fontSize : '';
};
const token = (element: Element, name: string) => {
  const theme = themeOf(element);
  return theme ? getComputedStyle(theme).getPropertyValue(name).trim() : '';
};

async function page(withProvider: boolean): Promise<Element[]> {
  const buyer = await freshBuyer();
  const order = await createOrder(buyer.id);
  const config = await apiConfig();
  const container = document.createElement(withProvider ? 'tx-provider' : 'div');
  if (withProvider) {
    const provider = container as TxProvider;
    provider.apiBase = config.apiBase;
    provider.publishableKey = config.publishableKey;
    provider.sessionToken = buyer.token;
    provider.locale = 'en';
  }
  const elements = TAGS.map((tag) => document.createElement(tag));
  const tracker = elements[1] as TxOrderTracker;
  tracker.orderId = order.id;
  if (!withProvider) {
    for (const element of elements as HTMLElement[]) element.setAttribute('locale', 'en');
  }
  container.append(...elements);
  await fixture(container);
  return elements;
}

async function everyElement(elements: Element[], size: string, text: string): Promise<void> {
  for (const element of elements) {
    await waitUntil(
      () => fontSize(element) === size && token(element, '--_text') === text,
      `${element.localName} at ${size}, text ${text}`,
    );
  }
}

describe('Display setting', function () {
  this.timeout(90_000);
  privacyCenterHooks();
  beforeEach(() => localStorage.removeItem(KEY));
  afterEach(async () => {
    localStorage.removeItem(KEY);
    await command('tx-media-features', {
      features: [
        { name: 'prefers-contrast', value: '' },
        { name: 'forced-colors', value: '' },
      ],
    });
  });

  it('is set by keyboard in the privacy centre, applies to every element through the provider, and is remembered', async () => {
    const elements = await page(true);
    const [privacy] = elements;
    await everyElement(elements, '16px', '#1a1a1a');
    const first = await waitUntil(() => q<HTMLInputElement>(privacy!, '.display-sizes input'), 'the Display section');
    await expectNoAxeViolations(privacy!);

    first.focus();
    for (let step = 0; step < 4; step++) await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });

    await everyElement(elements, '32px', '#000000');
    const status = q(privacy!, '.display [role="status"]');
    includes(textOf(status), 'Text size 200%, high contrast on.', 'the last change is announced');
    equal(JSON.parse(localStorage.getItem(KEY) ?? 'null')?.textScale, 2, 'remembered on the device');
    for (const element of elements) await expectNoAxeViolations(element);

    // A new page (no provider this time) reads the setting from the device.
    document.querySelector('tx-provider')?.remove();
    const again = await page(false);
    await everyElement(again, '32px', '#000000');
    const [privacyAgain] = again;
    const checked = await waitUntil(
      () => q<HTMLInputElement>(privacyAgain!, '.display-sizes input:checked'),
      'the choice',
    );
    includes(textOf(checked.parentElement), '200', 'the section shows the remembered size');
  });

  it('honours prefers-contrast: more and forced colours without a setting', async () => {
    const elements = await page(false);
    await everyElement(elements, '16px', '#1a1a1a');
    await command('tx-media-features', { features: [{ name: 'prefers-contrast', value: 'more' }] });
    await everyElement(elements, '16px', '#000000');
    await command('tx-media-features', { features: [{ name: 'forced-colors', value: 'active' }] });
    await everyElement(elements, '16px', 'CanvasText');
    for (const element of elements) {
      const theme = themeOf(element)!;
      // Focus rings and borders in system colours: shapes stay visible without author colours.
      equal(token(element, '--_focus'), 'Highlight', `${element.localName} focus ring`);
      equal(token(element, '--_border'), 'CanvasText', `${element.localName} borders`);
      equal(getComputedStyle(theme).forcedColorAdjust, 'auto', `${element.localName} lets the system colour it`);
    }
  });
});

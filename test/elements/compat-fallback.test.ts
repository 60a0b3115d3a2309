/**
 * The unsupported-browser fallback (`cdn/compat.js`, built by `npm run bundle` from
 * scripts/compat-fallback.mjs): with a feature the elements need deleted before the script loads, every
 * `tx-*` tag on the page gets the plain message and the alternatives (the guest lookup page, email) in
 * its language (English, Arabic right to left), reachable by keyboard, axe-clean; `tx-provider` only
 * wraps; with every feature there the script writes nothing. No element is defined on this page, as in
 * a browser that cannot run them.
 */
import { sendKeys } from '@web/test-runner-commands';
import { assert, deepEqual, equal } from '../browser-support/assert.js';
import { expectNoAxeViolations } from '../browser-support/axe.js';
import { cleanupFixtures, deepActiveElement, fixture, textOf } from '../browser-support/dom.js';

const SCRIPT = '/packages/elements/cdn/compat.js';
let runs = 0;

declare global {
  interface Window {
    txassistCompat?: { supported: boolean; apply(): number };
  }
}

/** Loads the classic script afresh (a new URL runs it again), as a creator's page would. */
async function loadCompatScript(attributes: Record<string, string> = {}): Promise<void> {
  const script = document.createElement('script');
  script.src = `${SCRIPT}?run=${++runs}`;
  for (const [name, value] of Object.entries(attributes)) script.setAttribute(name, value);
  const loaded = new Promise<void>((resolve, reject) => {
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`${SCRIPT} did not load: run npm run bundle first`));
  });
  document.head.append(script);
  await loaded;
  script.remove();
}

/** Deletes a feature the elements need, for the test; gives back a function that restores it. */
function remove(owner: object, name: string): () => void {
  const descriptor = Object.getOwnPropertyDescriptor(owner, name);
  assert(descriptor, `${name} exists before the test`);
  delete (owner as Record<string, unknown>)[name];
  assert(!(name in owner), `${name} is gone`);
  return () => Object.defineProperty(owner, name, descriptor);
}

const PAGE = `<div>
  <tx-help-assistant lookup-href="/orders/lookup"></tx-help-assistant>
  <tx-order-tracker locale="ar" order-id="ord_unused"></tx-order-tracker>
  <tx-provider><tx-checkout-helper></tx-checkout-helper></tx-provider>
</div>`;

const fallbackOf = (element: Element) => element.querySelector(':scope > [data-tx-unsupported]');

async function tabTo(matches: (focused: Element) => boolean, what: string): Promise<Element> {
  for (let presses = 0; presses < 20; presses++) {
    const focused = deepActiveElement();
    if (focused && matches(focused)) return focused;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab never reached ${what}`);
}

describe('cdn/compat.js: the unsupported-browser fallback', () => {
  afterEach(() => cleanupFixtures());

  const missing: [string, () => () => void][] = [
    ['ElementInternals', () => remove(HTMLElement.prototype, 'attachInternals')],
    ['<dialog>', () => remove(window, 'HTMLDialogElement')],
  ];
  for (const [feature, removeFeature] of missing) {
    it(`without ${feature}: every tx-* tag says so in its language, with the lookup page and email — keyboard, axe`, async () => {
      const page = await fixture(PAGE);
      const restore = removeFeature();
      try {
        await loadCompatScript({ 'data-support-email': 'help@shop.example' });
      } finally {
        restore();
      }
      equal(window.txassistCompat?.supported, false, 'the script saw the missing feature');

      const assistant = page.querySelector('tx-help-assistant')!;
      const tracker = page.querySelector('tx-order-tracker')!;
      const checkout = page.querySelector('tx-checkout-helper')!;
      const provider = page.querySelector('tx-provider')!;
      const english = fallbackOf(assistant);
      assert(english, 'the help assistant got the fallback');
      equal(
        textOf(english.querySelector('p')),
        'This browser can’t show this part of the page. Update your browser or open this page in another one. Until then:',
      );
      const links = [...english.querySelectorAll('a')].map((a) => [a.getAttribute('href'), textOf(a)]);
      deepEqual(links, [
        ['/orders/lookup', 'Find your order by its number and email'],
        ['mailto:help@shop.example', 'Email us at help@shop.example'],
      ]);

      const arabic = fallbackOf(tracker);
      assert(arabic, 'the tracker got the fallback');
      equal(arabic.getAttribute('lang'), 'ar');
      equal(arabic.getAttribute('dir'), 'rtl');
      equal(textOf(arabic.querySelector('strong')), 'لا يستطيع هذا المتصفح عرض هذا الجزء من الصفحة.');
      equal(textOf(arabic.querySelector('a[href^="mailto:"]')), 'راسلنا على help@shop.example');
      equal(arabic.querySelector('a[href="/orders/lookup"]'), null, 'no lookup link where the page gave none');

      assert(fallbackOf(checkout), 'the element inside the provider got the fallback');
      equal(fallbackOf(provider), null, 'the provider itself only wraps');
      await expectNoAxeViolations(page);

      // Loaded twice (or `txassistCompat.apply()` after adding tags): nothing is written twice.
      const restoreAgain = removeFeature();
      try {
        equal(window.txassistCompat!.apply(), 0, 'tags that have the fallback keep one');
      } finally {
        restoreAgain();
      }

      // Keyboard: the alternatives are ordinary links.
      (document.activeElement as HTMLElement | null)?.blur();
      const lookup = await tabTo((focused) => focused.getAttribute('href') === '/orders/lookup', 'the lookup link');
      assert(english.contains(lookup), 'the lookup link is the assistant’s');
      await tabTo((focused) => focused.getAttribute('href') === 'mailto:help@shop.example', 'the email link');
    });
  }

  it('in a browser with every feature it writes nothing', async () => {
    const page = await fixture(PAGE);
    await loadCompatScript({ 'data-support-email': 'help@shop.example' });
    equal(window.txassistCompat?.supported, true);
    equal(page.querySelectorAll('[data-tx-unsupported]').length, 0);
    equal(window.txassistCompat!.apply(), 0);
  });
});

/**
 * `<tx-help-assistant>` "Transaction failed" on the real reference server, keyboard only, in English
 * and Arabic: a buyer of its own whose card was declined opens the view (loaded with `import()`),
 * reads the cause in the buyer-safe words of the decline code with the steps, and "Try another card"
 * is the `tx-assistant-action` that resumes that checkout; then the address rules of a country chosen
 * with the arrow keys, and a postal code checked against the contract's rules (wrong, then right) —
 * zero axe violations at every step, no Lit warnings.
 */
import { sendKeys } from '@web/test-runner-commands';
import '../../packages/elements/src/help-assistant/define.js';
import type { TxAssistantActionEvent } from '../../packages/elements/src/events/assistant-action.js';
import type { TxHelpAssistant } from '../../packages/elements/src/help-assistant/help-assistant.js';
import { deepEqual, equal, includes } from '../browser-support/assert.js';
import { expectNoAxeViolations } from '../browser-support/axe.js';
import { cleanupFixtures, deepActiveElement, fixture, shadowQuery, textOf, waitUntil } from '../browser-support/dom.js';
import { watchLitWarnings } from '../browser-support/lit-warnings.js';
import { apiConfig, declinedOrder, freshBuyer } from '../browser-support/tx-api.js';

const q = <T extends Element = HTMLElement>(element: Element, selector: string) => shadowQuery<T>(element, selector);
const shown = (element: Element, selector: string) =>
  waitUntil(() => q(element, selector), `${selector} is shown`, 20_000);
const liveText = (element: Element) => textOf(q(element, '[part="status-message"]'));

async function tabTo(matches: (focused: Element) => boolean, what: string): Promise<void> {
  for (let presses = 0; presses < 60; presses++) {
    const focused = deepActiveElement();
    if (focused && matches(focused)) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab never reached ${what}`);
}
const partIs = (part: string) => (focused: Element) => focused.getAttribute('part') === part;
const idIs = (id: string) => (focused: Element) => focused.id === id;

/** What each locale must say (the catalogs' words; the country name comes from Intl). */
const WORDS = {
  en: {
    button: 'Transaction failed?',
    heading: 'Transaction failed',
    cause: 'Your bank declined the payment without giving a reason.',
    action: 'Try another card',
    region: (country: string) => `State, province or region: required in ${country}.`,
    invalid: (country: string) => `1234 is not a postal code of ${country}.`,
    valid: (country: string) => `100-0001 is a valid postal code for ${country}.`,
  },
  ar: {
    button: 'هل فشلت المعاملة؟',
    heading: 'فشلت المعاملة',
    cause: 'رفض البنك الدفع دون ذكر السبب.',
    action: 'جرّب بطاقة أخرى',
    region: (country: string) => `الولاية أو المحافظة أو المنطقة: مطلوبة في ${country}.`,
    invalid: (country: string) => `1234 ليس رمزًا بريديًا في ${country}.`,
    valid: (country: string) => `100-0001 رمز بريدي صالح في ${country}.`,
  },
} as const;

async function mount(token: string, locale: string) {
  const config = await apiConfig();
  const element = document.createElement('tx-help-assistant');
  element.locale = locale;
  element.apiBase = config.apiBase;
  element.publishableKey = config.publishableKey;
  element.sessionToken = token;
  return fixture<TxHelpAssistant>(element);
}

describe('<tx-help-assistant> "Transaction failed" on the real server', () => {
  let litWarnings: ReturnType<typeof watchLitWarnings>;
  before(() => {
    litWarnings = watchLitWarnings();
  });
  after(() => deepEqual(litWarnings.stop(), [], 'Lit dev-mode warnings'));
  afterEach(() => cleanupFixtures());

  for (const locale of ['en', 'ar'] as const) {
    it(`${locale}: the declined payment's cause and steps, "Try another card", the address rules — keyboard only`, async function () {
      this.timeout(120_000);
      const words = WORDS[locale];
      const buyer = await freshBuyer('wtr-trouble');
      const declined = await declinedOrder(buyer);
      const element = await mount(buyer.token, locale);
      await shown(element, '[part="suggestion"][data-code="payment_failed"]');
      await waitUntil(() => textOf(q(element, '[part="trouble-button"]')) === words.button, `the ${locale} button`);

      element.focus();
      await tabTo(partIs('trouble-button'), '"Transaction failed?"');
      await sendKeys({ press: 'Enter' });
      const cause = await shown(element, '[part="trouble-cause"]');
      await waitUntil(() => deepActiveElement()?.id === 'heading', 'focus on the view’s heading');
      await waitUntil(() => textOf(q(element, '#heading')) === words.heading, `the ${locale} heading`);
      equal(cause.getAttribute('data-code'), 'generic_decline', 'the buyer-safe decline code');
      await waitUntil(() => textOf(cause).includes(words.cause), 'the cause in the buyer’s language');
      const attempts = [...element.shadowRoot!.querySelectorAll<HTMLInputElement>('[part="trouble-attempts"] input')];
      equal(attempts.length, 1, 'the one failed attempt of this buyer');
      equal(attempts[0]!.checked, true, 'and it is picked');
      await expectNoAxeViolations(element);

      const actions: TxAssistantActionEvent[] = [];
      element.addEventListener('tx-assistant-action', (event) => actions.push(event));
      await tabTo(partIs('trouble-action'), 'Try another card');
      equal(textOf(deepActiveElement()), words.action);
      await sendKeys({ press: 'Enter' });
      equal(actions.length, 1);
      equal(actions[0]!.action, 'try_another_card');
      equal(actions[0]!.code, 'payment_failed');
      equal(actions[0]!.orderId, declined.order_id);
      equal(actions[0]!.checkoutId, declined.checkout_id);

      // The address rules: Japan, chosen with the arrow keys.
      await tabTo(idIs('trouble-country'), 'the country');
      const select = q<HTMLSelectElement>(element, '#trouble-country')!;
      const key =
        select.selectedIndex < [...select.options].findIndex((option) => option.value === 'JP')
          ? 'ArrowDown'
          : 'ArrowUp';
      for (let presses = 0; presses < 60 && select.value !== 'JP'; presses++) await sendKeys({ press: key });
      equal(select.value, 'JP');
      const japan = new Intl.DisplayNames(locale, { type: 'region' }).of('JP')!;
      const fields = q(element, '[part="trouble-fields"]')!;
      await waitUntil(() => fields.getAttribute('data-country') === 'JP', 'the rules follow the country');
      includes(textOf(fields), words.region(japan));
      await expectNoAxeViolations(element);

      await tabTo(idIs('trouble-postal-code'), 'the postal code');
      await sendKeys({ type: '1234' });
      await sendKeys({ press: 'Enter' });
      const result = q(element, '[part="trouble-postal-result"]')!;
      await waitUntil(() => result.getAttribute('data-result') === 'invalid', 'a wrong postal code is refused');
      includes(textOf(result), words.invalid(japan));
      equal(q(element, '#trouble-postal-code')!.getAttribute('aria-invalid'), 'true');
      equal(liveText(element), textOf(result), 'and announced');
      await expectNoAxeViolations(element);

      for (let i = 0; i < 4; i++) await sendKeys({ press: 'Backspace' });
      await sendKeys({ type: '100-0001' });
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => result.getAttribute('data-result') === 'ok', 'a right postal code fits');
      includes(textOf(result), words.valid(japan));
      equal(q(element, '#trouble-postal-code')!.getAttribute('aria-invalid'), 'false');
      await expectNoAxeViolations(element);

      await tabTo(partIs('back-button'), 'Back');
      await sendKeys({ press: 'Enter' });
      await shown(element, '[part="suggestions"]');
    });
  }

  it('a buyer without a failed payment is told so, with the address help still there', async function () {
    this.timeout(60_000);
    const buyer = await freshBuyer('wtr-trouble-none');
    const element = await mount(buyer.token, 'en');
    await shown(element, '[part="base"]');
    await waitUntil(() => !q(element, '[aria-busy="true"]'), 'the suggestions are loaded', 20_000);
    element.focus();
    await tabTo(partIs('trouble-button'), '"Transaction failed?"');
    await sendKeys({ press: 'Enter' });
    const payments = await shown(element, '[part="trouble-payments"]');
    await waitUntil(
      () => textOf(payments).includes('None of your recent orders has a failed payment.'),
      'said plainly',
    );
    equal(q(element, '[part="trouble-action"]'), null, 'no "Try another card" without an attempt');
    await shown(element, '[part="trouble-fields"]');
    await expectNoAxeViolations(element);
  });
});

/**
 * `<tx-help-assistant>`'s "Can't sign in or find your order?" on the real reference server, keyboard
 * only, in English and Arabic: a buyer without a session asks for a code by email, gets it over real
 * SMTP (the back end's capture), and signs in to their own orders; a malformed email and a wrong code
 * are told in words with the next step — zero axe violations at every step.
 */
import { sendKeys } from '@web/test-runner-commands';
import '../../packages/elements/src/help-assistant/define.js';
import type { TxHelpAssistant } from '../../packages/elements/src/help-assistant/help-assistant.js';
import { deepEqual, equal, includes } from '../browser-support/assert.js';
import { expectNoAxeViolations } from '../browser-support/axe.js';
import { cleanupFixtures, deepActiveElement, fixture, shadowQuery, textOf, waitUntil } from '../browser-support/dom.js';
import { watchLitWarnings } from '../browser-support/lit-warnings.js';
import { apiConfig, createOrder, freshBuyer, mailedCode } from '../browser-support/tx-api.js';

const q = <T extends Element = HTMLElement>(element: Element, selector: string) => shadowQuery<T>(element, selector);
const shown = (element: Element, selector: string) =>
  waitUntil(() => q(element, selector), `${selector} is shown`, 20_000);
const focusedId = () => deepActiveElement()?.id;

async function tabTo(part: string): Promise<void> {
  for (let presses = 0; presses < 40; presses++) {
    if (deepActiveElement()?.getAttribute('part') === part) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab never reached ${part}`);
}

const WORDS = {
  en: {
    button: 'Can’t sign in or find your order?',
    emailInvalid: 'Enter an email address like name@example.com.',
    sent: 'we’ve sent it a 6-digit code',
    signedIn: 'You’re signed in. Here are your orders.',
  },
  ar: {
    button: 'لا تستطيع تسجيل الدخول أو العثور على طلبك؟',
    emailInvalid: 'أدخل عنوان بريد إلكتروني مثل name@example.com.',
    sent: 'فقد أرسلنا إليه رمزًا من 6 أرقام',
    signedIn: 'تم تسجيل دخولك. إليك طلباتك.',
  },
} as const;

describe('<tx-help-assistant> "Can’t sign in" on the real server', () => {
  let litWarnings: ReturnType<typeof watchLitWarnings>;
  before(() => {
    litWarnings = watchLitWarnings();
  });
  after(() => deepEqual(litWarnings.stop(), [], 'Lit dev-mode warnings'));
  afterEach(() => cleanupFixtures());

  for (const locale of ['en', 'ar'] as const) {
    it(`${locale}: no session → email → code by email → signed in to the buyer’s own orders — keyboard only`, async function () {
      this.timeout(90_000);
      const words = WORDS[locale];
      const buyer = await freshBuyer('wtr-sign-in');
      const order = await createOrder(buyer.id);
      const config = await apiConfig();
      const element = document.createElement('tx-help-assistant');
      element.locale = locale;
      element.apiBase = config.apiBase;
      element.publishableKey = config.publishableKey;
      element.lookupHref = '/orders/lookup';
      await fixture<TxHelpAssistant>(element);
      await waitUntil(() => textOf(q(element, '[part="error"]')), 'no session: the error is shown');
      includes(textOf(q(element, '[part="error"]')), 'unauthenticated');

      await waitUntil(
        () => textOf(q(element, '[part="sign-in-button"]')) === words.button,
        `the ${locale} catalog is shown`,
      );
      element.focus();
      await tabTo('sign-in-button');
      equal(textOf(deepActiveElement()), words.button);
      await sendKeys({ press: 'Enter' });
      await shown(element, '[part="sign-in-form"]');
      await waitUntil(() => focusedId() === 'heading', 'focus on the sign-in heading');
      equal(q(element, '[part="lookup-link"]')?.getAttribute('href'), '/orders/lookup');
      if (locale === 'ar') equal(element.getAttribute('dir'), 'rtl');
      await expectNoAxeViolations(element);

      // Bad input first: told in words, next to the field.
      await sendKeys({ press: 'Tab' });
      equal(focusedId(), 'sign-in-email');
      await sendKeys({ type: 'not-an-email' });
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => textOf(q(element, '#sign-in-error')) === words.emailInvalid, 'the email problem is said');
      equal(q(element, '#sign-in-email')?.getAttribute('aria-invalid'), 'true');
      await expectNoAxeViolations(element);

      const input = q<HTMLInputElement>(element, '#sign-in-email')!;
      input.select();
      await sendKeys({ type: buyer.email });
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => focusedId() === 'sign-in-code', 'focus on the code field');
      includes(textOf(q(element, '#sign-in-sent')), words.sent);
      includes(textOf(q(element, '#sign-in-sent')), buyer.email);
      await expectNoAxeViolations(element);

      // A wrong code: the API's refusal in the buyer's words, with its code to quote.
      const code = await mailedCode(buyer.email);
      await sendKeys({ type: code === '000000' ? '111111' : '000000' });
      await sendKeys({ press: 'Enter' });
      await waitUntil(
        () => textOf(q(element, '#sign-in-error')).includes('verification_failed'),
        'the wrong code is said',
      );
      await expectNoAxeViolations(element);

      const codeInput = q<HTMLInputElement>(element, '#sign-in-code')!;
      codeInput.focus();
      codeInput.select();
      await sendKeys({ type: code });
      await sendKeys({ press: 'Enter' });
      const suggestion = await shown(element, `[part="suggestion"]`);
      includes(textOf(suggestion), order.number);
      await waitUntil(
        () => textOf(q(element, '[part="status-message"]')).startsWith(words.signedIn),
        'signed in is announced',
      );
      await waitUntil(() => focusedId() === 'heading', 'focus back on the suggestions’ heading');
      equal(textOf(q(element, '[part="error"]')), '', 'no error left');
      await expectNoAxeViolations(element);
    });
  }
});

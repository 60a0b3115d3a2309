/**
 * Issue 16, found on `npm start`: "Get help" on a delivered order opened the assistant on "nothing
 * needs your attention" although the same buyer had an order waiting for payment. Opened about an
 * order, the assistant now starts with that order's next step, and an unpaid order is always a
 * suggestion ("Pay now") — on the real server, keyboard only, zero axe violations, en and ar.
 */
import { sendKeys } from '@web/test-runner-commands';
import '../../packages/elements/src/help-assistant/define.js';
import type { TxAssistantActionEvent } from '../../packages/elements/src/events/assistant-action.js';
import type { TxHelpAssistant } from '../../packages/elements/src/help-assistant/help-assistant.js';
import { deepEqual, equal, includes } from '../browser-support/assert.js';
import { expectNoAxeViolations } from '../browser-support/axe.js';
import { cleanupFixtures, deepActiveElement, fixture, textOf, waitUntil } from '../browser-support/dom.js';
import { apiConfig, createOrder, deliveredOrder, freshBuyer } from '../browser-support/tx-api.js';

const WORDS = {
  en: { report: 'Report a problem', pay: 'Pay now' },
  ar: { report: 'الإبلاغ عن مشكلة', pay: null },
} as const;

describe('<tx-help-assistant> opened about an order', () => {
  afterEach(() => cleanupFixtures());

  for (const locale of ['en', 'ar'] as const) {
    it(`${locale}: the order asked about comes first with its next step; the unpaid order offers Pay now`, async function () {
      this.timeout(90_000);
      const buyer = await freshBuyer('wtr-assistant-context');
      const delivered = await deliveredOrder(buyer.id);
      const unpaid = await createOrder(buyer.id);
      const config = await apiConfig();
      const element = document.createElement('tx-help-assistant');
      element.locale = locale;
      element.apiBase = config.apiBase;
      element.publishableKey = config.publishableKey;
      element.sessionToken = buyer.token;
      element.orderId = delivered.id;
      await fixture<TxHelpAssistant>(element);

      await waitUntil(
        () => element.shadowRoot!.querySelectorAll('[part="suggestion"]').length === 2,
        'two suggestions shown',
        20_000,
      );
      const items = [...element.shadowRoot!.querySelectorAll<HTMLElement>('[part="suggestion"]')];
      deepEqual(
        items.map((item) => [item.dataset.code, item.querySelector<HTMLElement>('[part="action"]')?.dataset.action]),
        [
          ['order_help', 'report_problem'],
          ['payment_pending', 'pay_now'],
        ],
        'the delivered order first, then the unpaid one',
      );
      includes(textOf(items[0]!), delivered.number);
      includes(textOf(items[1]!), unpaid.number);
      await waitUntil(
        () => textOf(items[0]!.querySelector('[part="action"]')) === WORDS[locale].report,
        `the ${locale} catalog is shown`,
      );
      if (WORDS[locale].pay) equal(textOf(items[1]!.querySelector('[part="action"]')), WORDS[locale].pay);
      await expectNoAxeViolations(element);

      const actions: TxAssistantActionEvent[] = [];
      element.addEventListener('tx-assistant-action', (event) => actions.push(event));
      element.focus();
      for (let presses = 0; presses < 20 && deepActiveElement()?.getAttribute('part') !== 'action'; presses++) {
        await sendKeys({ press: 'Tab' });
      }
      equal(textOf(deepActiveElement()), WORDS[locale].report, 'Tab reaches the first next step');
      await sendKeys({ press: 'Enter' });
      deepEqual(
        actions.map((action) => [action.action, action.orderId]),
        [['report_problem', delivered.id]],
      );
    });
  }
});

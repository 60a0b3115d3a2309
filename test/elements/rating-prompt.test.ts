/**
 * The rating prompt (internal, lazily loaded) in `<tx-refund-request>`'s resolved state, on the real
 * reference server, keyboard only, in English and Arabic: a send without a rating is refused with an
 * alert, a rating and a comment are sent, the thanks takes focus; zero axe violations at every step.
 */
import { sendKeys } from '@web/test-runner-commands';
import '../../packages/elements/src/index.js';
import type { TxRefundRequest } from '../../packages/elements/src/refund-request/refund-request.js';
import { equal } from '../browser-support/assert.js';
import { expectNoAxeViolations } from '../browser-support/axe.js';
import { buyerWithDeliveredOrder, mountCaseForm, q, tabTo } from '../browser-support/case-e2e.js';
import { cleanupFixtures, deepActiveElement, shadowQuery, textOf, waitUntil } from '../browser-support/dom.js';

const WORDS = {
  en: {
    heading: 'How did we do?',
    required: 'Choose a rating from 1 to 5, then send.',
    thanks: 'Thank you! Your feedback was sent.',
  },
  ar: {
    heading: 'كيف كانت تجربتك معنا؟',
    required: 'اختر تقييمًا من 1 إلى 5، ثم أرسله.',
    thanks: 'شكرًا لك! تم إرسال تقييمك.',
  },
} as const;

describe('rating prompt on a resolved refund request (real server)', () => {
  afterEach(() => cleanupFixtures());

  for (const locale of ['en', 'ar'] as const) {
    it(`rates a cancelled request 4 with a comment, keyboard only (${locale})`, async function () {
      this.timeout(90_000);
      const buyer = await buyerWithDeliveredOrder(`wtr-rating-${locale}-`);
      const order = await buyer.sdk.orders.get(buyer.orderId);
      const refund = await buyer.sdk.refunds.request(buyer.orderId, {
        type: 'refund',
        reason: 'damaged',
        items: [{ line_item_id: order.line_items[0]!.id, quantity: 1 }],
      });
      await buyer.sdk.refunds.act(refund.id, { action: 'cancel' });

      const element = await mountCaseForm<TxRefundRequest>('tx-refund-request', buyer, { caseId: refund.id });
      element.locale = locale;
      const prompt = await waitUntil(
        () => {
          const found = q(element, 'tx-rating-prompt');
          return found && shadowQuery(found, '[part="send-button"]') ? found : undefined;
        },
        'the rating prompt',
        15_000,
      );
      const inPrompt = <T extends Element = HTMLElement>(selector: string) => shadowQuery<T>(prompt, selector);
      await waitUntil(() => textOf(inPrompt('#rating-heading')) === WORDS[locale].heading, 'the heading in the locale');
      await expectNoAxeViolations(element);

      element.focus();
      await tabTo((focused) => focused.getAttribute('part') === 'send-button', 'Send feedback');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => textOf(inPrompt('#rating-alert')) === WORDS[locale].required, 'rating required');
      await waitUntil(() => deepActiveElement()?.getAttribute('name') === 'rating', 'focus on the first rating');
      await expectNoAxeViolations(element);

      for (let step = 0; step < 3; step++) await sendKeys({ press: 'ArrowDown' });
      await waitUntil(() => inPrompt<HTMLInputElement>('input[name="rating"]:checked')?.value === '4', 'rating 4');
      await tabTo((focused) => focused.id === 'comment', 'the comment');
      await sendKeys({ type: 'Quick and kind' });
      await tabTo((focused) => focused.getAttribute('part') === 'send-button', 'Send feedback');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => deepActiveElement()?.classList.contains('thanks'), 'focus on the thanks', 15_000);
      equal(textOf(inPrompt('.thanks')), WORDS[locale].thanks);
      await expectNoAxeViolations(element);

      // The server has it: a second rating replaces the first.
      const again = await buyer.sdk.feedback.send({ subject: { type: 'case', id: refund.id }, rating: 2 });
      equal(again.replaced, true, 'the prompt’s feedback was stored');
    });
  }
});

/**
 * `<tx-help-assistant>`'s how-to guides on the real reference server, keyboard only, with axe at
 * every step: in English and Arabic the buyer opens Guides (its chunk and the language's guides load
 * then), searches, opens the best match, answers "Was this helpful?" (a `tx-guide-feedback` event),
 * goes back, and searches for something no guide covers (a next step, and a `search_miss` event); in
 * Japanese and Thai (no spaces between words) a search finds the parcel guide.
 */
import { sendKeys } from '@web/test-runner-commands';
import '../../packages/elements/src/help-assistant/define.js';
import type { TxGuideFeedbackEvent } from '../../packages/elements/src/events/guide-feedback.js';
import type { TxHelpAssistant } from '../../packages/elements/src/help-assistant/help-assistant.js';
import { deepEqual, equal, includes } from '../browser-support/assert.js';
import { expectNoAxeViolations } from '../browser-support/axe.js';
import { cleanupFixtures, deepActiveElement, fixture, shadowQuery, textOf, waitUntil } from '../browser-support/dom.js';
import { watchLitWarnings } from '../browser-support/lit-warnings.js';
import { actAs, apiConfig, freshBuyer } from '../browser-support/tx-api.js';

const q = <T extends Element = HTMLElement>(element: Element, selector: string) => shadowQuery<T>(element, selector);
const focusedPart = () => deepActiveElement()?.getAttribute('part');
const focusedId = () => deepActiveElement()?.id;

async function tabTo(test: () => boolean, what: string): Promise<void> {
  for (let presses = 0; presses < 40; presses++) {
    if (test()) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab never reached ${what}`);
}

async function mount(locale: string): Promise<TxHelpAssistant> {
  const [buyer, config] = await Promise.all([freshBuyer('wtr-guides'), apiConfig()]);
  const element = document.createElement('tx-help-assistant');
  element.locale = locale;
  element.apiBase = config.apiBase;
  element.publishableKey = config.publishableKey;
  element.sessionToken = buyer.token;
  element.setAttribute('guide-media-base', '/packages/elements/media/guides/'); // the refund guide's captions
  await fixture<TxHelpAssistant>(element);
  return element;
}

/** Opens Guides by keyboard from the suggestions; resolves when the guide list is shown. */
async function openGuides(element: TxHelpAssistant, button: string): Promise<void> {
  await waitUntil(() => textOf(q(element, '[part="guides-button"]')) === button, 'the Guides button, in the locale');
  element.focus();
  await tabTo(() => focusedPart() === 'guides-button', 'Guides');
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => q(element, '[part="guides"]'), 'the guide list is shown', 20_000);
  await waitUntil(() => focusedId() === 'heading', 'focus on the Guides heading');
  equal(textOf(q(element, '#heading')), button);
}

async function search(element: TxHelpAssistant, query: string): Promise<void> {
  await tabTo(() => focusedId() === 'guide-query', 'the guide search');
  const input = q<HTMLInputElement>(element, '#guide-query')!;
  input.select();
  await sendKeys({ type: query });
  await sendKeys({ press: 'Enter' });
}

const guidesShown = (element: Element) =>
  [...element.shadowRoot!.querySelectorAll('[part="guide"]')].map((button) => button.getAttribute('data-guide'));

interface Summary {
  by_guide: { guide: string; votes: number; helpful: number }[];
  search_misses: { query: string; count: number }[];
}
const summary = () => actAs<Summary>('seller', 'GET', '/v1/seller/feedback/summary');
const helpfulVotes = async (guide: string) =>
  (await summary()).by_guide.find((row) => row.guide === guide)?.helpful ?? 0;

/** Polls the seller's feedback summary until `check` holds (the element sends without waiting). */
async function summaryShows(check: (summary: Summary) => boolean, what: string): Promise<void> {
  for (let attempt = 0; attempt < 50; attempt++) {
    if (check(await summary())) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the feedback summary never showed ${what}`);
}

const WORDS = {
  en: {
    button: 'Guides',
    query: 'refund money back',
    refund: 'Request a refund',
    helpful: 'Was this helpful?',
    thanks: 'Thanks for telling us.',
    miss: 'No guide matches “xylophone lessons”.',
    found: 'Guides found:',
  },
  ar: {
    button: 'الأدلة',
    query: 'استرداد',
    refund: 'طلب استرداد المبلغ',
    helpful: 'هل كان هذا مفيدًا؟',
    thanks: 'شكرًا لإخبارنا.',
    miss: 'لا يوجد دليل يطابق «xylophone sonatas».',
    found: 'عدد الأدلة التي وُجدت:',
  },
} as const;

describe('<tx-help-assistant> guides on the real server', () => {
  let litWarnings: ReturnType<typeof watchLitWarnings>;
  before(() => {
    litWarnings = watchLitWarnings();
  });
  after(() => deepEqual(litWarnings.stop(), [], 'Lit dev-mode warnings'));
  afterEach(() => cleanupFixtures());

  for (const locale of ['en', 'ar'] as const) {
    it(`${locale}: Guides → search → a guide → "Was this helpful?" → back → a search miss — keyboard only`, async function () {
      this.timeout(90_000);
      const words = WORDS[locale];
      const element = await mount(locale);
      const helpfulBefore = await helpfulVotes('request-refund');
      const missQuery = locale === 'en' ? 'xylophone lessons' : 'xylophone sonatas';
      const feedback: TxGuideFeedbackEvent[] = [];
      element.addEventListener('tx-guide-feedback', (event) => feedback.push(event));

      await openGuides(element, words.button);
      // Every guide is listed before a search, in the list's order.
      equal(guidesShown(element).length, 7);
      if (locale === 'ar') equal(element.getAttribute('dir'), 'rtl');
      await expectNoAxeViolations(element);

      await search(element, words.query);
      await waitUntil(() => guidesShown(element)[0] === 'request_refund', 'the refund guide ranks first');
      await waitUntil(
        () => textOf(q(element, '[part="status-message"]')).startsWith(words.found),
        'the number found is announced',
      );
      await expectNoAxeViolations(element);

      await tabTo(() => deepActiveElement()?.getAttribute('data-guide') === 'request_refund', 'the refund guide');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => focusedId() === 'guide-heading', 'focus on the guide’s heading');
      equal(textOf(q(element, '#guide-heading')), words.refund);
      equal(q(element, '#guide-heading')?.tagName, 'H3');
      equal(q(element, '[part="guide-steps"]')?.querySelectorAll('li').length, 4);
      includes(textOf(q(element, '[part="guide-helpful"]')), words.helpful);
      await expectNoAxeViolations(element);

      await tabTo(() => focusedPart() === 'helpful-yes', 'Yes');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => focusedId() === 'helpful-thanks', 'focus on the thanks');
      equal(textOf(q(element, '[part="helpful-thanks"]')), words.thanks);
      deepEqual(
        feedback.map(({ kind, guideId, helpful, locale: language }) => ({ kind, guideId, helpful, language })),
        [{ kind: 'helpful', guideId: 'request_refund', helpful: true, language: locale }],
      );
      // …and it reached the API as this buyer's vote (client.feedback): the seller's summary counts it.
      await summaryShows(
        (now) => (now.by_guide.find((row) => row.guide === 'request-refund')?.helpful ?? 0) === helpfulBefore + 1,
        'the helpful vote',
      );
      await expectNoAxeViolations(element);

      await tabTo(() => focusedPart() === 'guide-back', 'Back to guides');
      await sendKeys({ press: 'Enter' });
      await waitUntil(
        () => deepActiveElement()?.getAttribute('data-guide') === 'request_refund',
        'focus back on the guide it came from',
      );

      // Nothing matches: what to do next, and the miss is reported.
      element.focus();
      await search(element, missQuery);
      await waitUntil(() => focusedId() === 'guide-miss', 'focus on the no-result message');
      includes(textOf(q(element, '#guide-miss')), words.miss);
      equal(guidesShown(element).length, 0);
      const miss = feedback.at(-1)!;
      deepEqual([miss.kind, miss.query, miss.guideId], ['search_miss', missQuery, null]);
      await summaryShows((now) => now.search_misses.some((row) => row.query === missQuery), 'the search miss');
      await expectNoAxeViolations(element);
    });
  }

  for (const [locale, query] of [
    ['ja', '荷物の追跡'],
    ['th', 'ติดตามพัสดุของฉัน'],
  ] as const) {
    it(`${locale}: a search without spaces between words finds the parcel guide first`, async function () {
      this.timeout(90_000);
      const element = await mount(locale);
      await openGuides(element, locale === 'ja' ? 'ガイド' : 'คู่มือ');
      await search(element, query);
      await waitUntil(() => guidesShown(element)[0] === 'track_parcel', `"${query}" finds the parcel guide first`);
      await expectNoAxeViolations(element);
    });
  }
});

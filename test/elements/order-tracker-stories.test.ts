/**
 * The `<tx-order-tracker>` stories that reach their state by interaction (the "I didn't get it"
 * notice, the offline notice), in English and Arabic, checked with axe (zero violations), plus a
 * check that the stories cover every state the tracking issue lists.
 */
import { loadCatalog, MESSAGE_BUNDLES, TRACKER, UNPAID } from '@txassist/elements/i18n';
import { assert, equal, includes } from '../browser-support/assert.js';
import { expectNoAxeViolations } from '../browser-support/axe.js';
import { shadowQuery, textOf, waitUntil } from '../browser-support/dom.js';
import { renderStory, settleStory, storiesOf, type Story } from '../browser-support/stories.js';

const stories = await storiesOf('tx-order-tracker');
const byName = (name: string): Story => {
  const story = stories.find((candidate) => candidate.exportName === name);
  if (!story) throw new Error(`no story ${name}`);
  return story;
};

let container: HTMLElement | undefined;

async function show(name: string, locale: string): Promise<HTMLElement> {
  container = await renderStory(byName(name), { locale, direction: 'auto', theme: 'auto' });
  await settleStory(container, 3);
  const element = container.querySelector<HTMLElement>('tx-order-tracker');
  if (!element) throw new Error('story rendered no tx-order-tracker');
  return element;
}

describe('<tx-order-tracker> stories reached by interaction', () => {
  // English is built in (`TRACKER.english`, and Cancel's question in `UNPAID.english`); other locales come from their loaded catalog.
  const catalogs = new Map<string, Readonly<Record<string, unknown>>>([
    ['en', { ...TRACKER.english, ...UNPAID.english }],
  ]);
  before(async () => {
    catalogs.set('ar', await loadCatalog('ar', MESSAGE_BUNDLES));
  });

  afterEach(() => {
    container?.remove();
    container = undefined;
    // The offline story must not leave the next one offline.
    window.dispatchEvent(new Event('online'));
  });

  it('cover the states the tracking issue lists', () => {
    const names = stories.map((story) => story.exportName);
    for (const needed of [
      'Loading',
      'TrackingPending',
      'TrackingInfoReceived',
      'TrackingInTransit',
      'TrackingOutForDelivery',
      'TrackingFailedAttempt',
      'TrackingAvailableForPickup',
      'TrackingDelivered',
      'TrackingDeliveredNotReceived',
      'TrackingException',
      'TrackingExpired',
      'TrackingLate',
      'SeveralShipments',
      'NothingShippedYet',
      'NetworkError',
      'NotFound',
      'Offline',
      'LongTextRightToLeft',
      'LongHistory',
    ])
      assert(names.includes(needed), `a story named ${needed}`);
  });

  for (const locale of ['en', 'ar']) {
    const t = (key: string) => {
      const text = catalogs.get(locale)?.[key];
      if (typeof text !== 'string') throw new Error(`no ${key} in the ${locale} catalog`);
      return text;
    };

    it(`TrackingDeliveredNotReceived (${locale}): the "I didn't get it" notice is open with its next steps`, async () => {
      const tracker = await show('TrackingDeliveredNotReceived', locale);
      const toggle = await waitUntil(
        () => shadowQuery(tracker, '[part="not-received-toggle"][aria-expanded="true"]'),
        'the toggle is expanded',
      );
      const problem = shadowQuery(tracker, '[part="problem"][data-problem="not_received"]');
      assert(problem, 'the not-received notice is shown');
      equal(toggle.getAttribute('aria-controls'), problem.id, 'the toggle controls the notice');
      includes(textOf(problem), t('tracker.problem.not_received.title'));
      const actions = [...problem.querySelectorAll<HTMLButtonElement>('[part="problem-action"]')].map(
        (button) => button.dataset.action,
      );
      assert(actions.includes('report_not_received'), 'reporting it is one of the next steps');
      await expectNoAxeViolations(container!);
    });

    it(`UnpaidPayNow (${locale}): Pay now and Cancel order, in the buyer's language`, async () => {
      const tracker = await show('UnpaidPayNow', locale);
      const pay = await waitUntil(() => shadowQuery(tracker, '[part="pay-button"]'), 'Pay now');
      equal(textOf(pay), t('unpaid.pay'));
      equal(textOf(shadowQuery(tracker, '[part="cancel-order-button"]')), t('unpaid.cancel'));
      equal(Boolean(shadowQuery(tracker, '[part="unpaid-actions"] #unpaid-heading')), true, 'the block has a heading');
      await expectNoAxeViolations(container!);
    });

    it(`UnpaidConfirmCancel (${locale}): asked first, "Cancel order" / "Keep order", in the buyer's language`, async () => {
      const tracker = await show('UnpaidConfirmCancel', locale);
      const keep = await waitUntil(() => shadowQuery(tracker, '[part="keep-order-button"]'), 'Keep order');
      equal(textOf(keep), t('unpaid.keep'));
      equal(textOf(shadowQuery(tracker, '[part="confirm-cancel-button"]')), t('unpaid.cancel'));
      const question = shadowQuery(tracker, '.unpaid-confirm');
      includes(textOf(question), t('unpaid.confirm').split('{number}')[0]!.trim(), 'the question');
      equal(question?.getAttribute('role'), 'status', 'announced politely');
      await expectNoAxeViolations(container!);
    });

    it(`Offline (${locale}): the notice says updates continue once back online, and goes when online`, async () => {
      const tracker = await show('Offline', locale);
      const notice = await waitUntil(() => shadowQuery(tracker, '[part="offline-notice"]'), 'the offline notice');
      equal(textOf(notice), t('tracker.offline'));
      await expectNoAxeViolations(container!);
      window.dispatchEvent(new Event('online'));
      await waitUntil(() => !shadowQuery(tracker, '[part="offline-notice"]'), 'the notice goes back online');
    });
  }
});

/**
 * `<tx-help-assistant>`'s guide videos on the real reference server, keyboard only, with axe: in
 * English and Arabic the buyer opens Guides and "Track a parcel" (a guide with a video) and finds a
 * native player with controls that does not autoplay or preload, the captions track in the page's
 * language (served, and holding that language's first step), and the steps under it labelled as its
 * transcript; Tab reaches the player. A guide without a video shows no player.
 */
import { sendKeys } from '@web/test-runner-commands';
import '../../packages/elements/src/help-assistant/define.js';
import type { TxHelpAssistant } from '../../packages/elements/src/help-assistant/help-assistant.js';
import { assert, deepEqual, equal, includes } from '../browser-support/assert.js';
import { expectNoAxeViolations } from '../browser-support/axe.js';
import { cleanupFixtures, deepActiveElement, fixture, shadowQuery, textOf, waitUntil } from '../browser-support/dom.js';
import { watchLitWarnings } from '../browser-support/lit-warnings.js';
import { apiConfig, freshBuyer } from '../browser-support/tx-api.js';

/** The committed media, as the test server serves the repository (the CDN has them in guide-media/). */
const MEDIA_BASE = '/packages/elements/media/guides/';

const q = <T extends Element = HTMLElement>(element: Element, selector: string) => shadowQuery<T>(element, selector);
const focusedPart = () => deepActiveElement()?.getAttribute('part');

async function tabTo(test: () => boolean, what: string): Promise<void> {
  for (let presses = 0; presses < 40; presses++) {
    if (test()) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab never reached ${what}`);
}

async function mount(locale: string): Promise<TxHelpAssistant> {
  const [buyer, config] = await Promise.all([freshBuyer('wtr-guide-video'), apiConfig()]);
  const element = document.createElement('tx-help-assistant');
  element.locale = locale;
  element.apiBase = config.apiBase;
  element.publishableKey = config.publishableKey;
  element.sessionToken = buyer.token;
  element.setAttribute('guide-media-base', MEDIA_BASE);
  await fixture<TxHelpAssistant>(element);
  return element;
}

/** Guides → the guide `id`, by keyboard; resolves with focus on the guide's heading. */
async function openGuide(element: TxHelpAssistant, button: string, id: string): Promise<void> {
  await waitUntil(() => textOf(q(element, '[part="guides-button"]')) === button, 'the Guides button, in the locale');
  element.focus();
  await tabTo(() => focusedPart() === 'guides-button', 'Guides');
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => q(element, '[part="guides"]'), 'the guide list is shown', 20_000);
  await tabTo(() => deepActiveElement()?.getAttribute('data-guide') === id, `the guide ${id}`);
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => deepActiveElement()?.id === 'guide-heading', 'focus on the guide’s heading');
}

const WORDS = {
  en: {
    button: 'Guides',
    video: 'Video: Track a parcel',
    captions: 'Captions',
    transcript: 'Transcript',
    firstStep: 'Open your orders and choose the order.',
  },
  ar: {
    button: 'الأدلة',
    video: 'فيديو: تتبّع طرد',
    captions: 'التسميات التوضيحية',
    transcript: 'النص المكتوب',
    firstStep: 'افتح طلباتك واختر الطلب.',
  },
};

describe('<tx-help-assistant> guide videos on the real server', () => {
  let litWarnings: ReturnType<typeof watchLitWarnings>;
  before(() => {
    litWarnings = watchLitWarnings();
  });
  after(() => deepEqual(litWarnings.stop(), [], 'Lit dev-mode warnings'));
  afterEach(() => cleanupFixtures());

  for (const locale of ['en', 'ar'] as const) {
    it(`${locale}: a guide with a video — player without autoplay, captions in the page's language, transcript — keyboard only`, async function () {
      this.timeout(90_000);
      const words = WORDS[locale];
      const element = await mount(locale);
      await openGuide(element, words.button, 'track_parcel');

      const video = q<HTMLVideoElement>(element, 'video[part="guide-video"]');
      assert(video, 'the guide shows a video player');
      equal(video.controls, true, 'native controls');
      equal(video.autoplay, false, 'no autoplay');
      equal(video.preload, 'none', 'nothing fetched before the buyer plays it');
      equal(video.paused, true, 'not playing');
      equal(new URL(video.src).pathname, `${MEDIA_BASE}track_parcel.webm`);
      equal(video.getAttribute('aria-label'), words.video, 'named after the guide');

      const tracks = [...video.querySelectorAll('track')];
      equal(tracks.length, 1, 'one captions track: the page’s language');
      const track = tracks[0]!;
      deepEqual([track.kind, track.default, track.srclang, track.label], ['captions', true, locale, words.captions]);
      equal(new URL(track.src).pathname, `${MEDIA_BASE}track_parcel.${locale}.vtt`);
      // The captions are served, and are this language's steps (the guide's first step is the first cue).
      const steps = [...q(element, '[part="guide-steps"]')!.querySelectorAll('li')].map((item) => textOf(item));
      const captions = await (await fetch(track.src)).text();
      assert(captions.startsWith('WEBVTT'), 'a WebVTT file');
      equal(steps[0], words.firstStep);
      includes(captions, `\n${words.firstStep}\n`);

      // The transcript: the steps under the player, labelled.
      const list = q(element, '[part="guide-steps"]')!;
      equal(textOf(q(element, `#${list.getAttribute('aria-labelledby')}`)), words.transcript);
      assert(
        video.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING,
        'the transcript is under the player',
      );
      await expectNoAxeViolations(element);

      // The player is reached by Tab from the heading (its native controls then take the keys).
      await tabTo(() => deepActiveElement() === video, 'the video player');
      equal(video.paused, true, 'focus alone does not play it');

      // A guide without a video: no player, no transcript label.
      await tabTo(() => focusedPart() === 'guide-back', 'Back to guides');
      await sendKeys({ press: 'Enter' });
      await tabTo(() => deepActiveElement()?.getAttribute('data-guide') === 'notifications', 'a guide without video');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => q(element, '[data-guide-view="notifications"]'), 'the notifications guide');
      equal(q(element, 'video'), null, 'no player');
      equal(q(element, '[part="guide-transcript-label"]'), null, 'no transcript label');
      await expectNoAxeViolations(element);
    });
  }
});

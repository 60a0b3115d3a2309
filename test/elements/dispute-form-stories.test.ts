/**
 * Every `<tx-dispute-form>` story, in English and Arabic, checked with axe (zero violations), plus what
 * each state must say: the reason that is not open yet, each evidence error, upload progress and
 * failure, every case status, the urgent countdown, the restored draft and the offline notice.
 */
import { loadCatalog, MESSAGE_BUNDLES } from '@txassist/elements/i18n';
import { assert, equal, includes } from '../browser-support/assert.js';
import { caseStories } from '../browser-support/case-stories.js';
import { shadowQuery, textOf, waitUntil } from '../browser-support/dom.js';

const harness = await caseStories('tx-dispute-form');
const { stories, show } = harness;

const q = (element: Element, selector: string) => shadowQuery(element, selector);
const until = (element: Element, selector: string, what = selector) =>
  waitUntil(() => q(element, selector), `${what} is shown`);

describe('<tx-dispute-form> stories', () => {
  before(async () => {
    await Promise.all(['ar', 'en'].map((locale) => loadCatalog(locale, MESSAGE_BUNDLES)));
  });

  afterEach(() => {
    harness.clear();
    // Stories that went offline must not leave the next one offline.
    window.dispatchEvent(new Event('online'));
  });

  it('cover the states the issue lists', () => {
    const names = stories.map((story) => story.exportName);
    for (const needed of [
      'Eligible',
      'NotYetEligible',
      'WindowClosed',
      'EvidenceWrongType',
      'EvidenceTooLarge',
      'EvidenceTooMany',
      'EvidenceUploading',
      'EvidenceUploadFailed',
      'CaseSellerOffer',
      'CaseOfferExpiring',
      'CaseEscalated',
      'CaseDecidedForBuyer',
      'CaseDecidedForSeller',
      'CaseWithdrawn',
      'Offline',
      'DraftDamaged',
    ])
      assert(names.includes(needed), `a ${needed} story`);
    for (const reason of [
      'NotReceived',
      'Damaged',
      'NotAsDescribed',
      'WrongItem',
      'MissingParts',
      'Unauthorized',
      'Other',
    ])
      assert(names.includes(`Draft${reason}`), `a Draft${reason} story`);
  });

  for (const locale of ['en', 'ar']) {
    it(`have no axe violations (${locale})`, async function () {
      this.timeout(120_000);
      await harness.checkAxe(
        locale,
        (story, element) =>
          waitUntil(() => !q(element, '.skeleton') || story.exportName === 'Loading', `${story.exportName} loaded`),
        () => {
          harness.clear();
          window.dispatchEvent(new Event('online'));
        },
      );
    });
  }

  it('say until when a case can be opened, from when, or that the window closed', async () => {
    includes(
      textOf(await until(await show('Eligible'), '[part="eligibility"]')),
      'You can open a case until December 12',
    );
    includes(
      textOf(await until(await show('NotYetEligible'), '[part="eligibility"]')),
      'You can open a case from December 4',
    );
    includes(textOf(await until(await show('WindowClosed'), '[part="eligibility"]')), 'ended on November 28');
    const locked = await show('ReasonNotYetOpen');
    const notReceived = await waitUntil(() => q(locked, '#reason-not_received') as HTMLInputElement | null, 'reasons');
    assert(notReceived.disabled, 'not received is not available yet');
    includes(textOf(q(locked, '#reason-not_received-opens')), 'Available from December 4');
  });

  it('explain each refused file with its own message', async () => {
    const cases: [string, string][] = [
      ['EvidenceWrongType', '“holiday.jpg” isn’t a JPEG, PNG, WebP or PDF file'],
      ['EvidenceTooLarge', '“huge-photo.jpg” is larger than 5.2 MB'],
      ['EvidenceTooMany', 'You can add at most 3 files. Remove one before adding “four.jpg”'],
      ['EvidenceEmpty', '“empty.png” is empty'],
    ];
    for (const [name, message] of cases) {
      const element = await show(name);
      const problems = await waitUntil(
        () => (textOf(q(element, '#evidence-problems')) ? q(element, '#evidence-problems') : null),
        `${name} explains the problem`,
      );
      includes(textOf(problems), message, name);
      equal(problems.getAttribute('role'), 'alert', `${name}: announced`);
      harness.clear();
    }
  });

  it('show upload progress with Cancel, and a failed upload with Try again', async () => {
    const uploading = await show('EvidenceUploading');
    const bar = (await until(uploading, 'progress')) as HTMLProgressElement;
    equal(bar.value, 0.4, 'progress');
    includes(bar.getAttribute('aria-label') ?? '', 'Uploading cracked-bottle.jpg');
    (q(uploading, '[part="cancel-upload"]') as HTMLButtonElement).click();
    await waitUntil(() => textOf(q(uploading, '[part="file"]')).includes('Upload cancelled.'), 'cancelled');
    assert(q(uploading, '[part="retry-upload"]'), 'Try again offered after cancelling');
    harness.clear();

    const failed = await show('EvidenceUploadFailed');
    await waitUntil(() => q(failed, '[part="file"][data-status="failed"]'), 'failure shown');
    includes(textOf(q(failed, '[part="file"]')), 'The upload failed. Check your connection and try again.');
    assert(q(failed, '[part="retry-upload"]') && q(failed, '[part="remove-file"]'), 'Try again and Remove');
  });

  it('restore a saved draft, say so, and say when offline', async () => {
    const restored = await show('DraftDamaged');
    const status = await until(restored, '[part="draft-status"]');
    includes(textOf(status), 'We restored the draft you saved on');
    assert((q(restored, '#reason-damaged') as HTMLInputElement).checked, 'reason restored');
    equal(
      (q(restored, '#description') as HTMLTextAreaElement).value,
      'The bottle is cracked and half of it leaked into the box.',
    );
    harness.clear();

    const offline = await show('Offline');
    includes(textOf(await until(offline, '[part="offline"]')), 'You’re offline. Your draft is safe on this device');
  });

  it('show each case status with its deadline, offer and decision', async () => {
    const expectations: [string, string, string][] = [
      ['CaseAwaitingSeller', 'Waiting for the seller', 'The seller has until'],
      ['CaseSellerOffer', 'The seller made an offer', 'A partial refund of $12.00'],
      ['CaseNoAgreement', 'No agreement yet', 'Ask our team to decide'],
      ['CaseEscalated', 'Our team is reviewing it', 'Messages'],
      ['CaseInfoRequested', 'More information needed', 'Could you send a photo of the label on the box?'],
      ['CaseSettled', 'Settled with the seller', '$12.00 was refunded'],
      ['CaseDecidedForBuyer', 'Decided in your favour', 'Why: The photos show the bottle broke in transit'],
      ['CaseDecidedForSeller', 'Decided in the seller’s favour', 'Why: The carrier’s photo shows'],
      ['CaseWithdrawn', 'Withdrawn', 'This case is closed.'],
    ];
    for (const [name, status, detail] of expectations) {
      const element = await show(name);
      const badge = await until(element, '[part="status"]', `${name} status`);
      equal(textOf(badge), status, name);
      includes(textOf(q(element, '[part="case"]')), detail, name);
      harness.clear();
    }
  });

  it('turn the countdown urgent in the last day', async () => {
    const calm = await show('CaseSellerOffer');
    equal((await until(calm, '[part="deadline"]')).dataset.urgent, 'false', 'two and a half days left');
    includes(textOf(q(calm, '[part="deadline"]')), 'in 3 days');
    harness.clear();
    const urgent = await show('CaseOfferExpiring');
    const deadline = await until(urgent, '[part="deadline"]');
    equal(deadline.dataset.urgent, 'true', 'three hours left');
    includes(textOf(deadline), 'in 3 hours');
    includes(textOf(deadline), 'Less than a day left.');
  });

  it('confirm before withdrawing, with focus on the question', async () => {
    const element = await show('CaseWithdrawConfirm');
    const heading = await until(element, '#withdraw-heading');
    equal(textOf(heading), 'Withdraw this case?');
    await waitUntil(() => element.shadowRoot?.activeElement === heading, 'focus on the confirmation');
  });
});

import '../../packages/elements/src/index.js';
import { assert } from '../browser-support/assert.js';
import { expectNoAxeViolations } from '../browser-support/axe.js';
import { cleanupFixtures, waitUntil } from '../browser-support/dom.js';
import { renderStory, storiesOf } from '../browser-support/stories.js';
import { describeAxeOnStories, describeLayoutOfStories } from '../browser-support/story-checks.js';

const stories = await storiesOf('tx-checkout-helper');

/** What each story must show once its steps ran: a selector inside the element. */
const SHOWS: Record<string, string> = {
  Address: '#shipping-name',
  SavedAddresses: 'input[name="address-choice"]:checked',
  AddressConfirm: 'li[aria-current="step"]:has(#step-address-heading) input[name="address-choice"]:checked',
  AddressErrors: '#address-error-summary',
  PostalCodeInvalid: '#shipping-postal-code-error',
  Delivery: 'input[name="shipping-option"]',
  Payment: 'input[name="payment-method"]:checked',
  PaymentMethodMissing: '#payment-method-error',
  CardFieldsUnavailable: '.card-area .field-error',
  Review: '[part="place-order-button"]',
  ReviewCashOnDelivery: '[part="place-order-button"]',
  Processing: '[part="place-order-button"][aria-disabled="true"]',
  DeclinedGeneric: '[part="decline"]',
  DeclinedInsufficientFunds: '[part="decline"]',
  DeclinedExpiredCard: '[part="decline"]',
  DeclinedIncorrectCvc: '[part="decline"]',
  DeclinedProcessingError: '[part="decline"]',
  DeclinedAuthenticationFailed: '[part="decline"]',
  DeclinedVelocityExceeded: '[part="decline"]',
  Challenge: '#challenge-code[autocomplete="one-time-code"]',
  ChallengeWrongCode: '#challenge-code[aria-invalid="true"]',
  ChallengeExpired: '#challenge-code[aria-invalid="true"]',
  ChallengeLocked: '[part="challenge"] #challenge-error',
  PaymentBlocked: '[part="decline"]',
  WalletCancelled: '[part="decline"]',
  Confirmation: '[part="next-steps"] ~ .actions [part="track-link"]',
  ConfirmationCashOnDelivery: '[part="confirmation"]',
  OnHold: '[part="on-hold"]',
  LoadFailed: '[part="error"]',
  Arabic: 'input[name="payment-method"]:checked',
  GuestEmail: '#guest-email[autocomplete="email"]',
  GuestEmailMissing: '#guest-email[aria-invalid="true"] ~ #guest-email-error',
  GuestStarting: '[part="continue-button"][aria-disabled="true"]',
  GuestOriginRefused: '#guest-failure',
  GuestNotSetUp: '[part="error"]',
};

describe('tx-checkout-helper stories', () => {
  afterEach(cleanupFixtures);

  it('cover every state the issue lists', () => {
    const names = stories.map((story) => story.exportName).sort();
    for (const name of Object.keys(SHOWS)) assert(names.includes(name), `a story ${name}`);
  });

  for (const story of stories) {
    it(`${story.id} shows its state, without axe violations`, async function () {
      this.timeout(30_000);
      const container = await renderStory(story, { locale: 'en', direction: 'auto', theme: 'auto' });
      try {
        const element = container.querySelector('tx-checkout-helper')!;
        const selector = SHOWS[story.exportName];
        assert(selector, `SHOWS has ${story.exportName}`);
        await waitUntil(() => element.shadowRoot?.querySelector(selector), `${story.exportName} shows ${selector}`);
        await expectNoAxeViolations(container);
      } finally {
        container.remove();
      }
    });
  }
});

describeAxeOnStories('ar', stories);
describeLayoutOfStories(stories);

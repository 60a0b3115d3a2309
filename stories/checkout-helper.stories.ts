import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { CheckoutFlowState } from '@txassist/sdk';
import { NetworkError } from '@txassist/sdk';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ref } from 'lit/directives/ref.js';
// The built package, as storefronts get it (run `npx tsc -b` first).
import '@txassist/elements';
import type { CheckoutClient, TxCheckoutHelper } from '@txassist/elements';
import {
  ADDRESSED_CHECKOUT,
  BLOCKED_INTENT,
  challengeIntent,
  COD_INTENT,
  declinedIntent,
  fakeCheckoutClient,
  ON_HOLD_INTENT,
  RETURNING_CHECKOUT,
  SUCCEEDED_INTENT,
} from './fixtures/checkout.js';
import {
  answerGuestStoryRequests,
  HANGING_API_BASE,
  REFUSING_API_BASE,
  STORY_PRODUCT_ID,
  STORY_PUBLISHABLE_KEY,
} from './fixtures/guest-api.js';
import { forcedDir } from './support/globals.js';

/** What happens right after the element shows its cart, to reach a state that follows an action. */
type Step = (element: TxCheckoutHelper) => Promise<void> | void;

interface CheckoutArgs {
  client?: CheckoutClient;
  /** Creator one-tag checkout stories: the API the guest start talks to (none: not set up). */
  apiBase?: string;
  locale?: string;
  orderUrl?: string;
  steps?: readonly Step[];
}

const started = new WeakSet<Element>();

const cartLoaded = (host: TxCheckoutHelper) => Boolean(host.flow?.state.checkout);

/**
 * Runs `steps` once per rendered element, once `ready` (by default: its cart is loaded); a `ref`, so
 * tests rendering stories get it too.
 */
function afterLoad(steps: readonly Step[] | undefined, ready = cartLoaded) {
  return ref((element) => {
    if (!element || !steps?.length || started.has(element)) return;
    started.add(element);
    const host = element as TxCheckoutHelper;
    void (async () => {
      for (let frame = 0; frame < 200 && !ready(host); frame++)
        await new Promise((resolve) => requestAnimationFrame(resolve));
      for (const step of steps) {
        await step(host);
        await host.updateComplete;
      }
    })();
  });
}

const inShadow = <T extends HTMLElement>(host: TxCheckoutHelper, selector: string) => {
  const found = host.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`story step: nothing matches ${selector}`);
  return found;
};
const click =
  (selector: string): Step =>
  (host) =>
    inShadow(host, selector).click();
/** Shows a state of the flow directly (what the server would have answered). */
const at =
  (patch: Partial<CheckoutFlowState>): Step =>
  (host) =>
    host.flow?.setState(patch);

const paymentStep: Partial<CheckoutFlowState> = {
  checkout: ADDRESSED_CHECKOUT,
  step: 'payment',
  completed: ['address', 'shipping'],
};
const chooseSavedCard = click('input[name="payment-method"][value="saved:pm_storycard00001"]');

const meta = {
  title: 'Elements/tx-checkout-helper',
  component: 'tx-checkout-helper',
  render: (args, { globals }) => html`
    <tx-checkout-helper
      .client=${args.client ?? fakeCheckoutClient()}
      checkout-id="cko_storycheckout01"
      order-url=${ifDefined(args.orderUrl)}
      locale=${ifDefined(args.locale)}
      dir=${ifDefined(forcedDir(globals))}
      ${afterLoad(args.steps)}
    ></tx-checkout-helper>
  `,
  parameters: {
    docs: {
      description: {
        component:
          'Every state from typed fixtures valid against the contract schemas (`Checkout`, `PaymentIntent`), with a ' +
          'stand-in client: no server. The hosted card fields need the API (they are served by it), so stories pay ' +
          'with a saved card, cash on delivery or the wallet; the browser tests cover the card iframe against the real server.',
      },
    },
  },
} satisfies Meta<CheckoutArgs>;

export default meta;
type Story = StoryObj<CheckoutArgs>;

/** A fresh buyer: the address form, billing the same as shipping, the cart with its totals. */
export const Address: Story = {};

/** A returning buyer picks a saved address (or a new one). */
export const SavedAddresses: Story = { args: { client: fakeCheckoutClient(RETURNING_CHECKOUT) } };

/**
 * A returning buyer's checkout comes with their default address filled in: it still opens at step 1,
 * with that address chosen, to confirm (Continue) or change (another saved one, or a new one).
 */
export const AddressConfirm: Story = { args: { client: fakeCheckoutClient(ADDRESSED_CHECKOUT) } };

/** Continue with nothing typed: the error summary (focused) links to each field's error. */
export const AddressErrors: Story = { args: { steps: [click('[part="continue-button"]')] } };

/** A postal code in the wrong format for the country, and billing typed separately. */
export const PostalCodeInvalid: Story = {
  args: {
    steps: [
      (host) => {
        const set = (selector: string, value: string, type = 'input') => {
          const field = inShadow<HTMLInputElement>(host, selector);
          field.value = value;
          field.dispatchEvent(new Event(type));
        };
        set('#shipping-country', 'GB', 'change');
        set('#shipping-postal-code', '123');
        inShadow(host, '#shipping-postal-code').dispatchEvent(new Event('blur'));
      },
      click('#billing-same'),
    ],
  },
};

/** Delivery options with prices and arrival dates; the totals now include tax and a discount. */
export const Delivery: Story = {
  args: {
    client: fakeCheckoutClient(ADDRESSED_CHECKOUT),
    steps: [at({ checkout: ADDRESSED_CHECKOUT, step: 'shipping', completed: ['address'] })],
  },
};

/** Payment methods: saved cards (an expired one disabled), a new card, cash on delivery, the wallet. */
export const Payment: Story = {
  args: { client: fakeCheckoutClient(ADDRESSED_CHECKOUT), steps: [at(paymentStep), chooseSavedCard] },
};

/** Continue with no way to pay chosen: the question says so, focus on the first choice. */
export const PaymentMethodMissing: Story = {
  args: { client: fakeCheckoutClient(ADDRESSED_CHECKOUT), steps: [at(paymentStep), click('[part="continue-button"]')] },
};

/** New card without the API: the card fields cannot load, and the buyer is told what to do. */
export const CardFieldsUnavailable: Story = {
  args: {
    client: fakeCheckoutClient(ADDRESSED_CHECKOUT),
    steps: [at(paymentStep), click('input[name="payment-method"][value="card"]')],
  },
};

/** Review and place order. */
export const Review: Story = {
  args: {
    client: fakeCheckoutClient(ADDRESSED_CHECKOUT),
    steps: [at(paymentStep), chooseSavedCard, click('[part="continue-button"]')],
  },
};

/** Cash on delivery chosen: the button says what happens. */
export const ReviewCashOnDelivery: Story = {
  args: {
    client: fakeCheckoutClient(ADDRESSED_CHECKOUT, COD_INTENT),
    steps: [
      at(paymentStep),
      click('input[name="payment-method"][value="cash_on_delivery"]'),
      click('[part="continue-button"]'),
    ],
  },
};

/** The payment is being processed (the API has not answered yet). */
export const Processing: Story = {
  args: {
    client: fakeCheckoutClient(ADDRESSED_CHECKOUT, 'hang'),
    steps: [at(paymentStep), chooseSavedCard, click('[part="continue-button"]'), click('[part="place-order-button"]')],
  },
};

const declined = (code: Parameters<typeof declinedIntent>[0]): Story => ({
  args: {
    client: fakeCheckoutClient(ADDRESSED_CHECKOUT),
    steps: [
      at(paymentStep),
      chooseSavedCard,
      at({ payment: 'declined', decline: declinedIntent(code).last_payment_error!, intent: declinedIntent(code) }),
    ],
  },
});

/** Declined, each code with its next step (lost/stolen/fraud codes read as a generic decline). */
export const DeclinedGeneric = declined('generic_decline');
export const DeclinedInsufficientFunds = declined('insufficient_funds');
export const DeclinedExpiredCard = declined('expired_card');
export const DeclinedIncorrectCvc = declined('incorrect_cvc');
export const DeclinedProcessingError = declined('processing_error');
export const DeclinedAuthenticationFailed = declined('authentication_failed');
export const DeclinedVelocityExceeded = declined('card_velocity_exceeded');

const challenge = (patch: Partial<CheckoutFlowState>, attempts = 5): Story => ({
  args: {
    client: fakeCheckoutClient(ADDRESSED_CHECKOUT, challengeIntent(attempts)),
    steps: [
      at(paymentStep),
      chooseSavedCard,
      click('[part="continue-button"]'),
      at({ payment: 'challenge', intent: challengeIntent(attempts), ...patch }),
    ],
  },
});

/** Verification required: a one-time code (autofill and paste allowed), attempts left, resend after a cool-down. */
export const Challenge = challenge({});
export const ChallengeWrongCode = challenge({ challengeProblem: 'wrong' }, 3);
export const ChallengeExpired = challenge({ challengeProblem: 'expired' }, 4);
export const ChallengeLocked = challenge({ challengeProblem: 'locked', payment: 'failed' }, 0);

/** Blocked for good (risk or fraud): generic guidance, no way to pay again on this checkout. */
export const PaymentBlocked: Story = {
  args: {
    client: fakeCheckoutClient(ADDRESSED_CHECKOUT, BLOCKED_INTENT),
    steps: [
      at(paymentStep),
      chooseSavedCard,
      click('[part="continue-button"]'),
      at({ payment: 'failed', intent: BLOCKED_INTENT, decline: BLOCKED_INTENT.last_payment_error! }),
    ],
  },
};

/** Back from the wallet without paying. */
export const WalletCancelled: Story = {
  args: {
    client: fakeCheckoutClient(ADDRESSED_CHECKOUT),
    steps: [at({ ...paymentStep, payment: 'wallet_cancelled' })],
  },
};

const confirmed = (intent: typeof SUCCEEDED_INTENT, payment: CheckoutFlowState['payment']): Story => ({
  args: {
    client: fakeCheckoutClient(ADDRESSED_CHECKOUT, intent),
    orderUrl: '/orders/{order_id}',
    steps: [
      at({
        checkout: ADDRESSED_CHECKOUT,
        step: 'confirmation',
        completed: ['address', 'shipping', 'payment', 'review'],
        intent,
        payment,
      }),
    ],
  },
});

/** Paid: order number, summary and the way to the order tracker. */
export const Confirmation = confirmed(SUCCEEDED_INTENT, 'succeeded');
/** Cash on delivery: what to have ready for the courier. */
export const ConfirmationCashOnDelivery = confirmed(COD_INTENT, 'cash_on_delivery');
/** Placed but held for a quick review, explained plainly. */
export const OnHold = confirmed(ON_HOLD_INTENT, 'on_hold');

/** The cart could not be loaded (network down), with a retry. */
export const LoadFailed: Story = {
  args: {
    client: {
      ...fakeCheckoutClient(),
      checkouts: { ...fakeCheckoutClient().checkouts, get: () => Promise.reject(new NetworkError('offline')) },
    },
  },
};

/** Arabic, right to left. */
export const Arabic: Story = {
  args: { locale: 'ar', client: fakeCheckoutClient(ADDRESSED_CHECKOUT), steps: [at(paymentStep), chooseSavedCard] },
};

/* Creator one-tag checkout: `product-id` and the publishable key, no cart and no buyer session yet. */

answerGuestStoryRequests();
const guestFormShown = (host: TxCheckoutHelper) => Boolean(host.shadowRoot?.querySelector('#guest-email'));
const typeGuestEmail =
  (email: string): Step =>
  (host) => {
    const field = inShadow<HTMLInputElement>(host, '#guest-email');
    field.value = email;
    field.dispatchEvent(new Event('input'));
  };

const guest = (apiBase: string | undefined, steps: readonly Step[] = []): Story => ({
  args: { apiBase, steps },
  render: (args, { globals }) => html`
    <tx-checkout-helper
      product-id=${STORY_PRODUCT_ID}
      publishable-key=${STORY_PUBLISHABLE_KEY}
      api-base=${ifDefined(args.apiBase)}
      locale=${ifDefined(args.locale)}
      dir=${ifDefined(forcedDir(globals))}
      ${afterLoad(args.steps, guestFormShown)}
    ></tx-checkout-helper>
  `,
});

/** The guest's first step: only an email (for the confirmation and the tracking link). */
export const GuestEmail = guest(HANGING_API_BASE);
/** Continue with no email: the field says what to enter (focus on it). */
export const GuestEmailMissing = guest(HANGING_API_BASE, [click('[part="continue-button"]')]);
/** Email sent, the guest checkout is starting (the API has not answered yet): the button is busy. */
export const GuestStarting = guest(HANGING_API_BASE, [
  typeGuestEmail('mia.fan@example.com'),
  click('[part="continue-button"]'),
]);
/** The key is used on a page the seller has not registered: the buyer sees the code, the developer a console message. */
export const GuestOriginRefused = guest(REFUSING_API_BASE, [
  typeGuestEmail('mia.fan@example.com'),
  click('[part="continue-button"]'),
]);
/** The snippet lacks `api-base`: nothing can be sold, and the page says so (the developer reads why in the console). */
export const GuestNotSetUp = guest(undefined);

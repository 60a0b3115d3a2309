import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ref } from 'lit/directives/ref.js';
// The built package, as storefronts get it (run `npx tsc -b` first).
import '@txassist/elements';
import type { AssistantClient, TxHelpAssistant } from '@txassist/elements';
import { EXPIRED_CARD_PAYMENT, fakeAssistantClient, SUGGESTIONS } from './fixtures/assistant.js';
import { fakeSupportClient } from './fixtures/support.js';
import { forcedDir } from './support/globals.js';

type Step = (element: TxHelpAssistant) => Promise<void> | void;

interface AssistantArgs {
  client?: AssistantClient;
  launcher?: boolean;
  /** `guide-media-base`: where the guide videos and captions are. */
  guideMediaBase?: string;
  steps?: readonly Step[];
}

/** The committed guide recordings, served from the repository (Storybook's staticDirs, the test server). */
const GUIDE_MEDIA = '/packages/elements/media/guides/';

const started = new WeakSet<Element>();

function afterRender(steps: readonly Step[] | undefined) {
  return ref((element) => {
    if (!element || !steps?.length || started.has(element)) return;
    started.add(element);
    const host = element as TxHelpAssistant;
    void (async () => {
      for (const step of steps) {
        await host.updateComplete;
        await step(host);
        await host.updateComplete;
      }
    })();
  });
}

const click =
  (selector: string): Step =>
  async (host) => {
    for (let attempt = 0; attempt < 100; attempt++) {
      const found = host.shadowRoot?.querySelector<HTMLElement>(selector);
      if (found) return found.click();
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error(`story step: nothing matches ${selector}`);
  };

/** Types `value` into the field `selector` (as the buyer would) and submits its form. */
const submit =
  (selector: string, value: string): Step =>
  async (host) => {
    await click(selector)(host);
    const input = host.shadowRoot!.querySelector<HTMLInputElement>(selector)!;
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    input.form!.requestSubmit();
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
/** Choose an option of the select `selector` (as the buyer would). */
const choose =
  (selector: string, value: string): Step =>
  async (host) => {
    await click(selector)(host);
    const select = host.shadowRoot!.querySelector<HTMLSelectElement>(selector)!;
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  };
const openSignIn = click('[part="sign-in-button"]');

const meta = {
  title: 'Elements/tx-help-assistant',
  component: 'tx-help-assistant',
  render: (args, { globals }) => html`
    <tx-help-assistant
      .client=${args.client ?? fakeAssistantClient()}
      ?launcher=${args.launcher ?? false}
      lookup-href="/orders/lookup"
      guide-media-base=${args.guideMediaBase ?? GUIDE_MEDIA}
      dir=${ifDefined(forcedDir(globals))}
      ${afterRender(args.steps)}
    ></tx-help-assistant>
  `,
  parameters: {
    docs: {
      description: {
        component:
          'Every state from typed fixtures valid against the contract (`AssistantSuggestions`), with a stand-in ' +
          'client: no server needed. The connection check runs its storage and browser checks for real.',
      },
    },
  },
} satisfies Meta<AssistantArgs>;

export default meta;
type Story = StoryObj<AssistantArgs>;

const only = (code: keyof typeof SUGGESTIONS): Story => ({
  args: { client: fakeAssistantClient({ suggestions: [SUGGESTIONS[code]] }) },
});

/** Several things need the buyer, most pressing first. */
export const Suggestions: Story = {};
/** A declined payment: why, in the buyer-safe words of its decline code, and "Try another card". */
export const PaymentFailed = only('payment_failed');
/** An order waiting for payment, no attempt declined: "Pay now". */
export const PaymentPending = only('payment_pending');
/** Opened from a delivered order's "Get help": that order first ("Report a problem"), then the unpaid one. */
export const OpenedFromOrder: Story = {
  args: { client: fakeAssistantClient({ suggestions: [SUGGESTIONS.order_help, SUGGESTIONS.payment_pending] }) },
};
/** A parcel the carrier reports a problem with: "Report a problem". */
export const ParcelException = only('parcel_exception');
/** A parcel past its latest estimate. */
export const ParcelLate = only('parcel_late');
/** A dispute waiting on the buyer: "Reply by <date>". */
export const DisputeReplyNeeded = only('dispute_reply_needed');
/** An approved refund: when the money arrives. */
export const RefundApproved = only('refund_approved');
/** Nothing wrong: the recent orders with their status. */
export const NothingWrong = only('recent_order');
/** A buyer without orders. */
export const NoOrders: Story = { args: { client: fakeAssistantClient({ suggestions: [] }) } };
/** Waiting for the API. */
export const Loading: Story = { args: { client: fakeAssistantClient({ loads: 'hang' }) } };
/** The suggestions could not be loaded. */
export const LoadError: Story = { args: { client: fakeAssistantClient({ loads: 'fail' }) } };
/** "Check my connection": every check fine, with the details for support. */
export const ConnectionCheck: Story = { args: { steps: [click('[part="check-button"]')] } };
/** "Check my connection" while the API cannot be reached. */
export const ConnectionProblems: Story = {
  args: { client: fakeAssistantClient({ connection: 'fail' }), steps: [click('[part="check-button"]')] },
};
/** The "Get help" launcher, closed. */
export const Launcher: Story = { args: { launcher: true } };
/** The launcher's modal panel, open. */
export const LauncherOpen: Story = { args: { launcher: true, steps: [(host) => host.open()] } };
/** "Can't sign in or find your order?": the email step, with the guest lookup link. */
export const SignIn: Story = { args: { steps: [openSignIn] } };
/** The email is not an email: said next to the field. */
export const SignInEmailInvalid: Story = { args: { steps: [openSignIn, submit('#sign-in-email', 'ada@')] } };
/** The code is on its way (the same words whether or not the email has orders here). */
export const SignInCodeSent: Story = {
  args: { steps: [openSignIn, submit('#sign-in-email', 'ada@example.com')] },
};
/** A wrong, expired or used code: the API's refusal, with the code to quote. */
export const SignInWrongCode: Story = {
  args: {
    client: fakeAssistantClient({ signIn: 'wrong_code' }),
    steps: [openSignIn, submit('#sign-in-email', 'ada@example.com'), submit('#sign-in-code', '123456')],
  },
};
/** Signed in with the code: back on the suggestions, "signed in" announced. */
export const SignedIn: Story = {
  args: { steps: [openSignIn, submit('#sign-in-email', 'ada@example.com'), submit('#sign-in-code', '123456')] },
};
const openPerson = click('[part="person-button"]');
/** "Talk to a person": topic, order, message, with what the agent will see and the support hours first. */
export const TalkToAPerson: Story = { args: { client: fakeSupportClient(), steps: [openPerson] } };
/** Sent without a message: said in the alert, next to the field. */
export const TalkToAPersonEmpty: Story = {
  args: { client: fakeSupportClient(), steps: [openPerson, submit('#person-message', ' ')] },
};
/** Sent: the conversation waits for an answer, with the reply box and "Close conversation". */
export const ConversationSent: Story = {
  args: { client: fakeSupportClient('sent'), steps: [openPerson, submit('#person-message', 'Where is it?')] },
};
/** An agent answered. */
export const ConversationAnswered: Story = {
  args: { client: fakeSupportClient('answered'), steps: [openPerson, submit('#person-message', 'Where is it?')] },
};
/** Closed: the thread, no reply box, and the 1–5 rating for the conversation. */
export const ConversationClosed: Story = {
  args: { client: fakeSupportClient('closed'), steps: [openPerson, submit('#person-message', 'Where is it?')] },
};

/** JPEG bytes of `size` (the type is checked by content, not by the name). */
const jpeg = (name: string, size = 4096) => {
  const bytes = new Uint8Array(size);
  bytes.set([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]);
  return new File([bytes], name, { type: 'image/jpeg' });
};
/** Chooses files in the picker `#person-files` (as the operating system's picker would). */
const pickFiles =
  (...files: (() => File)[]): Step =>
  async (host) => {
    await click('#person-files')(host);
    const input = host.shadowRoot!.querySelector<HTMLInputElement>('#person-files')!;
    const transfer = new DataTransfer();
    for (const file of files) transfer.items.add(file());
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await new Promise((resolve) => setTimeout(resolve, 50));
  };
const photo = () => jpeg('parcel-label.jpg');
const aboutOrder = choose('#person-order', SUGGESTIONS.parcel_late.order.id);
/** About an order: files can be attached (checked like the dispute form's); one photo chosen. */
export const TalkToAPersonWithFile: Story = {
  args: { client: fakeSupportClient(), steps: [openPerson, aboutOrder, pickFiles(photo)] },
};
/** Files refused in the browser, each with why and what to do: too large, not a photo or PDF. */
export const TalkToAPersonFilesRefused: Story = {
  args: {
    client: fakeSupportClient(),
    steps: [
      openPerson,
      aboutOrder,
      pickFiles(
        () => jpeg('huge.jpg', 6 * 1024 * 1024),
        () => new File(['notes'], 'notes.jpg', { type: 'image/jpeg' }),
      ),
    ],
  },
};
/** The server refused the file (a seller's stricter limit): its code in plain words; the message and file stay. */
export const TalkToAPersonUploadRefused: Story = {
  args: {
    client: fakeSupportClient('sent', 'refused'),
    steps: [openPerson, aboutOrder, pickFiles(photo), submit('#person-message', 'The label is torn')],
  },
};
/** Sent with a photo: the file is named under the message. */
export const ConversationWithFile: Story = {
  args: {
    client: fakeSupportClient('attached'),
    steps: [openPerson, aboutOrder, pickFiles(photo), submit('#person-message', 'The label is torn')],
  },
};

const openGuides = click('[part="guides-button"]');
/** How-to guides: loaded when opened (the guides chunk of the buyer's language), every guide listed. */
export const Guides: Story = { args: { steps: [openGuides] } };
/** A search in the buyer's words: the matching guides, best first. */
export const GuidesSearchResults: Story = { args: { steps: [openGuides, submit('#guide-query', 'refund')] } };
/** No guide matches: what to do next (other words, a person, the connection check); reported as a miss. */
export const GuidesSearchMiss: Story = { args: { steps: [openGuides, submit('#guide-query', 'xylophone')] } };
/** One guide: its steps, "Was this helpful?" and Back to guides. */
export const GuideOpen: Story = { args: { steps: [openGuides, click('[data-guide="start_return"]')] } };
/**
 * A guide with a video: the player (controls, no autoplay, nothing fetched until played), captions in the
 * page's language, and the steps under it as the transcript. The media are the committed recordings
 * (`scripts/record-guide-videos.mjs`), served from the repository here.
 */
export const GuideWithVideo: Story = {
  args: {
    guideMediaBase: GUIDE_MEDIA,
    steps: [openGuides, click('[data-guide="track_parcel"]')],
  },
};
/** After "Was this helpful?": the thanks in its place. */
export const GuideHelpfulThanks: Story = {
  args: { steps: [openGuides, click('[data-guide="open_dispute"]'), click('[part="helpful-yes"]')] },
};

const openTrouble = click('[part="trouble-button"]');
/** "Transaction failed": the declined payment, why (its decline code's words), the steps and "Try another card"; the address rules of the buyer's country. */
export const TransactionFailed: Story = { args: { steps: [openTrouble] } };
/** Two declined payments: the buyer picks one (here the expired card) and reads its cause. */
export const TransactionFailedPickAttempt: Story = {
  args: {
    client: fakeAssistantClient({ suggestions: [SUGGESTIONS.payment_failed, EXPIRED_CARD_PAYMENT] }),
    steps: [openTrouble, click('[part="trouble-attempts"] label:nth-of-type(2) input')],
  },
};
/** No declined payment on the buyer's orders: said plainly; the address help is still there. */
export const TransactionFailedNone: Story = {
  args: { client: fakeAssistantClient({ suggestions: [SUGGESTIONS.recent_order] }), steps: [openTrouble] },
};
/** The address rules of a country without postal codes (United Arab Emirates). */
export const TransactionFailedNoPostalCodes: Story = {
  args: { steps: [openTrouble, choose('#trouble-country', 'AE')] },
};
/** Japan: region required, postal code checked; a code that fits. */
export const TransactionFailedPostalValid: Story = {
  args: { steps: [openTrouble, choose('#trouble-country', 'JP'), submit('#trouble-postal-code', '100-0001')] },
};
/** A postal code that does not fit the country's format: said next to the field, with what to do. */
export const TransactionFailedPostalInvalid: Story = {
  args: { steps: [openTrouble, submit('#trouble-postal-code', '1234')] },
};
/** Checked without a postal code. */
export const TransactionFailedPostalEmpty: Story = {
  args: { steps: [openTrouble, submit('#trouble-postal-code', ' ')] },
};

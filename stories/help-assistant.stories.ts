import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ref } from 'lit/directives/ref.js';
// The built package, as storefronts get it (run `npx tsc -b` first).
import '@txassist/elements';
import type { AssistantClient, TxHelpAssistant } from '@txassist/elements';
import { fakeAssistantClient, SUGGESTIONS } from './fixtures/assistant.js';
import { forcedDir } from './support/globals.js';

type Step = (element: TxHelpAssistant) => Promise<void> | void;

interface AssistantArgs {
  client?: AssistantClient;
  launcher?: boolean;
  steps?: readonly Step[];
}

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
const openSignIn = click('[part="sign-in-button"]');

const meta = {
  title: 'Elements/tx-help-assistant',
  component: 'tx-help-assistant',
  render: (args, { globals }) => html`
    <tx-help-assistant
      .client=${args.client ?? fakeAssistantClient()}
      ?launcher=${args.launcher ?? false}
      lookup-href="/orders/lookup"
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

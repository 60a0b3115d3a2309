import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { Feedback, RefundStatus } from '@txassist/contract';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
// The built package, as storefronts get it (run `npx tsc -b` first).
import '@txassist/elements';
import type { RefundClient, TxRefundRequest } from '@txassist/elements';
import { STORY_NOW } from './fixtures/disputes.js';
import {
  AUTO_APPROVED,
  REFUND_CLOSED,
  REFUND_ELIGIBLE,
  REFUND_IN_TRANSIT,
  REFUND_NOT_YET,
  REFUND_ORDER,
  REFUNDS,
  fakeRefundClient,
} from './fixtures/refunds.js';
import { afterCaseRender, clickShown, eligibilityStory, shownIn } from './support/case-stories.js';
import { forcedDir } from './support/globals.js';
import type { Step as StoryStep } from './support/steps.js';

type Step = StoryStep<TxRefundRequest>;

interface RefundArgs {
  client?: RefundClient;
  refundId?: string;
  headingLevel?: number;
  steps?: readonly Step[];
}

const click = (selector: string): Step => clickShown(selector);
const byEligibility = (state: Parameters<typeof eligibilityStory>[1]): Story =>
  eligibilityStory(fakeRefundClient, state);

const meta = {
  title: 'Elements/tx-refund-request',
  component: 'tx-refund-request',
  render: (args, { globals }) => html`
    <tx-refund-request
      .client=${args.client ?? fakeRefundClient()}
      .now=${STORY_NOW}
      order-id=${REFUND_ORDER.id}
      refund-id=${ifDefined(args.refundId)}
      dir=${ifDefined(forcedDir(globals))}
      heading-level=${args.headingLevel ?? 2}
      ${afterCaseRender(args.steps)}
    ></tx-refund-request>
  `,
  parameters: {
    docs: {
      description: {
        component:
          'Every state from typed fixtures valid against the contract schemas (`OrderEligibility`, `RefundRequest`), ' +
          'with a stand-in client: no server needed.',
      },
    },
  },
} satisfies Meta<RefundArgs>;

export default meta;
type Story = StoryObj<RefundArgs>;

/** Delivered: refund, return and refund, or replacement, until 12 December. */
export const Eligible = byEligibility(REFUND_ELIGIBLE);
/** On its way: a refund may be asked for; returns wait for delivery. */
export const InTransit = byEligibility(REFUND_IN_TRANSIT);
/** Not shipped yet. */
export const NotYetEligible = byEligibility(REFUND_NOT_YET);
/** The return window has closed. */
export const WindowClosed = byEligibility(REFUND_CLOSED);
/** Waiting for the API. */
export const Loading = byEligibility('hang');
/** The order could not be loaded. */
export const LoadError = byEligibility('fail');
/** Sent without choosing: the summary lists what to fix. */
export const FormErrors: Story = { args: { steps: [click('[part="submit-button"]')] } };
/** The order already has a request open: it is shown instead of the form. */
export const OpenRequest: Story = {
  args: {
    client: fakeRefundClient({
      eligibility: { ...REFUND_ELIGIBLE, open_refund_ids: [REFUNDS.requested.id] },
      refund: REFUNDS.requested,
    }),
  },
};

const statusStory = (status: RefundStatus): Story => ({
  args: { client: fakeRefundClient({ refund: REFUNDS[status] }), refundId: REFUNDS[status].id },
});

/** Waiting for the seller, with the auto-approval deadline. */
export const Requested = statusStory('requested');
/** The seller counters with a partial refund: accept or decline. */
export const Countered = statusStory('countered');
export const Approved = statusStory('approved');
/** Declined, with the seller's reason and the next step. */
export const Rejected = statusStory('rejected');
/** The return label, and "I've sent it". */
export const AwaitingShipment = statusStory('awaiting_buyer_shipment');
export const Shipped = statusStory('buyer_shipped');
export const Received = statusStory('received');
/** Refunded to the payment used. */
export const Refunded = statusStory('refunded');
export const Replaced = statusStory('replaced');
export const Completed = statusStory('completed');
export const Cancelled = statusStory('cancelled');
/** A small request approved and refunded at once. */
export const AutoApproved: Story = {
  args: { client: fakeRefundClient({ refund: AUTO_APPROVED }), refundId: AUTO_APPROVED.id },
};
/** Accepting failed: the alert says why. */
export const ActionFailed: Story = {
  args: {
    client: fakeRefundClient({ refund: REFUNDS.countered, actions: 'fail' }),
    refundId: REFUNDS.countered.id,
    steps: [click('[part="accept-offer"]')],
  },
};

// ---- The rating prompt of a resolved request (internal, loaded with import() when shown) --------

const FEEDBACK: Feedback = {
  object: 'feedback',
  id: 'fbk_story000001',
  subject: { type: 'case', id: REFUNDS.completed.id },
  rating: 4,
  helpful: null,
  comment: null,
  replaced: false,
  created_at: STORY_NOW.toISOString(),
  updated_at: STORY_NOW.toISOString(),
};

/** A step inside the prompt's own shadow root, once its chunk has loaded and rendered. */
const inPrompt =
  (selector: string): Step =>
  async (host) => {
    const prompt = await shownIn(host, 'tx-rating-prompt');
    await customElements.whenDefined('tx-rating-prompt');
    await (prompt as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    prompt.shadowRoot?.querySelector<HTMLElement>(selector)?.click();
  };

const rated = (send: () => Promise<Feedback>, steps: readonly Step[]): Story => ({
  args: {
    client: { ...fakeRefundClient({ refund: REFUNDS.completed }), feedback: { send } } as RefundClient,
    refundId: REFUNDS.completed.id,
    steps,
  },
});
const rateFour = [inPrompt('input[value="4"]'), inPrompt('[part="send-button"]')];

/** Resolved: "How did we do?" — 1 to 5 with visible labels, an optional comment, Send. */
export const RatingPrompt = rated(() => Promise.resolve(FEEDBACK), []);
/** Send without a rating: the alert says what to do, focus on the first rating. */
export const RatingMissing = rated(() => Promise.resolve(FEEDBACK), [inPrompt('[part="send-button"]')]);
/** Sending (the API has not answered yet). */
export const RatingSending = rated(() => new Promise<Feedback>(() => undefined), rateFour);
/** Sent: the thanks takes focus. */
export const RatingThanks = rated(() => Promise.resolve(FEEDBACK), rateFour);
/** The send failed: the answers stay, the alert says what to do. */
export const RatingFailed = rated(() => Promise.reject(new Error('offline')), rateFour);

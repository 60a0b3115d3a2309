import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { DisputeReason } from '@txassist/contract';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
// The built package, as storefronts get it (run `npx tsc -b` first).
import '@txassist/elements';
import type { DisputeClient, DisputeDraft, TxDisputeForm } from '@txassist/elements';
import type { DraftStore } from '@txassist/sdk';
import {
  DISPUTE_ORDER,
  DISPUTES,
  ELIGIBLE,
  NOT_RECEIVED_LOCKED,
  NOT_YET_ELIGIBLE,
  OFFER_EXPIRING,
  STORY_NOW,
  WINDOW_CLOSED,
  emptyFile,
  fakeDisputeClient,
  jpegFile,
  memoryDraftStore,
  savedDraft,
  spoofedFile,
} from './fixtures/disputes.js';
import { afterCaseRender, clickShown, eligibilityStory, shownIn } from './support/case-stories.js';
import { forcedDir } from './support/globals.js';
import type { Step as StoryStep } from './support/steps.js';

/** What the buyer does right after the element renders, to reach a state that follows an action. */
type Step = StoryStep<TxDisputeForm>;

interface DisputeArgs {
  client?: DisputeClient;
  disputeId?: string;
  draftStore?: DraftStore<DisputeDraft>;
  headingLevel?: number;
  steps?: readonly Step[];
}

const click = (selector: string): Step => clickShown(selector);
const byEligibility = (state: Parameters<typeof eligibilityStory>[1]): Story =>
  eligibilityStory(fakeDisputeClient, state);

/** Chooses files in the evidence input, as the file picker would. */
const chooseFiles =
  (...files: (() => File)[]): Step =>
  async (host) => {
    const input = await shownIn<HTMLInputElement>(host, '#evidence-input');
    const transfer = new DataTransfer();
    for (const file of files) transfer.items.add(file());
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await new Promise((resolve) => setTimeout(resolve, 50));
  };

const goOffline: Step = () => {
  window.dispatchEvent(new Event('offline'));
};

const meta = {
  title: 'Elements/tx-dispute-form',
  component: 'tx-dispute-form',
  render: (args, { globals }) => html`
    <tx-dispute-form
      .client=${args.client ?? fakeDisputeClient()}
      .draftStore=${args.draftStore ?? memoryDraftStore()}
      .now=${STORY_NOW}
      order-id=${DISPUTE_ORDER.id}
      dispute-id=${ifDefined(args.disputeId)}
      dir=${ifDefined(forcedDir(globals))}
      heading-level=${args.headingLevel ?? 2}
      ${afterCaseRender(args.steps)}
    ></tx-dispute-form>
  `,
  parameters: {
    docs: {
      description: {
        component:
          'Every state from typed fixtures valid against the contract schemas (`OrderEligibility`, `Dispute`, ' +
          '`Evidence`), with a stand-in client and an in-memory draft store: no server needed. States that follow ' +
          'an action (evidence errors, uploads, confirmations) are reached by the same clicks a buyer makes.',
      },
    },
  },
} satisfies Meta<DisputeArgs>;

export default meta;
type Story = StoryObj<DisputeArgs>;

// ---- eligibility ------------------------------------------------------------------------------

/** Every reason open: "You can open a case until 12 December". */
export const Eligible = byEligibility(ELIGIBLE);

/** Delivered yesterday: "It hasn't arrived" is not available yet, and says from when. */
export const ReasonNotYetOpen = byEligibility(NOT_RECEIVED_LOCKED);

/** Before the estimated delivery: nothing can be reported yet. */
export const NotYetEligible = byEligibility(NOT_YET_ELIGIBLE);

/** Every window has closed. */
export const WindowClosed = byEligibility(WINDOW_CLOSED);

/** Waiting for the API. */
export const Loading = byEligibility('hang');

/** The order could not be loaded: why, and Try again. */
export const LoadError = byEligibility('fail');

// ---- the form ---------------------------------------------------------------------------------

/** A draft restored on reload: each reason, with its description and chosen item. */
const withDraft = (reason: DisputeReason): Story => ({
  args: { client: fakeDisputeClient(), draftStore: memoryDraftStore(savedDraft(reason)) },
});
export const DraftNotReceived = withDraft('not_received');
export const DraftDamaged = withDraft('damaged');
export const DraftNotAsDescribed = withDraft('not_as_described');
export const DraftWrongItem = withDraft('wrong_item');
export const DraftMissingParts = withDraft('missing_parts');
export const DraftUnauthorized = withDraft('unauthorized');
export const DraftOther = withDraft('other');

/** Sent empty: the summary lists what to fix, each field says it too. */
export const FormErrors: Story = { args: { steps: [click('[part="submit-button"]')] } };

/** The connection dropped: the draft stays on the device, and the form says so. */
export const Offline: Story = {
  args: { draftStore: memoryDraftStore(savedDraft('damaged')), steps: [goOffline] },
};

/** Sending failed: nothing was filed twice, and Send again reuses the same key. */
export const SubmitFailed: Story = {
  args: {
    client: fakeDisputeClient({ actions: 'fail' }),
    draftStore: memoryDraftStore(savedDraft('damaged')),
    steps: [click('[part="submit-button"]')],
  },
};

// ---- evidence ---------------------------------------------------------------------------------

/** A photo uploaded and ready to be attached. */
export const EvidenceUploaded: Story = { args: { steps: [chooseFiles(() => jpegFile())] } };

/** Uploading: the progress bar at 40 %, with Cancel. */
export const EvidenceUploading: Story = {
  args: { client: fakeDisputeClient({ uploads: 'progress' }), steps: [chooseFiles(() => jpegFile())] },
};

/** The upload failed: Try again or Remove. */
export const EvidenceUploadFailed: Story = {
  args: { client: fakeDisputeClient({ uploads: 'fail' }), steps: [chooseFiles(() => jpegFile())] },
};

/** A text file renamed `.jpg`: refused for its content, not its name. */
export const EvidenceWrongType: Story = { args: { steps: [chooseFiles(spoofedFile)] } };

/** Larger than the seller's limit (5 MB). */
export const EvidenceTooLarge: Story = {
  args: { steps: [chooseFiles(() => jpegFile('huge-photo.jpg', 6 * 1024 * 1024))] },
};

/** One file more than the policy allows (3). */
export const EvidenceTooMany: Story = {
  args: {
    steps: [
      chooseFiles(
        () => jpegFile('one.jpg'),
        () => jpegFile('two.jpg'),
        () => jpegFile('three.jpg'),
        () => jpegFile('four.jpg'),
      ),
    ],
  },
};

/** An empty file. */
export const EvidenceEmpty: Story = { args: { steps: [chooseFiles(emptyFile)] } };

// ---- the case ---------------------------------------------------------------------------------

const caseStory = (dispute: (typeof DISPUTES)[keyof typeof DISPUTES]): Story => ({
  args: { client: fakeDisputeClient({ dispute }), disputeId: dispute.id },
});

/** Filed: the seller has until the deadline to answer; escalation opens after it. */
export const CaseAwaitingSeller = caseStory(DISPUTES.awaiting_seller);
/** The seller offers a partial refund: accept or decline, with the deadline. */
export const CaseSellerOffer = caseStory(DISPUTES.offer_pending);
/** The offer lapses in three hours: the countdown turns urgent. */
export const CaseOfferExpiring = caseStory(OFFER_EXPIRING);
/** No agreement: the buyer may ask the platform to decide. */
export const CaseNoAgreement = caseStory(DISPUTES.no_agreement);
/** Escalated: the team reviews it. */
export const CaseEscalated = caseStory(DISPUTES.escalated);
/** The team asked the buyer a question; the message box answers it. */
export const CaseInfoRequested = caseStory(DISPUTES.awaiting_info);
/** The buyer accepted the seller's offer. */
export const CaseSettled = caseStory(DISPUTES.settled);
/** Decided for the buyer, with the reason and the refund. */
export const CaseDecidedForBuyer = caseStory(DISPUTES.resolved_buyer);
/** Decided for the seller, with the reason. */
export const CaseDecidedForSeller = caseStory(DISPUTES.resolved_seller);
/** Withdrawn by the buyer. */
export const CaseWithdrawn = caseStory(DISPUTES.withdrawn);

/** "Withdraw case" pressed: the confirmation. */
export const CaseWithdrawConfirm: Story = {
  args: { ...caseStory(DISPUTES.offer_pending).args, steps: [click('[part="withdraw-button"]')] },
};

/** Accepting failed: the alert says why, the offer stays. */
export const CaseActionFailed: Story = {
  args: {
    client: fakeDisputeClient({ dispute: DISPUTES.offer_pending, actions: 'fail' }),
    disputeId: DISPUTES.offer_pending.id,
    steps: [click('[part="accept-offer"]')],
  },
};

/** A level-1 heading, for a page where the form is the main content. */
export const PageHeading: Story = { args: { headingLevel: 1 } };

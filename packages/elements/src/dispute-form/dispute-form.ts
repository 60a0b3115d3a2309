import type { Dispute, DisputeActionRequest } from '@txassist/contract/types';
import { RATEABLE_DISPUTE_STATUSES } from '@txassist/contract/values';
import { html } from 'lit';
import type { DraftStore } from '@txassist/sdk';
import type { Translator } from '@txassist/sdk/i18n';
import { TxDisputeChangeEvent } from '../events/dispute-change.js';
import { TxDisputeFiledEvent } from '../events/dispute-filed.js';
import { DISPUTE } from '../i18n/catalogs/dispute/en.js';
import { TxCaseForm } from '../internal/case-form.js';
import { describeFailure, type Failure } from '../internal/failure.js';
import { caseView, eligibilityView, orderSummary } from './adapter.js';
import { ConnectivityController } from './connectivity.js';
import { CASE_STEPS, sendCaseStep } from './case-steps.js';
import { DISPUTE_CLIENT, type DisputeClient } from './client.js';
import { disputeDraftStore, type DisputeDraft } from './draft.js';
import { applyInput, DisputeFormFlow } from './form-flow.js';
import type { DisputeEligibility, OrderSummary } from './types.js';
import type { CaseAction } from './views/case-view.js';
import { renderBody as renderScreen, type Screen } from './views/screen.js';
import { CaseChunk } from './views/case-chunk.js';
import { EvidenceFilesChunk } from './views/evidence-files-chunk.js';
import { wordsFor } from '../internal/words-for.js';
import { ratingPrompt } from '../internal/rating-prompt/hook.js';

/**
 * The buyer's dispute about an order: what went wrong (reason, items, description, desired outcome,
 * photos or documents with upload progress), then the case itself — the mediation thread with the
 * seller, the seller's offers to accept or decline, visible deadlines with countdowns, escalation to
 * the platform's review, the decision with its reason, and withdrawal at any open stage.
 *
 * No lost work: the draft (text, choices and chosen files) is kept on the device per order, across
 * reloads and while offline; a submission that failed is sent again with the same idempotency key,
 * so the case is filed once.
 *
 * Live: with a client that has `events` (the element's own, or the provider's `TxClient`), the case
 * re-reads and re-renders itself when the seller, the team or a deadline changes it, and says so in
 * its polite live region; offline it waits and catches up when the connection is back.
 *
 * Set `order-id` to open the form (or the order's open case), or `dispute-id` to show a case.
 * Open it from the order tracker's `tx-report-problem` event by setting `orderId` from `event.orderId`.
 *
 * @summary Report a problem with an order, then follow the case to its resolution.
 * @tag tx-dispute-form
 *
 * @event tx-dispute-filed - The case was filed (`event.dispute`).
 * @event tx-dispute-change - The buyer accepted or declined an offer, escalated, withdrew or wrote (`event.action`, `event.dispute`).
 *
 * @csspart base - The card around everything.
 * @csspart heading - The main heading.
 * @csspart status-message - The polite live region (visually hidden).
 * @csspart error - Alert regions: what went wrong and what to do next.
 * @csspart form - The dispute form.
 * @csspart reasons - The reason choices.
 * @csspart items - The item choices.
 * @csspart description - The description box.
 * @csspart outcomes - The desired-outcome choices.
 * @csspart evidence - The evidence picker.
 * @csspart evidence-input - The file input.
 * @csspart files - The list of chosen files.
 * @csspart file - One chosen file with its upload state.
 * @csspart cancel-upload - Stops an upload.
 * @csspart retry-upload - Sends a failed or stopped upload again.
 * @csspart remove-file - Removes a chosen file.
 * @csspart draft-status - Says where the draft is kept (or that it was restored).
 * @csspart offline - The offline notice.
 * @csspart submit-button - Opens the case.
 * @csspart discard-button - Forgets the draft.
 * @csspart case - The case view.
 * @csspart status - The case's status badge.
 * @csspart deadline - The next deadline with its countdown.
 * @csspart offer - The seller's offer.
 * @csspart accept-offer - Accepts the offer.
 * @csspart decline-offer - Declines the offer.
 * @csspart info-request - The team's question to the buyer.
 * @csspart decision - The team's decision and its reason.
 * @csspart refund - What was refunded.
 * @csspart escalate-button - Asks the team to decide.
 * @csspart withdraw-button - Starts withdrawing the case.
 * @csspart withdraw-confirmation - The confirmation step of withdrawing.
 * @csspart confirm-withdraw - Withdraws for good.
 * @csspart keep-case - Leaves the confirmation.
 * @csspart thread - The mediation thread.
 * @csspart message - One message.
 * @csspart composer - The message box.
 * @csspart send-button - Sends the message.
 * @csspart retry-button - Try again after a failed load.
 *
 * @cssproperty --tx-color-surface - Card background.
 * @cssproperty --tx-color-text - Main text colour.
 * @cssproperty --tx-color-text-muted - Secondary text (keep 4.5:1 contrast on the surface).
 * @cssproperty --tx-color-border - Card and divider borders.
 * @cssproperty --tx-color-accent - Main button, choices, progress bars.
 * @cssproperty --tx-color-on-accent - Text on accent backgrounds.
 * @cssproperty --tx-color-danger - Errors and the withdraw button.
 * @cssproperty --tx-color-success - Decisions in the buyer's favour and refunds.
 * @cssproperty --tx-color-attention - Deadlines close to expiry and notices.
 * @cssproperty --tx-color-focus - Focus ring.
 * @cssproperty --tx-font-family - Font stack.
 * @cssproperty --tx-font-size - Base font size.
 * @cssproperty --tx-radius - Card corner radius.
 * @cssproperty --tx-space - Base spacing unit.
 * @cssproperty --tx-density - Multiplier of every spacing.
 */
export class TxDisputeForm extends TxCaseForm<DisputeClient, Dispute, Screen, CaseAction> {
  // `static properties` rather than decorators: they would bundle TypeScript's decorator helpers (see TxElement).
  static override properties = {
    disputeId: { attribute: 'dispute-id' },
    draftStore: { attribute: false },
    caseFailure: { state: true },
    confirmingWithdraw: { state: true },
    messageDraft: { state: true },
    messageEmpty: { state: true },
  };

  /** A case to show (takes precedence over `order-id`). */
  declare disputeId: string;
  /** Where drafts are kept; defaults to IndexedDB on this origin. */
  declare draftStore: DraftStore<DisputeDraft> | undefined;

  declare private caseFailure: { action: CaseAction; failure: Failure } | undefined;
  declare private confirmingWithdraw: boolean;
  declare private messageDraft: string;
  declare private messageEmpty: boolean;

  readonly #network = new ConnectivityController(this, () => this.#flow?.resumeUploads());
  #flow: DisputeFormFlow | undefined;
  /** The case view: a chunk of its own (with its words), loaded when a dispute is first shown. */
  readonly #caseView = new CaseChunk(this, this.i18n);
  /** The chosen and refused files' views: a chunk of their own, fetched when the form is shown. */
  readonly #evidenceFiles = new EvidenceFilesChunk(this);

  constructor() {
    super('dispute', 'disputeId', DISPUTE, DISPUTE_CLIENT);
    this.disputeId = '';
    this.draftStore = undefined;
    this.caseFailure = undefined;
    this.confirmingWithdraw = false;
    this.messageDraft = '';
    this.messageEmpty = false;
    this.lazyViews.push(this.#caseView, this.#evidenceFiles);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated && this.screen.kind === 'loading') this.requestLoad();
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resetForm();
    if (this.screen.kind === 'form') this.screen = { kind: 'loading' };
  }

  protected override resetForm(): void {
    this.#flow?.dispose();
    this.#flow = undefined;
  }

  protected override shownCase(): Dispute | undefined {
    return this.screen.kind === 'case' ? this.screen.dispute : undefined;
  }

  protected override showNewer(dispute: Dispute, { t }: Translator): void {
    if (this.screen.kind !== 'case') return;
    this.#showCase(dispute, this.screen.view.orderNumber);
    this.announce(
      t('dispute.live.updated', { status: wordsFor(t, `dispute.phase.${dispute.status}`, 'dispute.other') }),
    );
  }

  protected override async loadScreen(client: DisputeClient, signal: AbortSignal): Promise<void> {
    if (this.disputeId) {
      const dispute = await client.disputes.get(this.disputeId, { signal });
      const order = await client.orders.get(dispute.order_id, { signal }).catch(() => undefined);
      this.#showCase(dispute, order?.number ?? dispute.order_id);
      return;
    }
    const [order, eligibility] = await Promise.all([
      client.orders.get(this.orderId, { signal }),
      client.disputes.eligibility(this.orderId, { signal }),
    ]);
    if (eligibility.open_dispute_id) {
      const dispute = await client.disputes.get(eligibility.open_dispute_id, { signal });
      this.#showCase(dispute, order.number);
      return;
    }
    this.#showForm(client, orderSummary(order, eligibility), eligibilityView(eligibility));
  }

  #showForm(client: DisputeClient, order: OrderSummary, eligibility: DisputeEligibility): void {
    this.screen = { kind: 'form', order, eligibility };
    if (eligibility.state !== 'eligible') return;
    void this.#evidenceFiles.load();
    this.#flow = new DisputeFormFlow({
      orderId: order.id,
      client,
      store: this.draftStore ?? disputeDraftStore(),
      rules: eligibility.evidence,
      online: () => this.#network.online,
      onChange: () => this.requestUpdate(),
    });
    void this.#flow.restore().then(() => {
      if (this.#flow?.draftStatus === 'restored') this.announce(this.#restoredText());
    });
  }

  #showCase(dispute: Dispute, orderNumber: string): void {
    this.screen = { kind: 'case', dispute, view: caseView(dispute, orderNumber) };
  }

  #restoredText(): string {
    const { t, date } = this.i18n.translator;
    const at = this.#flow?.restoredAt;
    return at ? t('dispute.draft.restored', { date: date(at, { dateStyle: 'medium', timeStyle: 'short' }) }) : '';
  }

  // ---- form events --------------------------------------------------------------------------

  readonly #onInput = (event: Event): void => {
    if (this.#flow && this.screen.kind === 'form') applyInput(this.#flow, event.target as Element, this.screen.order);
  };

  readonly #onFiles = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    input.value = '';
    void this.#flow?.addFiles(files);
  };

  readonly #onSubmit = async (event: Event): Promise<void> => {
    event.preventDefault();
    const flow = this.#flow;
    if (!flow || flow.submitting) return;
    const dispute = await flow.submit();
    if (!dispute) {
      await this.focusAfterRender(flow.errors.size > 0 ? '#errors-heading' : '#form-errors');
      return;
    }
    const number = this.screen.kind === 'form' ? this.screen.order.number : dispute.order_id;
    flow.dispose();
    this.#flow = undefined;
    this.#showCase(dispute, number);
    this.announce(this.i18n.translator.t('dispute.case.filed'));
    this.dispatchEvent(new TxDisputeFiledEvent(dispute));
    await this.focusAfterRender('#case-heading');
  };

  readonly #onDiscard = async (): Promise<void> => {
    await this.#flow?.discard();
    this.announce(this.i18n.translator.t('dispute.draft.discarded'));
    await this.focusAfterRender('#reason-not_received');
  };

  // ---- case events --------------------------------------------------------------------------

  async #act(action: CaseAction, body: DisputeActionRequest | undefined, announce: string): Promise<boolean> {
    const client = this.activeClient;
    if (this.screen.kind !== 'case' || !client || this.busy) return false;
    const { dispute, view } = this.screen;
    this.busy = action;
    this.caseFailure = undefined;
    try {
      const result = await sendCaseStep(client, dispute.id, body, this.messageDraft.trim());
      this.#showCase(result.dispute, view.orderNumber);
      this.announce(announce);
      this.dispatchEvent(new TxDisputeChangeEvent(result.action, result.dispute));
      return true;
    } catch (error) {
      this.caseFailure = { action, failure: describeFailure(error) };
      await this.focusAfterRender('#case-error');
      return false;
    } finally {
      this.busy = undefined;
    }
  }

  readonly #onCaseAction = async (action: Exclude<CaseAction, 'message'>): Promise<void> => {
    const step = CASE_STEPS[action];
    const done = await this.#act(action, step.body, this.i18n.translator.t(step.done));
    // Escalating or withdrawing changes the whole case: the buyer lands on its heading.
    if (done && (action === 'escalate' || action === 'withdraw')) {
      this.confirmingWithdraw = false;
      await this.focusAfterRender('#case-heading');
    }
  };

  readonly #onSend = async (event: Event): Promise<void> => {
    event.preventDefault();
    const { t } = this.i18n.translator;
    const text = this.messageDraft.trim();
    if (!text) {
      this.messageEmpty = true;
      await this.focusAfterRender('#message');
      return;
    }
    const answers = this.screen.kind === 'case' && this.screen.view.answersInfoRequest;
    const body: DisputeActionRequest | undefined = answers ? { action: 'provide_info', message: text } : undefined;
    if (await this.#act('message', body, t('mediation.thread.sent'))) this.messageDraft = '';
  };

  /** Removes a chosen (or uploaded) file, says so, and puts focus on "Add photos" (its button is gone). */
  #onRemoveFile = (id: string) => {
    const entry = this.#flow?.entries.find((candidate) => candidate.id === id);
    if (!entry) return;
    this.#flow!.remove(id);
    this.announce(this.i18n.translator.t('dispute.evidence.removed', { file: entry.name }));
    void this.focusAfterRender('#evidence-input');
  };

  // ---- rendering ----------------------------------------------------------------------------

  protected override renderBody(translator: Translator, level: number) {
    const flow = this.#flow;
    const dispute = this.screen.kind === 'case' ? this.screen.dispute : undefined;
    const body = renderScreen({
      translator,
      level,
      screen: this.screen,
      flow,
      online: this.#network.online,
      now: this.now ?? this.#network.now,
      restoredText: flow?.draftStatus === 'restored' ? this.#restoredText() : '',
      form: {
        onInput: this.#onInput,
        onFiles: this.#onFiles,
        onCancelUpload: (id) => flow?.cancel(id),
        onRetryUpload: (id) => void flow?.upload(id),
        onRemoveFile: this.#onRemoveFile,
        onSubmit: this.#onSubmit,
        onDiscard: this.#onDiscard,
        onFocusField: (id) => void this.focusAfterRender(`#${id}`),
        evidenceFiles: this.#evidenceFiles,
      },
      caseOptions: {
        busy: this.busy,
        failure: this.caseFailure,
        confirmingWithdraw: this.confirmingWithdraw,
        thread: {
          draft: this.messageDraft,
          emptyError: this.messageEmpty,
          onDraftInput: (event: Event) => {
            this.messageDraft = (event.target as HTMLTextAreaElement).value;
            if (this.messageDraft.trim()) this.messageEmpty = false;
          },
          onSend: this.#onSend,
        },
        onAction: this.#onCaseAction,
        onWithdrawStart: () => {
          this.confirmingWithdraw = true;
          void this.focusAfterRender('#withdraw-heading');
        },
        onWithdrawCancel: () => {
          this.confirmingWithdraw = false;
          void this.focusAfterRender('#withdraw-button');
        },
      },
      onRetryLoad: () => this.retryLoad(),
      caseView: this.#caseView,
    });
    const closed = !!dispute && (RATEABLE_DISPUTE_STATUSES as readonly string[]).includes(dispute.status);
    return html`${body}${ratingPrompt(this, { type: 'case', id: dispute?.id ?? '' }, closed)}`;
  }
}

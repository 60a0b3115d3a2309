import type {
  OrderEligibility,
  RefundActionRequest,
  RefundReason,
  RefundRequest,
  RefundType,
} from '@txassist/contract/types';
import type { Translator } from '@txassist/sdk/i18n';
import { html, nothing } from 'lit';
import { alertRegion, button, failureText, heading } from '../internal/case-views.js';
import { TxRefundChangeEvent } from '../events/refund-change.js';
import { TxRefundRequestedEvent } from '../events/refund-requested.js';
import { REFUND } from '../i18n/catalogs/refund/en.js';
import { TxCaseForm } from '../internal/case-form.js';
import { describeFailure, type Failure } from '../internal/failure.js';
import { REFUND_CLIENT, type RefundClient } from './client.js';
import { eligibilityNotice } from './eligibility.js';
import { EMPTY_REFUND_DRAFT, renderRefundForm, type RefundDraft, type RefundField } from './views/form-view.js';
import type { RefundAction } from './views/status-view.js';
import { StatusChunk } from './views/status-chunk.js';
import { wordsFor } from '../internal/words-for.js';
import { ratingPrompt } from '../internal/rating-prompt/hook.js';
import { RATEABLE_REFUND_STATUSES } from '@txassist/contract/values';

type Screen =
  | { readonly kind: 'form'; readonly orderNumber: string; readonly eligibility: OrderEligibility }
  | { readonly kind: 'status'; readonly refund: RefundRequest; readonly existing: boolean };

/**
 * The buyer asks for a refund, a return and refund, or a replacement of some items of an order, then
 * follows it: the seller's answer (or a partial-refund counter-offer to accept or decline), the
 * return label, "I've sent it", the refund. What may be asked and until when comes from the server
 * ("You can ask for a refund until 12 December"); the element only shows it.
 *
 * Live: with a client that has `events` (the element's own, or the provider's `TxClient`), the request
 * re-reads and re-renders itself when the seller or a deadline changes it, and says so in its polite
 * live region; offline it waits and catches up when the connection is back.
 *
 * Set `order-id` to show the form (or the order's open request), or `refund-id` to show a request.
 *
 * @summary Ask for a refund, return or replacement and follow it to the refund.
 * @tag tx-refund-request
 *
 * @event tx-refund-requested - The request was sent (`event.refund`).
 * @event tx-refund-change - The buyer answered an offer, sent the return or cancelled (`event.action`, `event.refund`).
 *
 * @csspart base - The card around everything.
 * @csspart status-message - The polite live region (visually hidden).
 * @csspart error - Alert regions: what went wrong and what to do next.
 * @csspart eligibility - What may be asked and until when.
 * @csspart form - The request form.
 * @csspart types - The request type choices.
 * @csspart items - The item choices.
 * @csspart reason - The reason list.
 * @csspart total - What the request comes to.
 * @csspart submit-button - Sends the request.
 * @csspart status-view - The request's status.
 * @csspart status - The status badge.
 * @csspart steps - The steps of the request.
 * @csspart deadline - The next deadline.
 * @csspart counter-offer - The seller's partial-refund offer.
 * @csspart accept-offer - Accepts the offer.
 * @csspart decline-offer - Declines the offer.
 * @csspart return-label - The return label and "I've sent it".
 * @csspart label-link - The link to the label.
 * @csspart shipped-button - Says the return is on its way.
 * @csspart refund - What was refunded.
 * @csspart cancel-button - Cancels the request.
 * @csspart retry-button - Try again after a failed load.
 *
 * @cssproperty --tx-color-surface - Card background.
 * @cssproperty --tx-color-text - Main text colour.
 * @cssproperty --tx-color-text-muted - Secondary text.
 * @cssproperty --tx-color-border - Borders.
 * @cssproperty --tx-color-accent - Main button, choices, current step.
 * @cssproperty --tx-color-on-accent - Text on accent backgrounds.
 * @cssproperty --tx-color-danger - Errors and the cancel button.
 * @cssproperty --tx-color-success - Refunds and finished steps.
 * @cssproperty --tx-color-attention - Notices and close deadlines.
 * @cssproperty --tx-color-focus - Focus ring.
 * @cssproperty --tx-font-family - Font stack.
 * @cssproperty --tx-radius - Card corner radius.
 * @cssproperty --tx-space - Base spacing unit.
 */
export class TxRefundRequest extends TxCaseForm<RefundClient, RefundRequest, Screen, RefundAction> {
  // `static properties` rather than decorators: they would bundle TypeScript's decorator helpers (see TxElement).
  static override properties = {
    refundId: { attribute: 'refund-id' },
    draft: { state: true },
    errors: { state: true },
    submitting: { state: true },
    failure: { state: true },
  };

  /** A request to show (takes precedence over `order-id`). */
  declare refundId: string;

  declare private draft: RefundDraft;
  declare private errors: ReadonlySet<RefundField>;
  declare private submitting: boolean;
  declare private failure: Failure | undefined;

  /** Fixed at the first attempt to send; every retry of the same request reuses it, so it is filed once. */
  #submitKey: string | undefined;

  /** The status view: a chunk of its own, loaded when a request is first shown. */
  readonly #status = new StatusChunk(this);

  constructor() {
    super('refund_request', 'refundId', REFUND, REFUND_CLIENT);
    this.refundId = '';
    this.draft = EMPTY_REFUND_DRAFT;
    this.errors = new Set();
    this.submitting = false;
    this.failure = undefined;
    this.lazyViews.push(this.#status);
  }

  protected override shownCase(): RefundRequest | undefined {
    return this.screen.kind === 'status' ? this.screen.refund : undefined;
  }

  protected override showNewer(refund: RefundRequest, { t }: Translator): void {
    if (this.screen.kind !== 'status') return;
    this.screen = { ...this.screen, refund };
    this.announce(t('refund.live.updated', { status: wordsFor(t, `refund.phase.${refund.status}`, 'refund.other') }));
  }

  protected override async loadScreen(client: RefundClient, signal: AbortSignal): Promise<void> {
    if (this.refundId) {
      this.screen = { kind: 'status', refund: await client.refunds.get(this.refundId, { signal }), existing: false };
      return;
    }
    const [order, eligibility] = await Promise.all([
      client.orders.get(this.orderId, { signal }),
      client.refunds.eligibility(this.orderId, { signal }),
    ]);
    const open = eligibility.open_refund_ids[0];
    if (open) {
      this.screen = { kind: 'status', refund: await client.refunds.get(open, { signal }), existing: true };
      return;
    }
    const firstType = (['refund', 'return_and_refund', 'replacement'] as const).find(
      (type) => eligibility.refund_types[type]?.status === 'eligible',
    );
    this.draft = { ...EMPTY_REFUND_DRAFT, type: firstType };
    this.screen = { kind: 'form', orderNumber: order.number, eligibility };
  }

  #validate(): Set<RefundField> {
    const errors = new Set<RefundField>();
    if (!this.draft.type) errors.add('type');
    if (Object.keys(this.draft.items).length === 0) errors.add('items');
    if (!this.draft.reason) errors.add('reason');
    return errors;
  }

  readonly #onInput = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const draft = this.draft;
    if (input.name === 'type') this.draft = { ...draft, type: input.value as RefundType };
    else if (input.name === 'reason') this.draft = { ...draft, reason: (input.value || undefined) as RefundReason };
    else if (input.name === 'note') this.draft = { ...draft, note: input.value };
    else if (input.name === 'item') {
      const items = { ...draft.items };
      const item =
        this.screen.kind === 'form'
          ? this.screen.eligibility.items.find((i) => i.line_item_id === input.value)
          : undefined;
      if (input.checked) items[input.value] = items[input.value] ?? item?.claimable_quantity ?? 1;
      else delete items[input.value];
      this.draft = { ...draft, items };
    } else if (input.name === 'quantity') {
      const id = input.dataset.item ?? '';
      const max = Number(input.max) || 1;
      const quantity = Math.min(Math.max(Math.round(Number(input.value)) || 1, 1), max);
      if (draft.items[id] !== undefined) this.draft = { ...draft, items: { ...draft.items, [id]: quantity } };
    }
    if (this.errors.size > 0) this.errors = this.#validate();
  };

  readonly #onSubmit = async (event: Event): Promise<void> => {
    event.preventDefault();
    const client = this.activeClient;
    if (this.submitting || !client || this.screen.kind !== 'form') return;
    this.failure = undefined;
    this.errors = this.#validate();
    if (this.errors.size > 0) return this.focusAfterRender('#errors-heading');
    const { type, reason, items, note } = this.draft;
    this.submitting = true;
    this.#submitKey ??= globalThis.crypto.randomUUID();
    try {
      const refund = await client.refunds.request(
        this.orderId,
        {
          type: type as RefundType,
          reason: reason as RefundReason,
          items: Object.entries(items).map(([line_item_id, quantity]) => ({ line_item_id, quantity })),
          ...(note.trim() ? { note: note.trim() } : {}),
        },
        { idempotencyKey: this.#submitKey },
      );
      this.#submitKey = undefined;
      this.screen = { kind: 'status', refund, existing: false };
      this.announce(this.i18n.translator.t('refund.requested'));
      this.dispatchEvent(new TxRefundRequestedEvent(refund));
      await this.focusAfterRender('#status-heading');
    } catch (error) {
      this.failure = describeFailure(error);
      await this.focusAfterRender('#form-errors');
    } finally {
      this.submitting = false;
    }
  };

  readonly #onAction = async (action: RefundAction): Promise<void> => {
    const client = this.activeClient;
    if (this.busy || !client || this.screen.kind !== 'status') return;
    const { t } = this.i18n.translator;
    const refund = this.screen.refund;
    const label = refund.return_label;
    const body: RefundActionRequest =
      action === 'mark_shipped'
        ? { action, carrier: label?.carrier ?? 'sim', tracking_number: label?.tracking_number ?? '' }
        : { action };
    this.busy = action;
    this.failure = undefined;
    try {
      const updated = await client.refunds.act(refund.id, body);
      this.screen = { kind: 'status', refund: updated, existing: this.screen.existing };
      const done = {
        accept_offer: 'refund.counter.accepted',
        decline_offer: 'refund.counter.declined',
        mark_shipped: 'refund.shipped.done',
        cancel: 'refund.cancel.done',
      } as const;
      this.announce(t(done[action]));
      this.dispatchEvent(new TxRefundChangeEvent(action, updated));
      await this.focusAfterRender('#status-heading');
    } catch (error) {
      this.failure = describeFailure(error);
      await this.focusAfterRender('#action-error');
    } finally {
      this.busy = undefined;
    }
  };

  protected override renderBody(translator: Translator, level: number) {
    const { t } = translator;
    const screen = this.screen;
    if (screen.kind === 'status') {
      return html`${screen.existing ? html`<p class="info">${t('refund.eligibility.open_request')}</p>` : nothing}
      ${this.#status.render({
        translator,
        level,
        refund: screen.refund,
        now: this.now ?? new Date(),
        busy: this.busy,
        failure: this.failure,
        onAction: (action) => void this.#onAction(action),
      })}
      ${ratingPrompt(this, { type: 'case', id: screen.refund.id }, (RATEABLE_REFUND_STATUSES as readonly string[]).includes(screen.refund.status))}`;
    }
    const header = html`<header class="header">
      ${heading(level, 'form-heading', t('refund.heading'), true, 'heading')}
      ${screen.kind === 'form' ? html`<p class="muted">${t('refund.order', { number: screen.orderNumber })}</p>` : nothing}
    </header>`;
    if (screen.kind === 'error') {
      return html`${header} ${alertRegion('load-error', failureText(screen.failure, translator))}
      ${
        screen.failure.retryable
          ? button({
              label: t('error.retry'),
              part: 'retry-button',
              onClick: () => this.retryLoad(),
            })
          : nothing
      }`;
    }
    if (screen.kind !== 'form')
      return html`${header}
        <p class="muted">${t('refund.loading')}</p>`;
    const notice = eligibilityNotice(translator, screen.eligibility, this.draft.type);
    return html`${header} ${notice.content}
    ${
      notice.canAsk
        ? renderRefundForm({
            translator,
            eligibility: screen.eligibility,
            draft: this.draft,
            errors: this.errors,
            submitting: this.submitting,
            failure: this.failure,
            onInput: this.#onInput,
            onSubmit: this.#onSubmit,
            onFocusField: (id) => void this.focusAfterRender(`#${id}`),
          })
        : nothing
    }`;
  }
}

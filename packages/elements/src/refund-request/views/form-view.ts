import { REFUND_REASONS, REFUND_TYPES } from '@txassist/contract/values';
import type { Money, OrderEligibility, RefundReason, RefundType } from '@txassist/contract/types';
import type { Translator } from '@txassist/sdk/i18n';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Failure } from '../../internal/failure.js';
import {
  errorSummary,
  failureText,
  fieldError as caseFieldError,
  quantityField,
  submitButton,
} from '../../internal/case-views.js';

export type RefundField = 'type' | 'items' | 'reason';
const FIELD_TARGET: Record<RefundField, string> = { type: 'type-refund', items: 'items-legend', reason: 'reason' };
const ERROR_KEY = { type: 'refund.errors.type', items: 'refund.errors.items', reason: 'refund.errors.reason' } as const;

export interface RefundDraft {
  readonly type: RefundType | undefined;
  readonly reason: RefundReason | undefined;
  readonly items: Readonly<Record<string, number>>;
  readonly note: string;
}

export const EMPTY_REFUND_DRAFT: RefundDraft = { type: undefined, reason: undefined, items: {}, note: '' };

export interface RefundFormOptions {
  readonly translator: Translator;
  readonly eligibility: OrderEligibility;
  readonly draft: RefundDraft;
  readonly errors: ReadonlySet<RefundField>;
  readonly submitting: boolean;
  readonly failure: Failure | undefined;
  readonly onInput: (event: Event) => void;
  readonly onSubmit: (event: Event) => void;
  readonly onFocusField: (id: string) => void;
}

/** What the chosen items are worth (shown only; the server computes the amount it stores). */
export function requestedAmount(eligibility: OrderEligibility, draft: RefundDraft): Money {
  const amount = eligibility.items.reduce(
    (sum, item) => sum + (draft.items[item.line_item_id] ?? 0) * item.unit_price.amount,
    0,
  );
  return { amount, currency: eligibility.captured.currency };
}

function renderSummary(options: RefundFormOptions) {
  const { t } = options.translator;
  return errorSummary({
    failure: options.failure && failureText(options.failure, options.translator, t('refund.action_failed')),
    title: t('refund.errors.heading'),
    fields: (['type', 'items', 'reason'] as const)
      .filter((field) => options.errors.has(field))
      .map((field) => ({ target: FIELD_TARGET[field], message: t(ERROR_KEY[field]) })),
    onFocusField: options.onFocusField,
  });
}

const fieldError = (options: RefundFormOptions, field: RefundField) =>
  caseFieldError(field, options.errors.has(field) ? options.translator.t(ERROR_KEY[field]) : undefined);

/** The request form: type, items and quantities, reason, note, and what it comes to. */
export function renderRefundForm(options: RefundFormOptions) {
  const { translator, eligibility, draft, errors } = options;
  const { t } = translator;
  const amount = requestedAmount(eligibility, draft);
  return html`<form
    part="form"
    class="stack"
    novalidate
    @input=${options.onInput}
    @change=${options.onInput}
    @submit=${options.onSubmit}
  >
    ${renderSummary(options)}
    <fieldset part="types" aria-describedby=${ifDefined(errors.has('type') ? 'type-error' : undefined)}>
      <legend>${t('refund.type.legend')}</legend>
      ${fieldError(options, 'type')}
      ${REFUND_TYPES.map((type) => {
        const available = eligibility.refund_types[type]?.status === 'eligible';
        return html`<label class="choice">
          <input
            type="radio"
            name="type"
            id=${`type-${type}`}
            value=${type}
            .checked=${draft.type === type}
            ?disabled=${!available}
            aria-describedby=${`type-${type}-hint`}
          />
          <span class="choice-text"
            >${t(`refund.type.${type}`)}
            <span class="hint" id=${`type-${type}-hint`}
              >${available ? t(`refund.type.${type}_hint`) : t('refund.type.unavailable')}</span
            ></span
          >
        </label>`;
      })}
    </fieldset>
    <fieldset part="items" aria-describedby=${ifDefined(errors.has('items') ? 'items-error' : undefined)}>
      <legend id="items-legend" tabindex="-1">${t('refund.items.legend')}</legend>
      ${fieldError(options, 'items')}
      ${eligibility.items
        .filter((item) => item.claimable_quantity > 0)
        .map((item) => {
          const chosen = draft.items[item.line_item_id];
          return html`<div class="item">
            <label class="choice">
              <input type="checkbox" name="item" value=${item.line_item_id} .checked=${chosen !== undefined} />
              <span class="choice-text"
                >${item.title}
                <span class="hint">${t('refund.items.price', { price: translator.money(item.unit_price) })}</span></span
              >
            </label>
            ${
              item.claimable_quantity > 1 && chosen !== undefined
                ? quantityField(
                    item.line_item_id,
                    item.claimable_quantity,
                    chosen,
                    t('refund.items.quantity', { item: item.title }),
                  )
                : nothing
            }
          </div>`;
        })}
    </fieldset>
    <div class="stack">
      <label class="label" for="reason">${t('refund.reason.label')}</label>
      ${fieldError(options, 'reason')}
      <select
        id="reason"
        name="reason"
        part="reason"
        aria-invalid=${errors.has('reason') ? 'true' : 'false'}
        aria-describedby=${ifDefined(errors.has('reason') ? 'reason-error' : undefined)}
      >
        <option value="" ?selected=${!draft.reason}>${t('refund.reason.choose')}</option>
        ${REFUND_REASONS.map(
          (reason) =>
            html`<option value=${reason} ?selected=${draft.reason === reason}>${t(`refund.reason.${reason}`)}</option>`,
        )}
      </select>
    </div>
    <div class="stack">
      <label class="label" for="note">${t('refund.note.label')}</label>
      <textarea id="note" name="note" maxlength="2000" .value=${draft.note}></textarea>
    </div>
    ${amount.amount > 0 ? html`<p part="total">${t('refund.total', { amount: translator.money(amount) })}</p>` : nothing}
    <div class="actions">
      ${submitButton({
        label: options.submitting ? t('refund.submitting') : t('refund.submit'),
        part: 'submit-button',
        busy: options.submitting,
      })}
    </div>
  </form>`;
}

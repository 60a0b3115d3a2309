import type { Translator } from '@txassist/sdk/i18n';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Failure } from '../../internal/failure.js';
import type { DisputeDraft } from '../draft.js';
import type { EvidenceEntry, RefusedFile } from '../evidence-state.js';
import { DISPUTE_OUTCOMES, DISPUTE_REASONS, type DisputeEligibility, type OrderSummary } from '../types.js';
import { renderEvidence } from './evidence-view.js';
import type { EvidenceFilesChunk } from './evidence-files-chunk.js';
import {
  button,
  errorSummary,
  failureText,
  fieldError as caseFieldError,
  heading,
  quantityField,
  submitButton,
} from '../../internal/case-views.js';

export type FormField = 'reason' | 'items' | 'description' | 'outcome' | 'evidence';
const FIELD_ORDER: readonly FormField[] = ['reason', 'items', 'description', 'outcome', 'evidence'];
const FIELD_TARGET: Record<FormField, string> = {
  reason: 'reason-not_received',
  items: 'items-legend',
  description: 'description',
  outcome: 'outcome-full_refund',
  evidence: 'evidence-input',
};

export interface FormViewOptions {
  readonly translator: Translator;
  readonly level: number;
  readonly order: OrderSummary;
  readonly eligibility: DisputeEligibility;
  readonly draft: DisputeDraft;
  readonly evidence: readonly EvidenceEntry[];
  readonly refused: readonly RefusedFile[];
  readonly errors: ReadonlySet<FormField>;
  readonly submitting: boolean;
  readonly submitFailure: Failure | undefined;
  readonly onInput: (event: Event) => void;
  readonly onFiles: (event: Event) => void;
  readonly onCancelUpload: (id: string) => void;
  readonly onRetryUpload: (id: string) => void;
  readonly onRemoveFile: (id: string) => void;
  readonly onSubmit: (event: Event) => void;
  readonly onDiscard: () => void;
  readonly onFocusField: (id: string) => void;
  /** The chosen and refused files' views (a chunk of their own). */
  readonly evidenceFiles: EvidenceFilesChunk;
}

const errorMessageKey = {
  reason: 'dispute.errors.reason',
  items: 'dispute.errors.items',
  description: 'dispute.errors.description',
  outcome: 'dispute.errors.outcome',
  evidence: 'dispute.errors.evidence',
} as const;

function fieldError(options: FormViewOptions, field: FormField) {
  return caseFieldError(field, options.errors.has(field) ? options.translator.t(errorMessageKey[field]) : undefined);
}

function renderSummary(options: FormViewOptions) {
  const { t } = options.translator;
  return errorSummary({
    failure:
      options.submitFailure &&
      html`${failureText(options.submitFailure, options.translator, t('dispute.submit_failed'))}
        <p>${t('dispute.submit_again')}</p>`,
    title: t('dispute.errors.heading'),
    fields: FIELD_ORDER.filter((field) => options.errors.has(field)).map((field) => ({
      target: FIELD_TARGET[field],
      message: t(errorMessageKey[field]),
    })),
    onFocusField: options.onFocusField,
  });
}

function renderReasons(options: FormViewOptions) {
  const { translator, draft, eligibility, errors } = options;
  const { t } = translator;
  return html`<fieldset
    part="reasons"
    aria-invalid=${errors.has('reason') ? 'true' : 'false'}
    aria-describedby=${ifDefined(errors.has('reason') ? 'reason-error' : undefined)}
  >
    <legend>${t('dispute.reason.legend')}</legend>
    ${fieldError(options, 'reason')}
    ${DISPUTE_REASONS.map((reason) => {
      const window = eligibility.reasons[reason];
      const available = window?.available ?? true;
      const opens = !available && window?.opensAt ? translator.date(window.opensAt) : undefined;
      return html`<label class="choice">
        <input
          type="radio"
          name="reason"
          id=${`reason-${reason}`}
          value=${reason}
          .checked=${draft.reason === reason}
          ?disabled=${!available}
          aria-describedby=${ifDefined(opens ? `reason-${reason}-opens` : undefined)}
        />
        <span class="choice-text"
          >${t(`dispute.reason.${reason}`)}
          ${
            opens
              ? html`<span class="hint" id=${`reason-${reason}-opens`}
                  >${t('dispute.reason.opens_on', { date: opens })}</span
                >`
              : nothing
          }</span
        >
      </label>`;
    })}
  </fieldset>`;
}

function renderItems(options: FormViewOptions) {
  const { translator, draft, order, errors } = options;
  const { t } = translator;
  return html`<fieldset part="items" aria-describedby=${ifDefined(errors.has('items') ? 'items-error' : undefined)}>
    <legend id="items-legend" tabindex="-1">${t('dispute.items.legend')}</legend>
    ${fieldError(options, 'items')}
    ${order.items.map((item) => {
      const chosen = draft.items[item.id];
      const label = item.variant ? `${item.title} (${item.variant})` : item.title;
      return html`<div class="item">
        <label class="choice">
          <input
            type="checkbox"
            name="item"
            id=${`item-${item.id}`}
            value=${item.id}
            .checked=${chosen !== undefined}
          />
          <span>${label}</span>
        </label>
        ${
          item.quantity > 1 && chosen !== undefined
            ? quantityField(item.id, item.quantity, chosen, t('dispute.items.quantity', { item: label }))
            : nothing
        }
      </div>`;
    })}
  </fieldset>`;
}

function renderOutcomes(options: FormViewOptions) {
  const { translator, draft, errors } = options;
  const { t } = translator;
  return html`<fieldset
    part="outcomes"
    aria-invalid=${errors.has('outcome') ? 'true' : 'false'}
    aria-describedby=${ifDefined(errors.has('outcome') ? 'outcome-error' : undefined)}
  >
    <legend>${t('dispute.outcome.legend')}</legend>
    ${fieldError(options, 'outcome')}
    ${DISPUTE_OUTCOMES.map(
      (outcome) =>
        html`<label class="choice">
          <input
            type="radio"
            name="outcome"
            id=${`outcome-${outcome}`}
            value=${outcome}
            .checked=${draft.outcome === outcome}
          />
          <span>${t(`dispute.outcome.${outcome}`)}</span>
        </label>`,
    )}
  </fieldset>`;
}

/** The form: reason, items, description, desired outcome, evidence; a summary of what to fix above it. */
export function renderForm(options: FormViewOptions) {
  const { translator, draft, errors, level } = options;
  const { t } = translator;
  const describedBy = ['description-hint', errors.has('description') ? 'description-error' : ''].join(' ').trim();
  return html`<form part="form" class="stack" novalidate @input=${options.onInput} @submit=${options.onSubmit}>
    ${renderSummary(options)} ${renderReasons(options)} ${renderItems(options)}
    <div class="stack">
      <label class="label" for="description">${t('dispute.description.label')}</label>
      <p class="hint" id="description-hint">${t('dispute.description.hint')}</p>
      ${fieldError(options, 'description')}
      <textarea
        id="description"
        name="description"
        part="description"
        maxlength="4000"
        aria-invalid=${errors.has('description') ? 'true' : 'false'}
        aria-describedby=${describedBy}
        .value=${draft.description}
      ></textarea>
    </div>
    ${renderOutcomes(options)}
    ${renderEvidence({
      translator,
      level,
      rules: options.eligibility.evidence,
      entries: options.evidence,
      refused: options.refused,
      invalid: errors.has('evidence'),
      onFiles: options.onFiles,
      onCancel: options.onCancelUpload,
      onRetry: options.onRetryUpload,
      onRemove: options.onRemoveFile,
      files: options.evidenceFiles,
    })}
    <div class="actions">
      ${submitButton({
        label: options.submitting ? t('dispute.submitting') : t('dispute.submit'),
        part: 'submit-button',
        busy: options.submitting,
      })}
      ${button({ label: t('dispute.draft.discard'), onClick: options.onDiscard, part: 'discard-button', busy: options.submitting })}
    </div>
  </form>`;
}

export { heading };

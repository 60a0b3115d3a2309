import type { Dispute } from '@txassist/contract/types';
import type { Translator } from '@txassist/sdk/i18n';
import { html, nothing } from 'lit';
import type { Failure } from '../../internal/failure.js';
import type { DisputeFormFlow } from '../form-flow.js';
import type { CaseView, DisputeEligibility, OrderSummary } from '../types.js';
import type { CaseViewOptions } from './case-view.js';
import type { CaseChunk } from './case-chunk.js';
import { renderForm, type FormViewOptions } from './form-view.js';
import { alertRegion, button, failureText, heading } from '../../internal/case-views.js';

/** What the element shows: nothing yet, a skeleton, a failure, the form (or why not), or the case. */
export type Screen =
  | { readonly kind: 'idle' }
  | { readonly kind: 'loading' }
  | { readonly kind: 'error'; readonly failure: Failure }
  | { readonly kind: 'form'; readonly order: OrderSummary; readonly eligibility: DisputeEligibility }
  | { readonly kind: 'case'; readonly dispute: Dispute; readonly view: CaseView };

type FormHandlers = Pick<
  FormViewOptions,
  | 'onInput'
  | 'onFiles'
  | 'onCancelUpload'
  | 'onRetryUpload'
  | 'onRemoveFile'
  | 'onSubmit'
  | 'onDiscard'
  | 'onFocusField'
  | 'evidenceFiles'
>;

export interface BodyOptions {
  readonly translator: Translator;
  readonly level: number;
  readonly screen: Screen;
  readonly flow: DisputeFormFlow | undefined;
  readonly online: boolean;
  readonly now: Date;
  readonly restoredText: string;
  readonly form: FormHandlers;
  readonly caseOptions: Omit<CaseViewOptions, 'translator' | 'level' | 'view' | 'now'>;
  /** The case view's chunk (loaded when a dispute is first shown). */
  readonly caseView: CaseChunk;
  readonly onRetryLoad: () => void;
}

const skeleton = html`<div class="skeleton" aria-hidden="true"></div>`;

function renderEligibility(translator: Translator, eligibility: DisputeEligibility) {
  const { t } = translator;
  const date = eligibility.date ? translator.date(eligibility.date) : '';
  switch (eligibility.state) {
    case 'eligible':
      return date ? html`<p part="eligibility" class="info">${t('dispute.eligibility.until', { date })}</p>` : nothing;
    case 'not_yet':
      return html`<div part="eligibility" class="note stack">
        <p>${t('dispute.eligibility.not_yet', { date })}</p>
        <p>${t('dispute.eligibility.not_yet_next')}</p>
      </div>`;
    case 'closed':
      return html`<div part="eligibility" class="note stack">
        <p>${t('dispute.eligibility.closed', { date })}</p>
        <p>${t('dispute.eligibility.closed_next')}</p>
      </div>`;
    default:
      return html`<div part="eligibility" class="note stack">
        <p>${t('dispute.eligibility.unavailable')}</p>
        <p>${t('dispute.eligibility.unavailable_next')}</p>
      </div>`;
  }
}

function renderDraftStatus(options: BodyOptions) {
  const { translator, flow } = options;
  const { t } = translator;
  if (!flow) return nothing;
  const text =
    flow.draftStatus === 'restored'
      ? `${options.restoredText} ${t('dispute.draft.saved')}`
      : flow.draftStatus === 'saved'
        ? t('dispute.draft.saved')
        : flow.draftStatus === 'memory'
          ? t('dispute.draft.memory_only')
          : '';
  return text ? html`<p part="draft-status" class="hint" data-status=${flow.draftStatus}>${text}</p>` : nothing;
}

/** Everything below the live region. */
export function renderBody(options: BodyOptions) {
  const { translator, level, screen } = options;
  const { t } = translator;
  if (screen.kind === 'case') {
    return options.caseView.render({ ...options.caseOptions, translator, level, view: screen.view, now: options.now });
  }
  const header = html`<header class="header">
    ${heading(level, 'form-heading', t('dispute.heading'), true, 'heading')}
    ${screen.kind === 'form' ? html`<p class="muted">${t('dispute.order', { number: screen.order.number })}</p>` : nothing}
    <p class="muted">${t('dispute.intro')}</p>
  </header>`;
  if (screen.kind === 'idle' || screen.kind === 'loading') {
    return html`${header}
      <p class="muted">${t('dispute.loading')}</p>
      ${skeleton} ${alertRegion('load-error', '')}`;
  }
  if (screen.kind === 'error') {
    return html`${header} ${alertRegion('load-error', failureText(screen.failure, translator))}
    ${
      screen.failure.retryable
        ? button({ label: t('error.retry'), onClick: options.onRetryLoad, part: 'retry-button' })
        : nothing
    }`;
  }
  const flow = options.flow;
  return html`${header} ${renderEligibility(translator, screen.eligibility)}
  ${options.online ? nothing : html`<p part="offline" class="note" data-offline="true">${t('dispute.offline')}</p>`}
  ${renderDraftStatus(options)}
  ${
    flow
      ? renderForm({
          ...options.form,
          translator,
          level,
          order: screen.order,
          eligibility: screen.eligibility,
          draft: flow.draft,
          evidence: flow.entries,
          refused: flow.refused,
          errors: flow.errors,
          submitting: flow.submitting,
          submitFailure: flow.submitFailure,
        })
      : nothing
  }`;
}

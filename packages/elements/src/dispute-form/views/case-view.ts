import type { MessageBundle, Translator } from '@txassist/sdk/i18n';
import { html, nothing } from 'lit';
import type { Failure } from '../../internal/failure.js';
import type { CasePhase, CaseView } from '../types.js';
import { alertRegion, button, dateTime, failureText, heading } from '../../internal/case-views.js';
import { renderThread, type ThreadOptions } from './thread-view.js';
import { wordsFor } from '../../internal/words-for.js';

import { MEDIATION } from '../../i18n/catalogs/mediation/en.js';

/**
 * The case view's own words (the `mediation` namespace): its chunk brings them (see `CaseChunk`). Typed
 * as any bundle, so the published declarations do not name the namespace (its type is declared only
 * where the namespaces are, which a consumer of the element alone does not load).
 */
export const caseWords: MessageBundle = MEDIATION;

const DAY = 24 * 3600 * 1000;

export type CaseAction = 'accept' | 'decline' | 'escalate' | 'withdraw' | 'message';

export interface CaseViewOptions {
  readonly translator: Translator;
  readonly level: number;
  readonly view: CaseView;
  readonly now: Date;
  /** The action running now, if any. */
  readonly busy: CaseAction | undefined;
  readonly failure: { readonly action: CaseAction; readonly failure: Failure } | undefined;
  readonly confirmingWithdraw: boolean;
  readonly thread: Omit<
    ThreadOptions,
    'translator' | 'level' | 'messages' | 'canMessage' | 'answersInfoRequest' | 'busy'
  >;
  readonly onAction: (action: Exclude<CaseAction, 'message'>) => void;
  readonly onWithdrawStart: () => void;
  readonly onWithdrawCancel: () => void;
}

const PHASE_TONE: Record<CasePhase, 'progress' | 'attention' | 'success' | 'neutral'> = {
  awaiting_seller: 'progress',
  offer_pending: 'attention',
  no_agreement: 'attention',
  escalated: 'progress',
  awaiting_info: 'attention',
  settled: 'success',
  resolved_buyer: 'success',
  resolved_seller: 'neutral',
  withdrawn: 'neutral',
};

const CLOSED_PHASES: readonly CasePhase[] = ['settled', 'resolved_buyer', 'resolved_seller', 'withdrawn'];

function renderDeadline({ translator, view, now }: CaseViewOptions) {
  const { t } = translator;
  const deadline = view.deadline;
  if (!deadline) return nothing;
  const left = new Date(deadline.at).getTime() - now.getTime();
  if (left <= 0)
    return html`<p part="deadline" class="deadline" data-urgent="true">${t('mediation.deadline.passed')}</p>`;
  const params = { date: dateTime(translator, deadline.at), relative: translator.relativeTime(deadline.at, now) };
  const text =
    deadline.kind === 'seller'
      ? t('mediation.deadline.seller', params)
      : deadline.kind === 'buyer'
        ? t('mediation.deadline.buyer', params)
        : t('mediation.deadline.review', params);
  const urgent = left < DAY;
  return html`<p part="deadline" class="deadline" data-urgent=${urgent ? 'true' : 'false'}>
    ${text} ${urgent ? html`<strong>${t('mediation.deadline.soon')}</strong>` : nothing}
  </p>`;
}

function renderOffer(options: CaseViewOptions) {
  const { translator, view, busy } = options;
  const { t } = translator;
  const offer = view.offer;
  if (!offer) return nothing;
  const amount = offer.amount ? translator.money(offer.amount) : '';
  const text =
    offer.kind === 'replacement'
      ? t('mediation.offer.replacement')
      : offer.kind === 'full_refund'
        ? t('mediation.offer.full_refund', { amount })
        : offer.kind === 'partial_refund'
          ? t('mediation.offer.partial_refund', { amount })
          : t('mediation.offer.return_and_refund', { amount });
  return html`<section part="offer" class="panel">
    ${heading(options.level + 1, 'offer-heading', t('mediation.offer.heading'))}
    <p class="offer-text">${text}</p>
    ${offer.note ? html`<blockquote class="muted">${offer.note}</blockquote>` : nothing}
    ${
      offer.open
        ? html`<div class="actions">
            ${button({ label: t('mediation.offer.accept'), onClick: () => options.onAction('accept'), kind: 'primary', part: 'accept-offer', busy: busy !== undefined, describedBy: 'offer-heading' })}
            ${button({ label: t('mediation.offer.decline'), onClick: () => options.onAction('decline'), part: 'decline-offer', busy: busy !== undefined, describedBy: 'offer-heading' })}
          </div>`
        : nothing
    }
  </section>`;
}

function renderDecision({ translator, view, level }: CaseViewOptions) {
  const { t } = translator;
  const decision = view.decision;
  if (!decision) return nothing;
  return html`<section part="decision" class="panel">
    ${heading(level + 1, 'decision-heading', t('mediation.decision.heading'))}
    <p class=${decision.favour === 'buyer' ? 'success' : ''}>
      ${decision.favour === 'buyer' ? t('mediation.decision.buyer') : t('mediation.decision.seller')}
    </p>
    <p>${t('mediation.decision.reason', { reason: decision.reason })}</p>
    ${
      decision.refund && !view.refunded
        ? html`<p>${t('mediation.decision.refund', { amount: translator.money(decision.refund) })}</p>`
        : nothing
    }
  </section>`;
}

function renderActions(options: CaseViewOptions) {
  const { translator, view, busy, confirmingWithdraw, level } = options;
  const { t } = translator;
  if (confirmingWithdraw) {
    return html`<section part="withdraw-confirmation" class="panel">
      ${heading(level + 1, 'withdraw-heading', t('mediation.withdraw.heading'), true)}
      <p>${t('mediation.withdraw.text')}</p>
      <div class="actions">
        ${button({ label: t('mediation.withdraw.confirm'), onClick: () => options.onAction('withdraw'), kind: 'danger', part: 'confirm-withdraw', busy: busy !== undefined })}
        ${button({ label: t('mediation.withdraw.keep'), onClick: options.onWithdrawCancel, part: 'keep-case' })}
      </div>
    </section>`;
  }
  const escalate = view.canEscalate
    ? html`<p id="escalate-text">${t('mediation.escalate.text')}</p>
        ${button({ label: t('mediation.escalate.button'), onClick: () => options.onAction('escalate'), kind: 'primary', part: 'escalate-button', busy: busy !== undefined, describedBy: 'escalate-text' })}`
    : view.escalatableFrom
      ? html`<p class="hint">
          ${t('mediation.deadline.escalate_from', { date: dateTime(translator, view.escalatableFrom) })}
        </p>`
      : nothing;
  const withdraw = view.canWithdraw
    ? button({
        label: t('mediation.withdraw.button'),
        onClick: options.onWithdrawStart,
        kind: 'danger',
        part: 'withdraw-button',
        busy: busy !== undefined,
        id: 'withdraw-button',
      })
    : nothing;
  if (escalate === nothing && withdraw === nothing) return nothing;
  return html`<div class="stack">
    ${escalate}
    <div class="actions">${withdraw}</div>
  </div>`;
}

/** The case: status, deadline with countdown, the seller's offer, the decision, the thread, and what the buyer can do. */
export function renderCase(options: CaseViewOptions) {
  const { translator, view, level, failure } = options;
  const { t } = translator;
  const closedPhase = CLOSED_PHASES.includes(view.phase);
  return html`<div part="case" class="stack" data-phase=${view.phase}>
    ${heading(level, 'case-heading', t('mediation.case.heading'), true, 'heading')}
    <p class="muted">
      ${t('mediation.case.opened', { date: translator.date(view.openedAt), number: view.orderNumber })}
    </p>
    <p part="status" class="badge" data-tone=${PHASE_TONE[view.phase]}>
      ${wordsFor(t, `dispute.phase.${view.phase}`, 'dispute.other')}
    </p>
    <p>
      ${t('mediation.case.reason', { reason: wordsFor(t, `dispute.reason.${view.reason}`, 'dispute.reason.other') })}
    </p>
    ${view.outcome ? html`<p>${t('mediation.case.wanted', { outcome: wordsFor(t, `dispute.outcome.${view.outcome}`, 'dispute.reason.other') })}</p>` : nothing}
    ${renderDeadline(options)}
    ${alertRegion('case-error', failure ? failureText(failure.failure, translator, t('mediation.action_failed')) : '')}
    ${
      view.refunded
        ? html`<p part="refund" class="success">
            ${t('mediation.refunded', { amount: translator.money(view.refunded.amount), date: translator.date(view.refunded.at) })}
          </p>`
        : nothing
    }
    ${
      view.infoRequest
        ? html`<section part="info-request" class="panel">
            ${heading(level + 1, 'info-heading', t('mediation.info.heading'))}
            <blockquote>${view.infoRequest.question}</blockquote>
          </section>`
        : nothing
    }
    ${renderDecision(options)} ${renderOffer(options)}
    ${closedPhase ? html`<p class="muted">${t('mediation.closed')}</p>` : nothing} ${renderActions(options)}
    ${
      view.evidence.length > 0
        ? html`<section class="section">
            ${heading(level + 1, 'evidence-heading', t('mediation.case.evidence'))}
            <ul class="files">
              ${view.evidence.map((file) => html`<li>${file.url ? html`<a href=${file.url} target="_blank" rel="noopener">${file.name}</a>` : file.name}</li>`)}
            </ul>
          </section>`
        : nothing
    }
    ${renderThread({
      ...options.thread,
      translator,
      level,
      messages: view.messages,
      canMessage: view.canMessage,
      answersInfoRequest: view.answersInfoRequest,
      busy: options.busy === 'message',
    })}
  </div>`;
}

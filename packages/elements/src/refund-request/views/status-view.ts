import type { RefundRequest, RefundStatus, RefundType } from '@txassist/contract/types';
import type { Translator } from '@txassist/sdk/i18n';
import { html, nothing } from 'lit';
import type { Failure } from '../../internal/failure.js';
import { alertRegion, button, dateTime, failureText, heading } from '../../internal/case-views.js';
import { wordsFor } from '../../internal/words-for.js';

export type RefundAction = 'accept_offer' | 'decline_offer' | 'mark_shipped' | 'cancel';

/** The path a request of each type takes when all goes well. */
const STEPS: Record<RefundType, readonly RefundStatus[]> = {
  refund: ['requested', 'approved', 'refunded', 'completed'],
  return_and_refund: [
    'requested',
    'approved',
    'awaiting_buyer_shipment',
    'buyer_shipped',
    'received',
    'refunded',
    'completed',
  ],
  replacement: [
    'requested',
    'approved',
    'awaiting_buyer_shipment',
    'buyer_shipped',
    'received',
    'replaced',
    'completed',
  ],
};

const TONE: Record<RefundStatus, 'progress' | 'attention' | 'success' | 'neutral'> = {
  requested: 'progress',
  countered: 'attention',
  approved: 'progress',
  rejected: 'neutral',
  awaiting_buyer_shipment: 'attention',
  buyer_shipped: 'progress',
  received: 'progress',
  refunded: 'success',
  replaced: 'success',
  completed: 'success',
  cancelled: 'neutral',
};

export interface StatusViewOptions {
  readonly translator: Translator;
  readonly level: number;
  readonly refund: RefundRequest;
  readonly now: Date;
  readonly busy: RefundAction | undefined;
  readonly failure: Failure | undefined;
  readonly onAction: (action: RefundAction) => void;
}

function renderSteps({ translator, refund }: StatusViewOptions) {
  const { t } = translator;
  if (refund.status === 'rejected' || refund.status === 'cancelled') return nothing;
  const steps = STEPS[refund.type];
  if (!steps) return nothing; // a request type a newer API added: its badge says where it stands
  const at = refund.status === 'countered' ? 'requested' : refund.status;
  const current = steps.indexOf(at);
  return html`<ol class="steps" part="steps" aria-label=${t('refund.steps.label')}>
    ${steps.map((step, index) => {
      const state = index < current ? 'done' : index === current ? 'current' : 'todo';
      return html`<li data-state=${state} aria-current=${state === 'current' ? 'step' : 'false'}>
        ${t(`refund.phase.${step}`)}
      </li>`;
    })}
  </ol>`;
}

function renderDeadline({ translator, refund, now }: StatusViewOptions) {
  const { t } = translator;
  const deadline = refund.deadline;
  if (!deadline || new Date(deadline.due_at).getTime() <= now.getTime()) return nothing;
  const params = {
    date: dateTime(translator, deadline.due_at),
    relative: translator.relativeTime(deadline.due_at, now),
  };
  const urgent = new Date(deadline.due_at).getTime() - now.getTime() < 24 * 3600 * 1000;
  if (refund.status === 'requested')
    return html`<p part="deadline" class="deadline" data-urgent=${urgent}>${t('refund.deadline.seller', params)}</p>`;
  if (refund.status === 'awaiting_buyer_shipment')
    return html`<p part="deadline" class="deadline" data-urgent=${urgent}>${t('refund.deadline.ship_by', params)}</p>`;
  return nothing;
}

function renderLabel(options: StatusViewOptions) {
  const { translator, refund, level, busy } = options;
  const { t } = translator;
  const label = refund.return_label;
  if (!label || !['awaiting_buyer_shipment', 'buyer_shipped'].includes(refund.status)) return nothing;
  const canShip = refund.allowed_actions.includes('mark_shipped');
  return html`<section part="return-label" class="panel" aria-labelledby="label-heading">
    ${heading(level + 1, 'label-heading', t('refund.label.heading'))}
    <p>${t('refund.label.text', { carrier: label.carrier.toUpperCase() })}</p>
    <p>${t('refund.label.tracking', { tracking: label.tracking_number })}</p>
    ${
      label.label_url
        ? html`<p>
            <a part="label-link" href=${label.label_url} target="_blank" rel="noopener"
              >${t('refund.label.download')}</a
            >
          </p>`
        : nothing
    }
    ${
      canShip
        ? button({
            label: t('refund.shipped.button'),
            onClick: () => options.onAction('mark_shipped'),
            kind: 'primary',
            part: 'shipped-button',
            busy: busy !== undefined,
          })
        : nothing
    }
  </section>`;
}

function renderCounter(options: StatusViewOptions) {
  const { translator, refund, busy } = options;
  const { t } = translator;
  if (refund.status !== 'countered' || !refund.offer) return nothing;
  const amount = translator.money(refund.offer.amount);
  return html`<section part="counter-offer" class="panel" aria-labelledby="counter-text">
    <p id="counter-text">
      ${t('refund.counter.text', { requested: translator.money(refund.requested_amount), amount })}
    </p>
    ${refund.offer.note ? html`<blockquote class="muted">${refund.offer.note}</blockquote>` : nothing}
    <div class="actions">
      ${
        refund.allowed_actions.includes('accept_offer')
          ? button({
              label: t('refund.counter.accept', { amount }),
              onClick: () => options.onAction('accept_offer'),
              kind: 'primary',
              part: 'accept-offer',
              busy: busy !== undefined,
            })
          : nothing
      }
      ${
        refund.allowed_actions.includes('decline_offer')
          ? button({
              label: t('refund.counter.decline'),
              onClick: () => options.onAction('decline_offer'),
              part: 'decline-offer',
              busy: busy !== undefined,
              describedBy: 'counter-text',
            })
          : nothing
      }
    </div>
  </section>`;
}

/** A request's status: badge, steps, deadline, counter-offer, return label, refund, and what the buyer can do. */
export function renderStatus(options: StatusViewOptions) {
  const { translator, refund, level, busy } = options;
  const { t } = translator;
  const amount = refund.approved_amount ?? refund.requested_amount;
  const refundedAt = refund.history.findLast((entry) => entry.to === 'refunded')?.at ?? refund.updated_at;
  return html`<div part="status-view" class="stack" data-status=${refund.status}>
    ${heading(level, 'status-heading', t('refund.status.heading'), true, 'heading')}
    <p>
      ${t('refund.status.summary', { type: wordsFor(t, `refund.type.${refund.type}`, 'refund.status.heading'), amount: translator.money(amount) })}
    </p>
    <p part="status" class="badge" data-tone=${TONE[refund.status]}>
      ${wordsFor(t, `refund.phase.${refund.status}`, 'refund.other')}
    </p>
    ${refund.auto_approved ? html`<p class="muted">${t('refund.auto_approved')}</p>` : nothing}
    ${renderDeadline(options)}
    ${alertRegion('action-error', options.failure ? failureText(options.failure, translator, t('refund.action_failed')) : '')}
    ${
      refund.refunded_amount.amount > 0
        ? html`<p part="refund" class="success">
            ${t('refund.refunded', { amount: translator.money(refund.refunded_amount), date: translator.date(refundedAt) })}
          </p>`
        : nothing
    }
    ${
      refund.status === 'rejected'
        ? html`<div class="note stack">
            <p>${t('refund.rejected.text')}</p>
            ${refund.rejection_reason ? html`<blockquote>${refund.rejection_reason}</blockquote>` : nothing}
          </div>`
        : nothing
    }
    ${renderCounter(options)} ${renderLabel(options)} ${renderSteps(options)}
    ${
      refund.allowed_actions.includes('cancel')
        ? html`<div class="actions">
            ${button({ label: t('refund.cancel.button'), onClick: () => options.onAction('cancel'), kind: 'danger', part: 'cancel-button', busy: busy !== undefined })}
          </div>`
        : nothing
    }
  </div>`;
}

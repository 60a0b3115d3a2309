import { TERMINAL_DISPUTE_STATUSES, TERMINAL_REFUND_STATUSES } from '@txassist/contract/values';
import type { Deadline, Money } from '@txassist/contract/types';
import type { Translator } from '@txassist/sdk/i18n';
import { html, nothing } from 'lit';
import type { CaseKind } from '../events/case-select.js';
import type { OrderCases } from './loaders.js';
import { wordsFor } from '../internal/words-for.js';

/** One case of either kind, with what the Cases block shows of it. */
interface CaseRow {
  readonly kind: CaseKind;
  readonly id: string;
  readonly title: string;
  readonly status: string;
  readonly reason: string;
  readonly open: boolean;
  readonly deadline: Deadline | null;
  readonly refunded: Money;
  readonly createdAt: string;
}

/** What was paid back so far through the order's refund requests and disputes; `undefined` when nothing was. */
export function refundedTotal(cases: OrderCases, currency: Money['currency']): Money | undefined {
  const amount = [...cases.disputes, ...cases.refunds]
    .map((item) => item.refunded_amount)
    .filter((money) => money.currency === currency)
    .reduce((sum, money) => sum + money.amount, 0);
  return amount > 0 ? { amount, currency } : undefined;
}

function rowsOf(cases: OrderCases, { t }: Translator): CaseRow[] {
  const disputes = cases.disputes.map((dispute): CaseRow => ({
    kind: 'dispute',
    id: dispute.id,
    title: t('order.case.kind.dispute'),
    status: wordsFor(t, `order.case.dispute.${dispute.status}`, 'hub.other'),
    reason: wordsFor(t, `order.case.reason.${dispute.reason}`, 'order.case.reason.other'),
    open: !TERMINAL_DISPUTE_STATUSES.includes(dispute.status),
    deadline: dispute.deadline,
    refunded: dispute.refunded_amount,
    createdAt: dispute.created_at,
  }));
  const refunds = cases.refunds.map((request): CaseRow => ({
    kind: 'refund',
    id: request.id,
    title: wordsFor(t, `order.case.kind.${request.type}`, 'order.case.kind.refund'),
    status: wordsFor(t, `order.case.refund.${request.status}`, 'hub.other'),
    reason: wordsFor(t, `order.case.reason.${request.reason}`, 'order.case.reason.other'),
    open: !TERMINAL_REFUND_STATUSES.includes(request.status),
    deadline: request.deadline,
    refunded: request.refunded_amount,
    createdAt: request.created_at,
  }));
  // Open cases first, then the newest.
  return [...disputes, ...refunds].sort(
    (a, b) => Number(b.open) - Number(a.open) || b.createdAt.localeCompare(a.createdAt),
  );
}

export interface CasesOptions {
  readonly translator: Translator;
  readonly cases: OrderCases;
  readonly onSelect: (caseId: string, kind: CaseKind) => void;
}

/**
 * The Cases block's list: each case with its status in words, the next deadline, what was refunded,
 * and View. A deadline that has passed is not shown: the API applies it on the next read.
 */
export function renderCases({ translator, cases, onSelect }: CasesOptions) {
  const { t } = translator;
  const rows = rowsOf(cases, translator);
  if (rows.length === 0) return html`<p part="empty" class="muted">${t('order.cases.empty')}</p>`;
  return html`<ul part="case-list" class="plain-list cases">
    ${rows.map(
      (row) =>
        html`<li part="case" class="case" data-case-id=${row.id} data-kind=${row.kind}>
          <span class="item-title" id=${`case-${row.id}`}>${row.title}</span>
          <span class="status-tag" id=${`case-status-${row.id}`}>${row.status}</span>
          <span class="meta">${t('order.case.reason', { reason: row.reason })}</span>
          ${
            row.deadline && row.open && Date.parse(row.deadline.due_at) > Date.now()
              ? html`<span class="case-deadline"
                  >${wordsFor(t, `order.case.due.${row.deadline.on_expiry}`, undefined, {
                    when: translator.relativeTime(row.deadline.due_at),
                  })}</span
                >`
              : nothing
          }
          ${
            row.refunded.amount > 0
              ? html`<span class="case-refunded"
                  >${t('order.case.refunded', { amount: translator.money(row.refunded) })}</span
                >`
              : nothing
          }
          <button
            part="case-button"
            class="button secondary case-button"
            type="button"
            aria-describedby=${`case-${row.id} case-status-${row.id}`}
            @click=${() => onSelect(row.id, row.kind)}
          >
            ${row.kind === 'dispute' ? t('order.case.view_dispute') : t('order.case.view_request')}
          </button>
        </li>`,
    )}
  </ul>`;
}

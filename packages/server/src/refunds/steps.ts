import {
  REFUND_AUTO_COMPLETE_HOURS,
  REFUND_RULES,
  refundTransition,
  type CaseActor,
  type RefundActionRequest,
  type RefundActionType,
} from '@txassist/contract';
import { ProblemError } from '../http/problem.js';
import type { RefundRow } from '../store/refund-requests.js';
import { issueRefund } from '../cases/issue-refund.js';
import type { CaseContext } from '../cases/kind.js';
import { hoursAfter as at, recordStep, words } from '../cases/transition.js';

/** Fields an action may carry (the request body without its `action`). */
export type StepInput = Partial<Omit<Extract<RefundActionRequest, { action: 'issue_return_label' }>, 'action'>> & {
  note?: string | undefined;
  reason?: string | undefined;
  amount?: number | undefined;
};

/**
 * Takes one step of the state machine on `row` (in memory; the caller saves), then the automatic
 * steps that follow it: approving a refund pays it, receiving a return pays it.
 * Throws `forbidden` / `transition_not_allowed` when the table does not allow it.
 */
export async function applyRefundStep(
  context: CaseContext,
  row: RefundRow,
  action: RefundActionType,
  actor: CaseActor,
  input: StepInput,
  now: Date,
): Promise<void> {
  recordStep(
    row,
    refundTransition(row.type, row.status, action, actor),
    { action, actor, note: input.note ?? input.reason ?? null, now },
    {
      forbidden: () => `Only the ${REFUND_RULES[action].by.join(' or ')} can ${words(action)}.`,
      notAllowed: () =>
        `A ${words(row.type)} request that is ${words(row.status)} cannot ${words(action)}; reload it to see what is possible now.`,
    },
  );

  switch (action) {
    case 'approve':
    case 'auto_approve':
      row.approved_amount = row.type === 'replacement' ? null : row.requested_amount;
      if (action === 'auto_approve') row.auto_approved = true;
      break;
    case 'accept_offer':
      row.approved_amount = row.offer?.amount ?? row.requested_amount;
      break;
    case 'reject':
      row.rejection_reason = input.reason ?? null;
      break;
    case 'offer_partial': {
      const amount = input.amount ?? 0;
      if (amount >= row.requested_amount) {
        throw new ProblemError('validation_failed', 'A counter-offer must be less than what the buyer asked for.', {
          errors: [{ path: 'amount', code: 'too_big', message: `must be less than ${row.requested_amount}` }],
        });
      }
      row.offer = { amount, note: input.note ?? null, made_at: now.toISOString() };
      row.due_at = at(now, context.policy.buyer_response_hours);
      break;
    }
    case 'issue_return_label': {
      const shipBy = at(now, context.policy.return_shipment_days * 24);
      row.return_label = {
        carrier: input.carrier!,
        tracking_number: input.tracking_number!,
        label_url: input.label_url ?? null,
        issued_at: now.toISOString(),
        ship_by: shipBy,
      };
      row.due_at = shipBy;
      break;
    }
    case 'mark_shipped':
      row.return_shipment = { carrier: input.carrier!, tracking_number: input.tracking_number!, at: now.toISOString() };
      break;
    case 'ship_replacement':
      row.replacement_shipment = {
        carrier: input.carrier!,
        tracking_number: input.tracking_number!,
        at: now.toISOString(),
      };
      row.due_at = at(now, REFUND_AUTO_COMPLETE_HOURS);
      break;
    case 'issue_refund': {
      const amount = row.approved_amount ?? row.requested_amount;
      await issueRefund(context.db, context.facts, amount, row.id, now);
      row.refunded_amount += amount;
      row.due_at = at(now, REFUND_AUTO_COMPLETE_HOURS);
      break;
    }
    default:
      break;
  }

  // Automatic follow-ups.
  if (row.status === 'approved' && row.type === 'refund') {
    await applyRefundStep(context, row, 'issue_refund', 'system', {}, now);
  } else if (row.status === 'received' && row.type === 'return_and_refund') {
    await applyRefundStep(context, row, 'issue_refund', 'system', {}, now);
  }
}

/** The system step a passed deadline triggers, by status. */
export const DEADLINE_STEPS: Partial<Record<RefundRow['status'], RefundActionType>> = {
  requested: 'auto_approve',
  countered: 'lapse_offer',
  awaiting_buyer_shipment: 'expire_return',
  refunded: 'complete',
  replaced: 'complete',
};

/** Applies every passed deadline of the row, in order, each at its own due time. */
export async function settleRefundDeadlines(context: CaseContext, row: RefundRow, now: Date): Promise<boolean> {
  let changed = false;
  for (let guard = 0; guard < 6 && row.due_at && new Date(row.due_at) <= now; guard++) {
    const step = DEADLINE_STEPS[row.status];
    const due = new Date(row.due_at);
    if (!step) {
      row.due_at = null;
      changed = true;
      break;
    }
    await applyRefundStep(context, row, step, 'system', {}, due);
    changed = true;
  }
  return changed;
}

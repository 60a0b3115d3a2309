import {
  DISPUTE_RULES,
  disputeTransition,
  TERMINAL_DISPUTE_STATUSES,
  type CaseActor,
  type DisputeActionRequest,
  type DisputeActionType,
} from '@txassist/contract';
import { ProblemError } from '../http/problem.js';
import { refundableAmount } from '../cases/claims.js';
import { issueRefund } from '../cases/issue-refund.js';
import type { CaseContext } from '../cases/kind.js';
import { hoursAfter as at, recordStep, words } from '../cases/transition.js';
import { insertCaseMessage } from '../store/case-messages.js';
import type { DisputeRow } from '../store/disputes.js';
import { insertRefundRow, newRefundRow } from '../store/refund-requests.js';

type Fields<A extends DisputeActionRequest['action']> = Omit<Extract<DisputeActionRequest, { action: A }>, 'action'>;
export type DisputeStepInput = Partial<
  Fields<'offer'> & Fields<'reject'> & Fields<'request_info'> & Fields<'provide_info'> & Fields<'decide_for_buyer'>
> & { note?: string | undefined };

/**
 * Takes one step of the dispute state machine on `row` (in memory; the caller saves). Money moves
 * here: an accepted refund offer or a decision for the buyer refunds through the payment.
 */
export async function applyDisputeStep(
  context: CaseContext,
  row: DisputeRow,
  action: DisputeActionType,
  actor: CaseActor,
  input: DisputeStepInput,
  now: Date,
): Promise<void> {
  const check = disputeTransition(row.status, action, actor);
  if (check.ok && action === 'provide_info' && row.info_request?.from !== actor) {
    throw new ProblemError('forbidden', 'The agent asked the other party; add a message instead.');
  }
  const nowIso = now.toISOString();
  const note = input.note ?? input.reason ?? input.question ?? null;
  recordStep(
    row,
    check,
    { action, actor, note: actor === 'agent' ? null : note, now },
    {
      forbidden: () => `Only the ${DISPUTE_RULES[action].by.join(' or ')} can ${words(action)}.`,
      notAllowed: () =>
        `A dispute that is ${words(row.status)} cannot ${words(action)}; reload it to see what is possible now.`,
    },
  );
  const message = (author: CaseActor, body: string, addressedTo: 'buyer' | 'seller' | null = null) =>
    insertCaseMessage(
      context.db,
      context.cipher,
      { dispute_id: row.id, author, author_id: context.actorId, body, evidence_ids: [], addressed_to: addressedTo },
      now,
    );

  switch (action) {
    case 'offer': {
      const outcome = input.outcome!;
      let amount: number | null = null;
      if (outcome === 'partial_refund') {
        if (!input.amount || input.amount >= row.amount) {
          throw new ProblemError(
            'validation_failed',
            'A partial refund must be more than 0 and less than the disputed amount.',
            {
              errors: [{ path: 'amount', code: 'out_of_range', message: `must be between 1 and ${row.amount - 1}` }],
            },
          );
        }
        amount = input.amount;
      } else if (outcome !== 'replacement') {
        amount = row.amount;
      }
      row.offer = { outcome, amount, note: input.note ?? null, made_at: nowIso, status: 'pending' };
      row.escalation_reason = null;
      row.due_at = at(now, context.policy.buyer_response_hours);
      if (input.note) await message('seller', input.note);
      break;
    }
    case 'reject':
      row.escalation_reason = 'seller_rejected';
      await message('seller', input.reason!);
      break;
    case 'accept_offer':
      await settleOffer(context, row, now);
      break;
    case 'decline_offer':
      if (row.offer) row.offer = { ...row.offer, status: 'declined' };
      row.escalation_reason = 'offer_declined';
      if (input.note) await message('buyer', input.note);
      break;
    case 'seller_deadline_passed':
      row.escalation_reason = 'seller_missed_deadline';
      break;
    case 'offer_lapsed':
      if (row.offer) row.offer = { ...row.offer, status: 'lapsed' };
      row.escalation_reason = 'offer_lapsed';
      break;
    case 'escalate':
      row.escalated_at = nowIso;
      row.escalation_reason = null;
      if (input.note) await message(actor, input.note);
      break;
    case 'request_info':
      row.info_request = {
        from: input.from!,
        question: input.question!,
        requested_at: nowIso,
        due_at: at(now, context.policy.buyer_response_hours),
      };
      row.due_at = row.info_request.due_at;
      await message('agent', input.question!, input.from!);
      break;
    case 'provide_info':
      row.info_request = null;
      break;
    case 'decide_for_buyer': {
      const amount = input.refund_amount!;
      const left = refundableAmount(context.facts);
      if (amount > left) {
        throw new ProblemError(
          'refund_limit_exceeded',
          `At most ${left} (minor units) is left to refund on this order.`,
        );
      }
      await issueRefund(context.db, context.facts, amount, row.id, now);
      row.refunded_amount += amount;
      row.decision = { outcome: 'buyer_favour', refund_amount: amount, reason: input.reason!, decided_at: nowIso };
      row.decided_by = context.actorId;
      break;
    }
    case 'decide_for_seller':
      row.decision = { outcome: 'seller_favour', refund_amount: null, reason: input.reason!, decided_at: nowIso };
      row.decided_by = context.actorId;
      break;
    case 'withdraw':
      if (input.note) await message('buyer', input.note);
      break;
  }
  if (TERMINAL_DISPUTE_STATUSES.includes(row.status)) {
    row.closed_at = nowIso;
    row.info_request = null;
    if (row.offer?.status === 'pending') row.offer = { ...row.offer, status: 'lapsed' };
  }
}

/** The buyer accepted: refunds are paid now; a return or a replacement continues as an approved refund request. */
async function settleOffer(context: CaseContext, row: DisputeRow, now: Date): Promise<void> {
  const offer = row.offer!;
  row.offer = { ...offer, status: 'accepted' };
  if (offer.outcome === 'full_refund' || offer.outcome === 'partial_refund') {
    await issueRefund(context.db, context.facts, offer.amount!, row.id, now);
    row.refunded_amount += offer.amount!;
    return;
  }
  const request = newRefundRow(
    {
      order_id: row.order_id,
      seller_id: row.seller_id,
      buyer_id: row.buyer_id,
      dispute_id: row.id,
      type: offer.outcome,
      status: 'approved',
      reason: row.reason === 'unauthorized' ? 'other' : row.reason,
      note: null,
      items: row.items,
      currency: row.currency,
      requested_amount: offer.amount ?? 0,
      approved_amount: offer.outcome === 'replacement' ? null : offer.amount,
      flags: [],
      history: [
        {
          action: 'accept_offer',
          from: null,
          to: 'approved',
          by: 'buyer',
          at: now.toISOString(),
          note: `dispute:${row.id}`,
        },
      ],
      due_at: null,
    },
    now,
  );
  await insertRefundRow(context.db, context.cipher, request);
  context.facts.refunds.push(request);
  row.refund_id = request.id;
}

const DEADLINE_STEPS = { awaiting_seller: 'seller_deadline_passed', offer_pending: 'offer_lapsed' } as const;

/** Applies a passed deadline (at its due time). An unanswered agent question only shows as overdue. */
export async function settleDisputeDeadlines(context: CaseContext, row: DisputeRow, now: Date): Promise<boolean> {
  if (!row.due_at || new Date(row.due_at) > now) return false;
  const step = DEADLINE_STEPS[row.status as keyof typeof DEADLINE_STEPS];
  if (!step) return false;
  await applyDisputeStep({ ...context, actorId: 'system' }, row, step, 'system', {}, new Date(row.due_at));
  return true;
}

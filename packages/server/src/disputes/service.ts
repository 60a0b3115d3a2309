import {
  newId,
  OPEN_DISPUTE_STATUSES,
  type CreateDisputeRequest,
  type DisputeActionRequest,
  type PostCaseMessageRequest,
} from '@txassist/contract';
import type { Principal } from '../domain/principal.js';
import { ProblemError } from '../http/problem.js';
import { actorOf } from '../cases/actor.js';
import { checkClaimItems, claimAmount, claimedQuantities } from '../cases/claims.js';
import {
  actOnCase,
  fileCase,
  settleCase,
  settleDueCases,
  takeStep,
  type FilingContext,
  type OpenedCase,
} from '../cases/engine.js';
import { attachCaseEvidence } from '../cases/evidence.js';
import { fraudFlags } from '../cases/fraud-flags.js';
import { hoursAfter } from '../cases/transition.js';
import { disputeWindow } from '../cases/windows.js';
import type { Services } from '../services.js';
import { audit } from '../store/audit.js';
import { insertCaseMessage, type CaseMessageRow } from '../store/case-messages.js';
import type { DisputeRow } from '../store/disputes.js';
import { auditStaffDecision } from './staff-audit.js';
import { DISPUTE_CASES } from './kind.js';

const NOT_ELIGIBLE_DETAIL = {
  not_yet_eligible: 'It is too early to open a dispute for this reason; see when it opens.',
  window_closed: 'The time to open a dispute for this reason has passed.',
  not_available: 'A dispute cannot be opened for this order now.',
} as const;

/** A buyer files a dispute; the seller must answer before the policy deadline. */
export async function fileDispute(
  services: Services,
  principal: Extract<Principal, { role: 'buyer' }>,
  orderId: string,
  body: CreateDisputeRequest,
  now: Date,
): Promise<DisputeRow> {
  const draft = async ({ db, facts, policy }: FilingContext): Promise<DisputeRow> => {
    if (facts.disputes.some((dispute) => OPEN_DISPUTE_STATUSES.includes(dispute.status))) {
      throw new ProblemError('case_already_open', 'Add to the open dispute about this order instead.');
    }
    const window = disputeWindow(facts, policy, body.reason, now);
    if (window.status !== 'eligible') throw new ProblemError('not_eligible', NOT_ELIGIBLE_DETAIL[window.status]);
    if (body.refund_id && !facts.refunds.some((refund) => refund.id === body.refund_id)) {
      throw new ProblemError('validation_failed', 'The refund request is not one of this order.', {
        errors: [{ path: 'refund_id', code: 'not_found', message: 'not a refund request of this order' }],
      });
    }
    const claimed = claimedQuantities(facts, body.refund_id);
    checkClaimItems(facts, body.items, claimed);
    const amount = claimAmount(facts, body.items, claimed);
    const flags = await fraudFlags(db, facts, { reason: body.reason, amount }, now);
    const nowIso = now.toISOString();
    return {
      id: newId('dsp'),
      order_id: facts.id as DisputeRow['order_id'],
      seller_id: facts.sellerId as DisputeRow['seller_id'],
      buyer_id: facts.buyerId as DisputeRow['buyer_id'],
      refund_id: body.refund_id ?? null,
      reason: body.reason,
      status: 'awaiting_seller',
      items: body.items,
      description: body.description,
      desired_outcome: body.desired_outcome,
      currency: facts.payment.currency,
      amount,
      offer: null,
      escalation_reason: null,
      escalated_at: null,
      info_request: null,
      decision: null,
      decided_by: null,
      refunded_amount: 0,
      flags,
      history: [{ action: 'file', from: null, to: 'awaiting_seller', by: 'buyer', at: nowIso, note: null }],
      due_at: hoursAfter(now, policy.seller_response_hours),
      created_at: nowIso,
      updated_at: nowIso,
      closed_at: null,
    };
  };
  return fileCase(DISPUTE_CASES, services, principal, orderId, body.evidence_ids, now, draft, async ({ db }, row) => {
    if (row.flags.length === 0) return;
    await audit(
      db,
      {
        actorType: 'system',
        actorId: 'claim_checks',
        action: 'dispute.flagged',
        subjectType: 'dispute',
        subjectId: row.id,
        reason: row.flags.map((flag) => flag.code).join(','),
      },
      now,
    );
  });
}

/** Adds a message (with its evidence) to the dispute's thread. */
async function addMessage(
  services: Services,
  principal: Principal,
  { row, context }: OpenedCase<DisputeRow>,
  text: string,
  evidenceIds: readonly string[] | undefined,
  now: Date,
): Promise<CaseMessageRow> {
  const message = await insertCaseMessage(
    context.db,
    services.cipher,
    {
      dispute_id: row.id,
      author: actorOf(principal),
      author_id: context.actorId,
      body: text,
      evidence_ids: [...(evidenceIds ?? [])],
      addressed_to: null,
    },
    now,
  );
  await attachCaseEvidence(context.db, principal, evidenceIds, {
    orderId: row.order_id,
    attachTo: message.id,
    maxFiles: context.policy.evidence.max_files,
  });
  return message;
}

/** One step by the buyer, the seller or an agent (an answer to the agent carries a message). */
export function actOnDispute(
  services: Services,
  principal: Principal,
  disputeId: string,
  body: DisputeActionRequest,
  now: Date,
  requestId: string,
): Promise<DisputeRow> {
  const step = takeStep(DISPUTE_CASES, now, body);
  return actOnCase(DISPUTE_CASES, services, principal, disputeId, now, async (opened, actor) => {
    await step(opened, actor);
    if (body.action === 'provide_info') {
      await addMessage(services, principal, opened, body.message, body.evidence_ids, now);
    }
    await auditStaffDecision(opened.context.db, principal, opened.row, body.action, requestId, now);
  });
}

export async function postDisputeMessage(
  services: Services,
  principal: Principal,
  disputeId: string,
  body: PostCaseMessageRequest,
  now: Date,
): Promise<{ message: CaseMessageRow; row: DisputeRow }> {
  let message: CaseMessageRow | undefined;
  const row = await actOnCase(DISPUTE_CASES, services, principal, disputeId, now, async (opened, actor) => {
    if (!OPEN_DISPUTE_STATUSES.includes(opened.row.status)) {
      throw new ProblemError('transition_not_allowed', 'This dispute is closed; messages can no longer be added.');
    }
    message = await addMessage(services, principal, opened, body.body, body.evidence_ids, now);
    opened.row.updated_at = now.toISOString();
    return { milestone: 'message_added', by: actor };
  });
  return { message: message!, row };
}

export const settleDispute = (services: Services, disputeId: string, now: Date) =>
  settleCase(DISPUTE_CASES, services, disputeId, now);

/** Applies every passed dispute deadline: the background sweep only. */
export const settleDueDisputes = (services: Services, now: Date) => settleDueCases(DISPUTE_CASES, services, now);

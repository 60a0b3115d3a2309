import {
  newId,
  OPEN_DISPUTE_STATUSES,
  type CreateDisputeRequest,
  type DisputeActionRequest,
  type PostCaseMessageRequest,
} from '@txassist/contract';
import type { Queryable } from '../db/database.js';
import type { FieldCipher } from '../security/field-cipher.js';
import type { Principal } from '../http/principal.js';
import { ProblemError } from '../http/problem.js';
import { actorOf } from '../refunds/actor.js';
import { checkClaimItems, claimAmount, claimedQuantities } from '../refunds/claims.js';
import { disputeWindow } from '../refunds/eligibility.js';
import { loadOrderFacts } from '../refunds/order-facts.js';
import { publishCaseUpdate } from '../notifications/case-updates.js';
import type { Services } from '../services.js';
import { audit } from '../store/audit.js';
import { insertCaseMessage, type CaseMessageRow } from '../store/case-messages.js';
import { dueDisputeIds, findDisputeRow, insertDisputeRow, saveDisputeRow, type DisputeRow } from '../store/disputes.js';
import { getSellerPolicy } from '../store/policies.js';
import { attachCaseEvidence, uploaderOf } from './evidence.js';
import { fraudFlags } from './fraud.js';
import { limitClaimFiling } from './rate-limit.js';
import { applyDisputeStep, settleDisputeDeadlines, type DisputeStepContext } from './steps.js';

const HOUR = 3600_000;

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
  limitClaimFiling(services, principal.buyerId, now);
  return services.db.transaction(async (tx) => {
    const facts = await loadOrderFacts(tx, services.cipher, principal, orderId, { lock: true });
    if (!facts) throw new ProblemError('not_found', 'Check the order id.');
    if (facts.disputes.some((dispute) => OPEN_DISPUTE_STATUSES.includes(dispute.status))) {
      throw new ProblemError('case_already_open', 'Add to the open dispute about this order instead.');
    }
    const policy = await getSellerPolicy(tx, facts.sellerId as DisputeRow['seller_id']);
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
    const flags = await fraudFlags(tx, facts, { reason: body.reason, amount }, now);
    const nowIso = now.toISOString();
    const row: DisputeRow = {
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
      due_at: new Date(now.getTime() + policy.seller_response_hours * HOUR).toISOString(),
      created_at: nowIso,
      updated_at: nowIso,
      closed_at: null,
    };
    await insertDisputeRow(tx, services.cipher, row);
    await attachCaseEvidence(tx, principal, body.evidence_ids, {
      orderId: facts.id,
      attachTo: row.id,
      maxFiles: policy.evidence.max_files,
    });
    if (flags.length > 0) {
      await audit(
        tx,
        {
          actorType: 'system',
          actorId: 'claim_checks',
          action: 'dispute.flagged',
          subjectType: 'dispute',
          subjectId: row.id,
          reason: flags.map((flag) => flag.code).join(','),
        },
        now,
      );
    }
    await publishCaseUpdate(tx, services.cipher, 'dispute', row, 0, now);
    return row;
  });
}

/** Locks the order then the dispute and applies a passed deadline first. */
async function openForChange(
  db: Queryable,
  cipher: FieldCipher,
  principal: Principal | null,
  disputeId: string,
  actorId: string,
  now: Date,
): Promise<{ row: DisputeRow; context: DisputeStepContext; since: number } | undefined> {
  const visible = await findDisputeRow(db, cipher, principal, disputeId);
  if (!visible) return undefined;
  const facts = await loadOrderFacts(db, cipher, null, visible.order_id, { lock: true });
  const row = await findDisputeRow(db, cipher, null, disputeId, { forUpdate: true });
  if (!facts || !row) return undefined;
  const policy = await getSellerPolicy(db, row.seller_id);
  const context = { db, cipher, facts, policy, actorId };
  const since = row.history.length;
  if (await settleDisputeDeadlines(context, row, now)) await saveDisputeRow(db, cipher, row);
  return { row, context, since };
}

const AUDITED = new Set(['request_info', 'decide_for_buyer', 'decide_for_seller']);

export async function actOnDispute(
  services: Services,
  principal: Principal,
  disputeId: string,
  body: DisputeActionRequest,
  now: Date,
  requestId: string,
): Promise<DisputeRow> {
  return services.db.transaction(async (tx) => {
    const actor = actorOf(principal);
    const opened = await openForChange(tx, services.cipher, principal, disputeId, uploaderOf(principal).id, now);
    if (!opened) throw new ProblemError('not_found', 'Check the dispute id.');
    const { row, context } = opened;
    const { action, ...input } = body;
    await applyDisputeStep(context, row, action, actor, input, now);
    if (action === 'provide_info') {
      const message = await insertCaseMessage(
        tx,
        services.cipher,
        {
          dispute_id: row.id,
          author: actor,
          author_id: context.actorId,
          body: body.message,
          evidence_ids: body.evidence_ids ?? [],
          addressed_to: null,
        },
        now,
      );
      await attachCaseEvidence(tx, principal, body.evidence_ids, {
        orderId: row.order_id,
        attachTo: message.id,
        maxFiles: context.policy.evidence.max_files,
      });
    }
    await saveDisputeRow(tx, services.cipher, row);
    await publishCaseUpdate(tx, services.cipher, 'dispute', row, opened.since, now);
    if (AUDITED.has(action) && principal.role !== 'buyer' && principal.role !== 'seller') {
      await audit(
        tx,
        {
          actorType: 'staff',
          actorId: principal.staffId,
          action: `dispute.${action === 'request_info' ? 'info_requested' : 'decided'}`,
          subjectType: 'dispute',
          subjectId: row.id,
          // A code, never free text: the agent's reason is on the dispute itself.
          reason:
            action === 'decide_for_buyer'
              ? `buyer_favour:${row.decision?.refund_amount ?? 0}`
              : action === 'decide_for_seller'
                ? 'seller_favour'
                : `asked:${row.info_request?.from ?? ''}`,
          requestId,
        },
        now,
      );
    }
    return row;
  });
}

export async function postDisputeMessage(
  services: Services,
  principal: Principal,
  disputeId: string,
  body: PostCaseMessageRequest,
  now: Date,
): Promise<{ message: CaseMessageRow; row: DisputeRow }> {
  return services.db.transaction(async (tx) => {
    const opened = await openForChange(tx, services.cipher, principal, disputeId, uploaderOf(principal).id, now);
    if (!opened) throw new ProblemError('not_found', 'Check the dispute id.');
    const { row, context } = opened;
    if (!OPEN_DISPUTE_STATUSES.includes(row.status)) {
      throw new ProblemError('transition_not_allowed', 'This dispute is closed; messages can no longer be added.');
    }
    const message = await insertCaseMessage(
      tx,
      services.cipher,
      {
        dispute_id: row.id,
        author: actorOf(principal),
        author_id: context.actorId,
        body: body.body,
        evidence_ids: body.evidence_ids ?? [],
        addressed_to: null,
      },
      now,
    );
    await attachCaseEvidence(tx, principal, body.evidence_ids, {
      orderId: row.order_id,
      attachTo: message.id,
      maxFiles: context.policy.evidence.max_files,
    });
    row.updated_at = now.toISOString();
    await saveDisputeRow(tx, services.cipher, row);
    await publishCaseUpdate(tx, services.cipher, 'dispute', row, opened.since, now, {
      milestone: 'message_added',
      by: actorOf(principal),
    });
    return { message, row };
  });
}

export async function settleDispute(services: Services, disputeId: string, now: Date): Promise<void> {
  try {
    await services.db.transaction(async (tx) => {
      const opened = await openForChange(tx, services.cipher, null, disputeId, 'system', now);
      if (opened) await publishCaseUpdate(tx, services.cipher, 'dispute', opened.row, opened.since, now);
    });
  } catch (error) {
    if (!(error instanceof ProblemError)) throw error;
    services.config.logger.warn('dispute deadline step refused', { dispute_id: disputeId, code: error.code });
  }
}

export async function settleDueDisputes(services: Services, now: Date): Promise<void> {
  for (const id of await dueDisputeIds(services.db, now)) await settleDispute(services, id, now);
}

import { type CreateRefundRequest, type RefundActionRequest, type RefundRequestId } from '@txassist/contract';
import type { Principal } from '../domain/principal.js';
import { ProblemError } from '../http/problem.js';
import { checkClaimItems, claimAmount, claimedQuantities, refundableAmount } from '../cases/claims.js';
import { actOnCase, fileCase, settleCase, settleDueCases, takeStep, type FilingContext } from '../cases/engine.js';
import { fraudFlags } from '../cases/fraud-flags.js';
import { hoursAfter } from '../cases/transition.js';
import { refundWindow } from '../cases/windows.js';
import type { Services } from '../services.js';
import { audit } from '../store/audit.js';
import { newRefundRow, type RefundRow } from '../store/refund-requests.js';
import { REFUND_CASES } from './kind.js';
import { applyRefundStep } from './steps.js';

const NOT_ELIGIBLE_DETAIL = {
  not_yet_eligible: 'This can be asked for once the order has been delivered.',
  window_closed: 'The time to ask for this has passed. If something is wrong, contact the seller or open a dispute.',
  not_available: 'This is not available for the order now; see what the order allows.',
} as const;

/** A buyer asks for a refund, a return and refund or a replacement. */
export async function createRefundRequest(
  services: Services,
  principal: Extract<Principal, { role: 'buyer' }>,
  orderId: string,
  body: CreateRefundRequest,
  now: Date,
): Promise<RefundRow> {
  const draft = async ({ db, facts, policy }: FilingContext): Promise<RefundRow> => {
    const window = refundWindow(facts, policy, body.type, now);
    // "Nothing left" is answered below with the precise reason (items or money).
    if (window.status !== 'eligible' && window.unavailable_reason !== 'nothing_left_to_claim') {
      throw new ProblemError('not_eligible', NOT_ELIGIBLE_DETAIL[window.status]);
    }
    const claimed = claimedQuantities(facts);
    checkClaimItems(facts, body.items, claimed);
    // Never more than is left of the payment (discounts and earlier refunds).
    const refundable = refundableAmount(facts);
    const amount =
      body.type === 'replacement'
        ? claimAmount(facts, body.items, claimed)
        : Math.min(claimAmount(facts, body.items, claimed), refundable);
    if (body.type !== 'replacement' && amount <= 0) {
      throw new ProblemError(
        'refund_limit_exceeded',
        'Other requests already cover what was paid for this order; wait for them or ask for fewer items.',
      );
    }
    const flags = await fraudFlags(db, facts, { reason: body.reason, amount }, now);
    const responseHours =
      body.type === 'replacement' ? policy.replacement_response_hours : policy.seller_response_hours;
    return newRefundRow(
      {
        order_id: facts.id as RefundRow['order_id'],
        seller_id: facts.sellerId as RefundRow['seller_id'],
        buyer_id: facts.buyerId as RefundRow['buyer_id'],
        dispute_id: null,
        type: body.type,
        status: 'requested',
        reason: body.reason,
        note: body.note || null,
        items: body.items,
        currency: facts.payment.currency,
        requested_amount: amount,
        approved_amount: null,
        flags,
        history: [{ action: 'request', from: null, to: 'requested', by: 'buyer', at: now.toISOString(), note: null }],
        due_at: hoursAfter(now, responseHours),
      },
      now,
    );
  };
  return fileCase(REFUND_CASES, services, principal, orderId, body.evidence_ids, now, draft, (filing, row) =>
    autoApprove(filing, row, now),
  );
}

/** Small requests from buyers in good standing (no fraud signals) are approved at once. */
async function autoApprove(filing: FilingContext, row: RefundRow, now: Date): Promise<void> {
  filing.facts.refunds.push(row);
  const limit = filing.policy.auto_approve_max_amount;
  if (!limit || limit.currency !== row.currency || row.requested_amount > limit.amount || row.flags.length > 0) return;
  await applyRefundStep({ ...filing, actorId: 'system' }, row, 'auto_approve', 'system', {}, now);
  await REFUND_CASES.save(filing.db, filing.cipher, row);
  await audit(
    filing.db,
    {
      actorType: 'system',
      actorId: 'auto_approval',
      action: 'refund.auto_approved',
      subjectType: 'refund_request',
      subjectId: row.id,
      reason: 'small_request_good_standing',
    },
    now,
  );
}

/** One step by the buyer or the seller. */
export function actOnRefund(
  services: Services,
  principal: Principal,
  refundId: RefundRequestId,
  body: RefundActionRequest,
  now: Date,
): Promise<RefundRow> {
  return actOnCase(REFUND_CASES, services, principal, refundId, now, takeStep(REFUND_CASES, now, body));
}

/** Applies passed deadlines to one request (on read). */
export const settleRefund = (services: Services, refundId: string, now: Date) =>
  settleCase(REFUND_CASES, services, refundId, now);

/** Applies every passed refund deadline: the background sweep only. */
export const settleDueRefunds = (services: Services, now: Date) => settleDueCases(REFUND_CASES, services, now);

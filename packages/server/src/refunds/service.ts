import { newId, type CreateRefundRequest, type RefundActionRequest, type RefundRequestId } from '@txassist/contract';
import type { Queryable } from '../db/database.js';
import type { FieldCipher } from '../security/field-cipher.js';
import type { Principal } from '../http/principal.js';
import { ProblemError } from '../http/problem.js';
import { attachCaseEvidence } from '../disputes/evidence.js';
import { fraudFlags } from '../disputes/fraud.js';
import { limitClaimFiling } from '../disputes/rate-limit.js';
import { publishCaseUpdate } from '../notifications/case-updates.js';
import type { Services } from '../services.js';
import { audit } from '../store/audit.js';
import { getSellerPolicy } from '../store/policies.js';
import {
  dueRefundIds,
  findRefundRow,
  insertRefundRow,
  saveRefundRow,
  type RefundRow,
} from '../store/refund-requests.js';
import { actorOf } from './actor.js';
import { checkClaimItems, claimAmount, claimedQuantities, refundableAmount } from './claims.js';
import { refundWindow } from './eligibility.js';
import { loadOrderFacts } from './order-facts.js';
import { applyRefundStep, settleRefundDeadlines, type StepContext } from './steps.js';

const HOUR = 3600_000;

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
  limitClaimFiling(services, principal.buyerId, now);
  return services.db.transaction(async (tx) => {
    const facts = await loadOrderFacts(tx, services.cipher, principal, orderId, { lock: true });
    if (!facts) throw new ProblemError('not_found', 'Check the order id.');
    const policy = await getSellerPolicy(tx, facts.sellerId as RefundRow['seller_id']);
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
    const flags = await fraudFlags(tx, facts, { reason: body.reason, amount }, now);
    const responseHours =
      body.type === 'replacement' ? policy.replacement_response_hours : policy.seller_response_hours;
    const row: RefundRow = {
      id: newId('ref'),
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
      offer: null,
      approved_amount: null,
      refunded_amount: 0,
      auto_approved: false,
      rejection_reason: null,
      return_label: null,
      return_shipment: null,
      replacement_shipment: null,
      flags,
      history: [{ action: 'request', from: null, to: 'requested', by: 'buyer', at: now.toISOString(), note: null }],
      due_at: new Date(now.getTime() + responseHours * HOUR).toISOString(),
      created_at: now.toISOString(),
      updated_at: now.toISOString(),
    };
    await insertRefundRow(tx, services.cipher, row);
    await attachCaseEvidence(tx, principal, body.evidence_ids, {
      orderId: facts.id,
      attachTo: row.id,
      maxFiles: policy.evidence.max_files,
    });
    facts.refunds.push(row);

    // Small requests from buyers in good standing (no fraud signals) are approved at once.
    const limit = policy.auto_approve_max_amount;
    if (limit && limit.currency === row.currency && amount <= limit.amount && flags.length === 0) {
      await applyRefundStep({ db: tx, facts, policy }, row, 'auto_approve', 'system', {}, now);
      await saveRefundRow(tx, services.cipher, row);
      await audit(
        tx,
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
    await publishCaseUpdate(tx, services.cipher, 'refund_request', row, 0, now);
    return row;
  });
}

/** Locks the order (then the row) and applies passed deadlines; the basis of every change. */
async function openForChange(
  db: Queryable,
  cipher: FieldCipher,
  principal: Principal | null,
  refundId: string,
  now: Date,
): Promise<{ row: RefundRow; context: StepContext; since: number } | undefined> {
  const visible = await findRefundRow(db, cipher, principal, refundId);
  if (!visible) return undefined;
  const facts = await loadOrderFacts(db, cipher, null, visible.order_id, { lock: true });
  const row = await findRefundRow(db, cipher, null, refundId, { forUpdate: true });
  if (!facts || !row) return undefined;
  const policy = await getSellerPolicy(db, row.seller_id);
  const context = { db, facts, policy };
  const since = row.history.length;
  if (await settleRefundDeadlines(context, row, now)) await saveRefundRow(db, cipher, row);
  return { row, context, since };
}

/** One step by the buyer or the seller. */
export async function actOnRefund(
  services: Services,
  principal: Principal,
  refundId: RefundRequestId,
  body: RefundActionRequest,
  now: Date,
): Promise<RefundRow> {
  return services.db.transaction(async (tx) => {
    const opened = await openForChange(tx, services.cipher, principal, refundId, now);
    if (!opened) throw new ProblemError('not_found', 'Check the refund request id.');
    const { row, context } = opened;
    const { action, ...input } = body;
    await applyRefundStep(context, row, action, actorOf(principal), input, now);
    await saveRefundRow(tx, services.cipher, row);
    await publishCaseUpdate(tx, services.cipher, 'refund_request', row, opened.since, now);
    return row;
  });
}

/** Applies passed deadlines to one request (on read). */
export async function settleRefund(services: Services, refundId: string, now: Date): Promise<void> {
  try {
    await services.db.transaction(async (tx) => {
      const opened = await openForChange(tx, services.cipher, null, refundId, now);
      if (opened) await publishCaseUpdate(tx, services.cipher, 'refund_request', opened.row, opened.since, now);
    });
  } catch (error) {
    // A read must not fail because an automatic step cannot run (e.g. nothing left to refund).
    if (!(error instanceof ProblemError)) throw error;
    services.config.logger.warn('refund deadline step refused', { refund_id: refundId, code: error.code });
  }
}

/** Applies every passed refund deadline (reads of lists and the background sweep). */
export async function settleDueRefunds(services: Services, now: Date): Promise<void> {
  for (const id of await dueRefundIds(services.db, now)) await settleRefund(services, id, now);
}

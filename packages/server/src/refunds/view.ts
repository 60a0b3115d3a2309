import { allowedRefundActions, type Deadline, type RefundRequest, type RefundStatus } from '@txassist/contract';
import type { Queryable } from '../db/database.js';
import type { Principal } from '../domain/principal.js';
import type { FieldCipher } from '../security/field-cipher.js';
import { evidenceAttachedTo, toEvidence } from '../store/evidence-files.js';
import type { RefundRow } from '../store/refund-requests.js';
import { actorOf, isStaff } from '../cases/actor.js';

const DEADLINES: Partial<Record<RefundStatus, Pick<Deadline, 'action_by' | 'on_expiry'>>> = {
  requested: { action_by: 'seller', on_expiry: 'auto_approve' },
  countered: { action_by: 'buyer', on_expiry: 'offer_lapses' },
  awaiting_buyer_shipment: { action_by: 'buyer', on_expiry: 'auto_cancel' },
  refunded: { action_by: 'buyer', on_expiry: 'auto_complete' },
  replaced: { action_by: 'buyer', on_expiry: 'auto_complete' },
};

export function refundDeadline(row: RefundRow): Deadline | null {
  const rule = DEADLINES[row.status];
  return rule && row.due_at ? { ...rule, due_at: row.due_at } : null;
}

/** The request as the principal may see it: actions for their role; fraud flags for staff only. */
export async function toRefundRequest(
  db: Queryable,
  cipher: FieldCipher,
  row: RefundRow,
  principal: Principal,
): Promise<RefundRequest> {
  const money = (amount: number) => ({ amount, currency: row.currency });
  const evidence = await evidenceAttachedTo(db, cipher, [row.id]);
  const actor = actorOf(principal);
  return {
    object: 'refund_request',
    id: row.id,
    order_id: row.order_id,
    seller_id: row.seller_id,
    buyer_id: row.buyer_id,
    type: row.type,
    status: row.status,
    reason: row.reason,
    note: row.note,
    items: row.items,
    requested_amount: money(row.requested_amount),
    offer: row.offer ? { amount: money(row.offer.amount), note: row.offer.note, made_at: row.offer.made_at } : null,
    approved_amount: row.approved_amount === null ? null : money(row.approved_amount),
    refunded_amount: money(row.refunded_amount),
    auto_approved: row.auto_approved,
    rejection_reason: row.rejection_reason,
    return_label: row.return_label,
    return_shipment: row.return_shipment,
    replacement_shipment: row.replacement_shipment,
    evidence: evidence.map(toEvidence),
    deadline: refundDeadline(row),
    allowed_actions: actor === 'agent' ? [] : allowedRefundActions(row.type, row.status, actor),
    flags: isStaff(principal) ? row.flags : [],
    history: row.history,
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}

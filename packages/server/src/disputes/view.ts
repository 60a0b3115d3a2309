import {
  allowedDisputeActions,
  type Deadline,
  type Dispute,
  type DisputeActionType,
  type DisputeStatus,
} from '@txassist/contract';
import type { Queryable } from '../db/database.js';
import type { Principal } from '../domain/principal.js';
import type { FieldCipher } from '../security/field-cipher.js';
import { actorOf, isStaff } from '../cases/actor.js';
import { caseMessages } from '../store/case-messages.js';
import type { DisputeRow } from '../store/disputes.js';
import { evidenceAttachedTo, toEvidence } from '../store/evidence-files.js';

export function disputeDeadline(row: DisputeRow): Deadline | null {
  if (!row.due_at) return null;
  const rules: Partial<Record<DisputeStatus, Pick<Deadline, 'action_by' | 'on_expiry'>>> = {
    awaiting_seller: { action_by: 'seller', on_expiry: 'escalation_available' },
    offer_pending: { action_by: 'buyer', on_expiry: 'offer_lapses' },
    awaiting_info: { action_by: row.info_request?.from ?? 'buyer', on_expiry: 'agent_decides' },
  };
  const rule = rules[row.status];
  return rule ? { ...rule, due_at: row.due_at } : null;
}

/** What the caller may do now: the table, narrowed to the party an agent asked. */
export function disputeActionsFor(row: DisputeRow, principal: Principal): DisputeActionType[] {
  const actor = actorOf(principal);
  return allowedDisputeActions(row.status, actor).filter(
    (action) => action !== 'provide_info' || row.info_request?.from === actor,
  );
}

export async function toDispute(
  db: Queryable,
  cipher: FieldCipher,
  row: DisputeRow,
  principal: Principal,
): Promise<Dispute> {
  const money = (amount: number) => ({ amount, currency: row.currency });
  const messages = await caseMessages(db, cipher, row.id);
  const files = await evidenceAttachedTo(db, cipher, [row.id, ...messages.map((message) => message.id)]);
  const filesOf = (owner: string) => files.filter((file) => file.attached_to === owner).map(toEvidence);
  return {
    object: 'dispute',
    id: row.id,
    order_id: row.order_id,
    seller_id: row.seller_id,
    buyer_id: row.buyer_id,
    refund_id: row.refund_id as Dispute['refund_id'],
    reason: row.reason,
    status: row.status,
    items: row.items,
    description: row.description,
    desired_outcome: row.desired_outcome,
    amount: money(row.amount),
    evidence: filesOf(row.id),
    messages: messages.map((message) => ({
      object: 'case_message',
      id: message.id,
      author: message.author,
      body: message.body,
      evidence: filesOf(message.id),
      addressed_to: message.addressed_to,
      created_at: message.created_at,
    })),
    offer: row.offer
      ? {
          outcome: row.offer.outcome,
          amount: row.offer.amount === null ? null : money(row.offer.amount),
          note: row.offer.note,
          made_at: row.offer.made_at,
          status: row.offer.status,
        }
      : null,
    escalation_reason: row.escalation_reason,
    escalated_at: row.escalated_at,
    info_request: row.info_request,
    decision: row.decision
      ? {
          outcome: row.decision.outcome,
          refund_amount: row.decision.refund_amount === null ? null : money(row.decision.refund_amount),
          reason: row.decision.reason,
          decided_at: row.decision.decided_at,
        }
      : null,
    refunded_amount: money(row.refunded_amount),
    deadline: disputeDeadline(row),
    allowed_actions: disputeActionsFor(row, principal),
    flags: isStaff(principal) ? row.flags : [],
    history: row.history,
    created_at: row.created_at,
    updated_at: row.updated_at,
    closed_at: row.closed_at,
  };
}

import {
  NOTIFIED_CASE_MILESTONES,
  type CaseActor,
  type CaseHistoryEntry,
  type CaseMilestone,
  type DisputeStatus,
  type DisputeUpdate,
  type NotificationCase,
  type OrderStatus,
  type RefundRequestUpdate,
  type RefundStatus,
} from '@txassist/contract';
import type { Queryable } from '../db/database.js';
import type { FieldCipher } from '../security/field-cipher.js';
import { appendEvent } from '../store/events.js';
import { enqueueNotifications } from './outbox.js';

/** The fields of a dispute or refund request row this module reads (both row types fit). */
export interface CaseSnapshot {
  id: string;
  order_id: string;
  seller_id: string;
  buyer_id: string;
  status: DisputeStatus | RefundStatus;
  updated_at: string;
  history: readonly Pick<CaseHistoryEntry, 'action' | 'by'>[];
  /** Disputes: whom the agent asked (an agent question to the seller is not news for the buyer). */
  info_request?: { from: 'buyer' | 'seller' } | null;
}

export type CaseKind = 'dispute' | 'refund_request';

/** A step not recorded in the history (a message), with who took it. */
export interface CaseStep {
  milestone: CaseMilestone;
  by: CaseActor;
}

/** Dispute and refund actions (their history `action`) → the milestone code events and messages carry. */
const MILESTONE_OF_ACTION: Readonly<Record<string, CaseMilestone>> = {
  file: 'opened',
  request: 'opened',
  offer: 'offer_received',
  offer_partial: 'offer_received',
  accept_offer: 'offer_accepted',
  decline_offer: 'offer_declined',
  approve: 'approved',
  auto_approve: 'auto_approved',
  reject: 'rejected',
  seller_deadline_passed: 'deadline_passed',
  offer_lapsed: 'deadline_passed',
  lapse_offer: 'deadline_passed',
  expire_return: 'deadline_passed',
  escalate: 'escalated',
  request_info: 'info_requested',
  provide_info: 'info_provided',
  decide_for_buyer: 'decided',
  decide_for_seller: 'decided',
  issue_return_label: 'return_label_ready',
  mark_shipped: 'return_shipped',
  mark_received: 'return_received',
  issue_refund: 'refund_issued',
  ship_replacement: 'replacement_shipped',
  withdraw: 'cancelled',
  cancel: 'cancelled',
  complete: 'closed',
};

const EVENT_TYPE = { dispute: 'dispute.updated', refund_request: 'refund_request.updated' } as const;
const NOTIFIED: readonly CaseMilestone[] = NOTIFIED_CASE_MILESTONES;

/** The steps taken since history entry `since`, as milestones, plus an unrecorded step (a message). */
export function caseSteps(row: CaseSnapshot, since: number, extra?: CaseStep): CaseStep[] {
  const steps = row.history.slice(since).flatMap((entry) => {
    const milestone = MILESTONE_OF_ACTION[entry.action];
    return milestone ? [{ milestone, by: entry.by }] : [];
  });
  return extra ? [...steps, extra] : steps;
}

/**
 * The step worth a message to the buyer: the latest one someone else (or the system) took whose
 * milestone is notified. Steps the buyer took themselves are not mailed back to them.
 */
export function notifiedStep(row: CaseSnapshot, steps: readonly CaseStep[]): CaseStep | undefined {
  return steps.findLast(
    (step) =>
      step.by !== 'buyer' &&
      NOTIFIED.includes(step.milestone) &&
      !(step.milestone === 'info_requested' && row.info_request?.from !== 'buyer'),
  );
}

/**
 * Publishes what changed on a case since history entry `since` (call it in the transaction that
 * changed it, after saving): one thin live event for the buyer's stream and the seller's webhooks,
 * and — when another party or the system caused it — a `refunds_and_disputes` message per channel.
 * Nothing when nothing changed.
 */
export async function publishCaseUpdate(
  tx: Queryable,
  cipher: FieldCipher,
  kind: CaseKind,
  row: CaseSnapshot,
  since: number,
  now: Date,
  extra?: CaseStep,
): Promise<void> {
  const steps = caseSteps(row, since, extra);
  const latest = steps.at(-1);
  if (!latest) return;
  const object = {
    object: 'case_update',
    kind,
    id: row.id,
    order_id: row.order_id,
    status: row.status,
    milestone: latest.milestone,
    updated_at: row.updated_at,
  } as DisputeUpdate | RefundRequestUpdate;
  const owner = { sellerId: row.seller_id, buyerId: row.buyer_id, orderId: row.order_id };
  const event = await appendEvent(tx, cipher, EVENT_TYPE[kind], owner, now, object);

  const news = notifiedStep(row, steps);
  if (!news) return;
  const { rows } = await tx.query<{ number: string; status: OrderStatus }>(
    'select number, status from orders where id = $1',
    [row.order_id],
  );
  const order = rows[0];
  if (!order) return;
  await enqueueNotifications(
    tx,
    cipher,
    event.id,
    { buyerId: row.buyer_id, sellerId: row.seller_id },
    'refunds_and_disputes',
    {
      order_id: row.order_id,
      order_number: order.number,
      status: order.status,
      case: { kind, id: row.id, milestone: news.milestone } as NotificationCase,
    },
    now,
  );
}

import * as z from 'zod/mini';
import { caseActions, caseLifecycle, type CaseTransitionResult } from './case-lifecycle.js';
import type { CaseActor } from './claim-reason.js';
import { REFUND_TYPES } from './values/claims.js';

// Zod-free in values/claims.ts (browser bundles import it from `@txassist/contract/values`); re-exported here.
export { REFUND_TYPES, TERMINAL_REFUND_STATUSES } from './values/claims.js';

export const RefundType = z.enum(REFUND_TYPES);
export type RefundType = z.infer<typeof RefundType>;

/**
 * requested → approved / rejected (or countered with a partial refund) → (awaiting_buyer_shipment
 * with a return label → buyer_shipped → received) → refunded / replaced → completed, or cancelled.
 */
export const REFUND_STATUSES = [
  'requested',
  'countered',
  'approved',
  'rejected',
  'awaiting_buyer_shipment',
  'buyer_shipped',
  'received',
  'refunded',
  'replaced',
  'completed',
  'cancelled',
] as const;
export type RefundStatus = (typeof REFUND_STATUSES)[number];

type ByType = Readonly<Partial<Record<RefundType, readonly RefundStatus[]>>>;

export interface RefundRule {
  /** Who may take the action (`system`: the server itself, on deadlines and automatic steps). */
  readonly by: readonly CaseActor[];
  /** Statuses it may start from, per request type (a type not listed cannot take the action). */
  readonly from: ByType;
  readonly to: RefundStatus;
}

const every = (...statuses: RefundStatus[]): ByType => ({
  refund: statuses,
  return_and_refund: statuses,
  replacement: statuses,
});

const RULES = {
  approve: { by: ['seller'], from: every('requested'), to: 'approved' },
  /** Seller silent past the deadline, or a small request from a buyer in good standing. */
  auto_approve: { by: ['system'], from: every('requested'), to: 'approved' },
  reject: { by: ['seller'], from: every('requested'), to: 'rejected' },
  /** The seller counters with a partial refund (replacements cannot be countered). */
  offer_partial: { by: ['seller'], from: { refund: ['requested'], return_and_refund: ['requested'] }, to: 'countered' },
  accept_offer: { by: ['buyer'], from: every('countered'), to: 'approved' },
  decline_offer: { by: ['buyer'], from: every('countered'), to: 'rejected' },
  issue_return_label: {
    by: ['seller'],
    from: { return_and_refund: ['approved'], replacement: ['approved'] },
    to: 'awaiting_buyer_shipment',
  },
  mark_shipped: { by: ['buyer'], from: every('awaiting_buyer_shipment'), to: 'buyer_shipped' },
  mark_received: { by: ['seller'], from: every('buyer_shipped'), to: 'received' },
  /** The money goes back through the payment it came from (refund: on approval; return: once received). */
  issue_refund: { by: ['system'], from: { refund: ['approved'], return_and_refund: ['received'] }, to: 'refunded' },
  ship_replacement: { by: ['seller'], from: { replacement: ['approved', 'received'] }, to: 'replaced' },
  complete: { by: ['buyer', 'system'], from: every('refunded', 'replaced'), to: 'completed' },
  cancel: {
    by: ['buyer'],
    from: every('requested', 'countered', 'approved', 'awaiting_buyer_shipment'),
    to: 'cancelled',
  },
  /** The buyer did not ship the return in time. */
  expire_return: { by: ['system'], from: every('awaiting_buyer_shipment'), to: 'cancelled' },
  /** The buyer did not answer the counter-offer in time. */
  lapse_offer: { by: ['system'], from: every('countered'), to: 'cancelled' },
} satisfies Record<string, RefundRule>;
export type RefundActionType = keyof typeof RULES;

/** The refund/return state machine, as data: the server refuses any step not listed here. */
export const REFUND_RULES: Readonly<Record<RefundActionType, RefundRule>> = RULES;
/** Every action of the table, in its order. */
export const REFUND_ACTIONS = caseActions(REFUND_RULES);

/** Statuses in which money is still promised: counted against what may still be refunded. */
export const REFUND_RESERVING_STATUSES: readonly RefundStatus[] = [
  'requested',
  'countered',
  'approved',
  'awaiting_buyer_shipment',
  'buyer_shipped',
  'received',
];

/** Hours after `refunded`/`replaced` before the system completes the request. */
export const REFUND_AUTO_COMPLETE_HOURS = 72;

const lifecycle = caseLifecycle(REFUND_STATUSES, REFUND_RULES, (rule, type: RefundType) => rule.from[type] ?? []);
export const RefundStatus = lifecycle.status;
export const RefundActionType = lifecycle.action;

export type RefundTransitionResult = CaseTransitionResult<RefundStatus>;

/** Whether `actor` may take `action` on a request of `type` in `status`, and where it leads. */
export const refundTransition = (
  type: RefundType,
  status: RefundStatus,
  action: RefundActionType,
  actor: CaseActor,
): RefundTransitionResult => lifecycle.transition(status, action, actor, type);

/** Actions `actor` may take now (what the UI offers; the server still checks each call). */
export const allowedRefundActions = (type: RefundType, status: RefundStatus, actor: CaseActor): RefundActionType[] =>
  lifecycle.allowed(status, actor, type);

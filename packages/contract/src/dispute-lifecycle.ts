import { caseActions, caseLifecycle, type CaseTransitionResult } from './case-lifecycle.js';
import type { CaseActor } from './claim-reason.js';

// Zod-free in values/claims.ts (browser bundles import it from `@txassist/contract/values`); re-exported here.
export { TERMINAL_DISPUTE_STATUSES } from './values/claims.js';

/**
 * awaiting_seller → (offer_pending ⇄ no_agreement) → escalated ⇄ awaiting_info → resolved_buyer /
 * resolved_seller; settled when the buyer accepts an offer; withdrawn at any open stage.
 */
export const DISPUTE_STATUSES = [
  'awaiting_seller',
  'offer_pending',
  'no_agreement',
  'escalated',
  'awaiting_info',
  'settled',
  'resolved_buyer',
  'resolved_seller',
  'withdrawn',
] as const;
export type DisputeStatus = (typeof DISPUTE_STATUSES)[number];

export interface DisputeRule {
  readonly by: readonly CaseActor[];
  readonly from: readonly DisputeStatus[];
  readonly to: DisputeStatus;
}

export const OPEN_DISPUTE_STATUSES: readonly DisputeStatus[] = [
  'awaiting_seller',
  'offer_pending',
  'no_agreement',
  'escalated',
  'awaiting_info',
];

const RULES = {
  /** Full or partial refund, replacement or return. A new offer replaces a declined one. */
  offer: { by: ['seller'], from: ['awaiting_seller', 'no_agreement'], to: 'offer_pending' },
  reject: { by: ['seller'], from: ['awaiting_seller'], to: 'no_agreement' },
  accept_offer: { by: ['buyer'], from: ['offer_pending'], to: 'settled' },
  decline_offer: { by: ['buyer'], from: ['offer_pending'], to: 'no_agreement' },
  /** The seller did not answer in time: the buyer may escalate. */
  seller_deadline_passed: { by: ['system'], from: ['awaiting_seller'], to: 'no_agreement' },
  /** The buyer did not answer an offer in time. */
  offer_lapsed: { by: ['system'], from: ['offer_pending'], to: 'no_agreement' },
  escalate: { by: ['buyer', 'seller'], from: ['no_agreement'], to: 'escalated' },
  request_info: { by: ['agent'], from: ['escalated'], to: 'awaiting_info' },
  /** The party the agent asked answers (a message with optional evidence). */
  provide_info: { by: ['buyer', 'seller'], from: ['awaiting_info'], to: 'escalated' },
  decide_for_buyer: { by: ['agent'], from: ['escalated', 'awaiting_info'], to: 'resolved_buyer' },
  decide_for_seller: { by: ['agent'], from: ['escalated', 'awaiting_info'], to: 'resolved_seller' },
  withdraw: { by: ['buyer'], from: OPEN_DISPUTE_STATUSES, to: 'withdrawn' },
} satisfies Record<string, DisputeRule>;
export type DisputeActionType = keyof typeof RULES;

/** The dispute state machine, as data: the server refuses any step not listed here. */
export const DISPUTE_RULES: Readonly<Record<DisputeActionType, DisputeRule>> = RULES;
/** Every action of the table, in its order. */
export const DISPUTE_ACTIONS = caseActions(DISPUTE_RULES);

const lifecycle = caseLifecycle(DISPUTE_STATUSES, DISPUTE_RULES, (rule) => rule.from);
export const DisputeStatus = lifecycle.status;
export const DisputeActionType = lifecycle.action;

export type DisputeTransitionResult = CaseTransitionResult<DisputeStatus>;

export const disputeTransition: (
  status: DisputeStatus,
  action: DisputeActionType,
  actor: CaseActor,
) => DisputeTransitionResult = lifecycle.transition;

/** Actions `actor` may take now by the table alone (the server narrows `provide_info` to the party asked). */
export const allowedDisputeActions: (status: DisputeStatus, actor: CaseActor) => DisputeActionType[] =
  lifecycle.allowed;

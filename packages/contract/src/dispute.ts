import * as z from 'zod/mini';
import { caseListQuery } from './case-lifecycle.js';
import { ClaimItem, Deadline, DisputeReason, FraudFlag } from './claim-reason.js';
import { DisputeActionType, DisputeStatus } from './dispute-lifecycle.js';
import { Evidence, EvidenceId } from './evidence.js';
import { BuyerId, idSchema, OrderId, SellerId } from './ids.js';
import { Money } from './money.js';
import { CaseHistoryEntry, RefundRequestId } from './refund.js';
import { Timestamp } from './timestamps.js';
import { DESIRED_OUTCOMES } from './values/claims.js';

// Zod-free in values/claims.ts (browser bundles import it from `@txassist/contract/values`); re-exported here.
export { DESIRED_OUTCOMES } from './values/claims.js';

export const DisputeId = idSchema('dsp');
export type DisputeId = z.infer<typeof DisputeId>;
export const CaseMessageId = idSchema('msg');

export const DesiredOutcome = z.enum(DESIRED_OUTCOMES);
export type DesiredOutcome = z.infer<typeof DesiredOutcome>;

export const CaseMessage = z.object({
  object: z.literal('case_message'),
  id: CaseMessageId,
  author: z.enum(['buyer', 'seller', 'agent', 'system']),
  body: z.string(),
  evidence: z.array(Evidence),
  /** Set on an agent's question: whom it asks. */
  addressed_to: z.nullable(z.enum(['buyer', 'seller'])),
  created_at: Timestamp,
});
export type CaseMessage = z.infer<typeof CaseMessage>;

export const DisputeOffer = z.object({
  outcome: DesiredOutcome,
  /** The refund amount (full: the dispute's amount; partial: less; replacement: null). */
  amount: z.nullable(Money),
  note: z.nullable(z.string()),
  made_at: Timestamp,
  status: z.enum(['pending', 'accepted', 'declined', 'lapsed']),
});
export type DisputeOffer = z.infer<typeof DisputeOffer>;

export const DisputeDecision = z.object({
  outcome: z.enum(['buyer_favour', 'seller_favour']),
  refund_amount: z.nullable(Money),
  reason: z.string(),
  decided_at: Timestamp,
});
export type DisputeDecision = z.infer<typeof DisputeDecision>;

export const InfoRequest = z.object({
  from: z.enum(['buyer', 'seller']),
  question: z.string(),
  requested_at: Timestamp,
  due_at: Timestamp,
});

export const Dispute = z.object({
  object: z.literal('dispute'),
  id: DisputeId,
  order_id: OrderId,
  seller_id: SellerId,
  buyer_id: BuyerId,
  /** The refund request this escalates, if any. */
  refund_id: z.nullable(RefundRequestId),
  reason: DisputeReason,
  status: DisputeStatus,
  items: z.array(ClaimItem),
  description: z.string(),
  desired_outcome: DesiredOutcome,
  /** What the disputed items are worth. */
  amount: Money,
  evidence: z.array(Evidence),
  /** The mediation thread, oldest first. */
  messages: z.array(CaseMessage),
  offer: z.nullable(DisputeOffer),
  /** Why the buyer may escalate now (null when escalation is not available). */
  escalation_reason: z.nullable(
    z.enum(['seller_rejected', 'seller_missed_deadline', 'offer_declined', 'offer_lapsed']),
  ),
  escalated_at: z.nullable(Timestamp),
  info_request: z.nullable(InfoRequest),
  decision: z.nullable(DisputeDecision),
  /** Refunded through this dispute (settled offer or decision). */
  refunded_amount: Money,
  deadline: z.nullable(Deadline),
  allowed_actions: z.array(DisputeActionType),
  /** Fraud signals (agents only; always empty for buyers and sellers). */
  flags: z.array(FraudFlag),
  history: z.array(CaseHistoryEntry),
  created_at: Timestamp,
  updated_at: Timestamp,
  closed_at: z.nullable(Timestamp),
});
export type Dispute = z.infer<typeof Dispute>;

export const CreateDisputeRequest = z.object({
  reason: DisputeReason,
  items: z.array(ClaimItem).check(z.minLength(1), z.maxLength(100)),
  description: z.string().check(z.trim(), z.minLength(10), z.maxLength(4000)),
  desired_outcome: DesiredOutcome,
  evidence_ids: z.optional(z.array(EvidenceId).check(z.maxLength(10))),
  /** A rejected refund request this dispute escalates. */
  refund_id: z.optional(RefundRequestId),
});
export type CreateDisputeRequest = z.infer<typeof CreateDisputeRequest>;

const text = (min: number) => z.string().check(z.trim(), z.minLength(min), z.maxLength(4000));
const note = z.optional(z.string().check(z.trim(), z.maxLength(2000)));

/** One step on a dispute by the caller (system steps happen on their own). */
export const DisputeActionRequest = z.discriminatedUnion('action', [
  z.object({
    action: z.literal('offer'),
    outcome: DesiredOutcome,
    /** Required for `partial_refund` (minor units, less than the dispute's amount); ignored otherwise. */
    amount: z.optional(z.int().check(z.positive())),
    note,
  }),
  z.object({ action: z.literal('reject'), reason: text(3) }),
  z.object({ action: z.literal('accept_offer') }),
  z.object({ action: z.literal('decline_offer'), note }),
  z.object({ action: z.literal('escalate'), note }),
  z.object({ action: z.literal('request_info'), from: z.enum(['buyer', 'seller']), question: text(3) }),
  z.object({
    action: z.literal('provide_info'),
    message: text(1),
    evidence_ids: z.optional(z.array(EvidenceId).check(z.maxLength(10))),
  }),
  z.object({ action: z.literal('decide_for_buyer'), refund_amount: z.int().check(z.positive()), reason: text(3) }),
  z.object({ action: z.literal('decide_for_seller'), reason: text(3) }),
  z.object({ action: z.literal('withdraw'), note }),
]);
export type DisputeActionRequest = z.infer<typeof DisputeActionRequest>;

export const PostCaseMessageRequest = z.object({
  body: text(1),
  evidence_ids: z.optional(z.array(EvidenceId).check(z.maxLength(10))),
});
export type PostCaseMessageRequest = z.infer<typeof PostCaseMessageRequest>;

export const ListDisputesQuery = caseListQuery(DisputeStatus);

export const DisputePathParams = z.object({ dispute_id: DisputeId });

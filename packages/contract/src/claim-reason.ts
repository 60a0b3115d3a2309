import * as z from 'zod/mini';
import { Timestamp } from './timestamps.js';
import { DISPUTE_REASONS, REFUND_REASONS } from './values/claims.js';

// Zod-free in values/claims.ts (browser bundles import it from `@txassist/contract/values`); re-exported here.
export { DISPUTE_REASONS, REFUND_REASONS } from './values/claims.js';

export const DisputeReason = z.enum(DISPUTE_REASONS);
export type DisputeReason = z.infer<typeof DisputeReason>;

export const RefundReason = z.enum(REFUND_REASONS);
export type RefundReason = z.infer<typeof RefundReason>;

/** A line item and how many of it a claim covers. */
export const ClaimItem = z.object({
  line_item_id: z.string().check(z.regex(/^li_[A-Za-z0-9]{8,64}$/, 'must be a line item id')),
  quantity: z.int().check(z.positive(), z.maximum(999)),
});
export type ClaimItem = z.infer<typeof ClaimItem>;

/** Who a party is in a case. `system` acts on deadlines and automatic approvals. */
export const CASE_ACTORS = ['buyer', 'seller', 'agent', 'system'] as const;
export const CaseActor = z.enum(CASE_ACTORS);
export type CaseActor = z.infer<typeof CaseActor>;

/** What happens when a deadline passes without the party acting. */
export const DEADLINE_OUTCOMES = [
  'auto_approve',
  'escalation_available',
  'auto_cancel',
  'auto_complete',
  'offer_lapses',
  'agent_decides',
] as const;
export const DeadlineOutcome = z.enum(DEADLINE_OUTCOMES);

export const Deadline = z.object({
  /** Who must act before `due_at`. */
  action_by: z.enum(['buyer', 'seller', 'agent']),
  due_at: Timestamp,
  on_expiry: DeadlineOutcome,
});
export type Deadline = z.infer<typeof Deadline>;

/** A fraud signal on a claim, for agents: a stable code and a plain explanation. */
export const FRAUD_FLAG_CODES = [
  'repeat_low_value_claims',
  'high_refund_rate',
  'delivered_to_verified_address',
] as const;
export const FraudFlag = z.object({
  code: z.enum(FRAUD_FLAG_CODES),
  message: z.string(),
});
export type FraudFlag = z.infer<typeof FraudFlag>;

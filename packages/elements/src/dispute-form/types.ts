import type { DesiredOutcome as DisputeOutcome, DisputeReason, DisputeStatus, Money } from '@txassist/contract/types';
import type { EvidenceRules } from '../internal/evidence-check.js';

/**
 * What the dispute form's views show, in the element's own terms. `adapter.ts` builds it from the
 * contract's resources, so the views (and the catalog's keys) do not change with the wire format.
 */

export { DISPUTE_REASONS, DESIRED_OUTCOMES as DISPUTE_OUTCOMES } from '@txassist/contract/values';
export type { DisputeReason, DesiredOutcome as DisputeOutcome } from '@txassist/contract/types';

/** Where a case stands: the contract's dispute status, worded from the catalog (`dispute.phase.<status>`). */
export type CasePhase = DisputeStatus;

export interface ItemChoice {
  readonly id: string;
  readonly title: string;
  readonly variant: string | null;
  readonly quantity: number;
  readonly unitPrice: Money;
}

export interface ReasonWindow {
  readonly available: boolean;
  /** When a reason that is not available yet opens (e.g. "not received" after the estimated delivery). */
  readonly opensAt: string | undefined;
}

/** What the buyer may do now, as the server computed it; the element only shows it. */
export interface DisputeEligibility {
  readonly state: 'eligible' | 'not_yet' | 'closed' | 'unavailable';
  /** Eligible: until when; not yet: from when; closed: when it ended. */
  readonly date: string | undefined;
  readonly reasons: Readonly<Partial<Record<DisputeReason, ReasonWindow>>>;
  readonly evidence: EvidenceRules;
}

export interface OrderSummary {
  readonly id: string;
  readonly number: string;
  readonly items: readonly ItemChoice[];
}

export interface CaseAttachment {
  readonly id: string;
  readonly name: string;
  readonly url: string | undefined;
}

export interface CaseMessage {
  readonly id: string;
  readonly author: 'buyer' | 'seller' | 'agent' | 'system';
  readonly body: string;
  readonly at: string;
  readonly attachments: readonly CaseAttachment[];
}

export interface CaseOffer {
  readonly id: string;
  readonly kind: DisputeOutcome;
  readonly amount: Money | undefined;
  readonly note: string | undefined;
  /** Whether the buyer may accept or decline it now. */
  readonly open: boolean;
  readonly expiresAt: string | undefined;
}

export interface CaseDecision {
  readonly favour: 'buyer' | 'seller';
  readonly reason: string;
  readonly refund: Money | undefined;
  readonly at: string;
}

export interface CaseView {
  readonly id: string;
  readonly orderId: string;
  readonly orderNumber: string;
  readonly openedAt: string;
  readonly reason: DisputeReason;
  readonly outcome: DisputeOutcome | undefined;
  readonly phase: CasePhase;
  readonly deadline: { readonly kind: 'seller' | 'buyer' | 'review'; readonly at: string } | undefined;
  /** When the buyer may ask the platform to decide, if not yet. */
  readonly escalatableFrom: string | undefined;
  readonly canEscalate: boolean;
  readonly canWithdraw: boolean;
  readonly canMessage: boolean;
  readonly offer: CaseOffer | undefined;
  readonly messages: readonly CaseMessage[];
  readonly evidence: readonly CaseAttachment[];
  readonly decision: CaseDecision | undefined;
  /** The team's question to the buyer, while it waits for the answer. */
  readonly infoRequest: { readonly question: string; readonly dueAt: string } | undefined;
  /** Whether the message box answers the team's question (`provide_info`) rather than writing to the thread. */
  readonly answersInfoRequest: boolean;
  readonly refunded: { readonly amount: Money; readonly at: string } | undefined;
}

import * as z from 'zod/mini';
import { DISPUTE_REASONS, DisputeReason } from './claim-reason.js';
import { EVIDENCE_TYPES, EvidenceRules } from './evidence.js';
import { SellerId } from './ids.js';
import { Money } from './money.js';
import { DEFAULT_SUPPORT, SupportSettings } from './support.js';
import { Timestamp } from './timestamps.js';
import { API_VERSIONS } from './values/api-versions.js';

/** When a dispute window starts counting: the order being placed, the latest estimated delivery, or delivery. */
export const DISPUTE_WINDOW_ANCHORS = ['placed', 'estimated_delivery', 'delivered'] as const;
export const DisputeWindowAnchor = z.enum(DISPUTE_WINDOW_ANCHORS);
export type DisputeWindowAnchor = z.infer<typeof DisputeWindowAnchor>;

/** A window opens `grace_hours` after its anchor and stays open `length_days`. */
export const DisputeWindow = z.object({
  anchor: DisputeWindowAnchor,
  grace_hours: z.int().check(z.minimum(0), z.maximum(24 * 90)),
  length_days: z.int().check(z.minimum(1), z.maximum(365)),
});
export type DisputeWindow = z.infer<typeof DisputeWindow>;

const hours = (max: number) => z.int().check(z.minimum(1), z.maximum(max));

const POLICY_FIELDS = {
  /** Refunds, returns and replacements may be asked for this many days after delivery. */
  return_window_days: z.int().check(z.minimum(0), z.maximum(365)),
  /** Per reason: when a dispute may be filed. */
  dispute_windows: z.record(DisputeReason, DisputeWindow),
  /** The seller answers a refund request or dispute within this (TikTok: 48 h); silence auto-approves refunds and lets the buyer escalate disputes. */
  seller_response_hours: hours(24 * 30),
  /** The same for replacement requests (TikTok: 24 h). */
  replacement_response_hours: hours(24 * 30),
  /** The buyer answers an offer or an agent's question within this. */
  buyer_response_hours: hours(24 * 30),
  /** The buyer ships a return within this many days of getting the label, or the request is cancelled. */
  return_shipment_days: z.int().check(z.minimum(1), z.maximum(60)),
  /**
   * Refund requests up to this amount (in the order's currency) from buyers in good standing are
   * approved at once. Null (or another currency) turns it off.
   */
  auto_approve_max_amount: z.nullable(Money),
  evidence: EvidenceRules,
  /** Support hours and the expected first response, shown before a buyer writes to a person. */
  support: SupportSettings,
} as const;

/**
 * The API version applied to this seller's calls (and its buyers' sessions) that send no `TxAssist-Version`
 * header; null or absent: the newest (docs/api-versions.md).
 */
const ApiVersionPin = z.nullable(z.enum(API_VERSIONS.map((entry) => entry.version)));

/** A seller's refund, return and dispute policy. The server computes every window and deadline from it. */
export const SellerPolicy = z.object({
  object: z.literal('seller_policy'),
  seller_id: SellerId,
  ...POLICY_FIELDS,
  api_version: z.optional(ApiVersionPin),
  updated_at: Timestamp,
});
export type SellerPolicy = z.infer<typeof SellerPolicy>;

/** Changes to the policy: only the fields sent change; `dispute_windows` may name only some reasons. */
export const UpdateSellerPolicyRequest = z
  .object({
    return_window_days: z.optional(POLICY_FIELDS.return_window_days),
    dispute_windows: z.optional(z.partialRecord(DisputeReason, DisputeWindow)),
    seller_response_hours: z.optional(POLICY_FIELDS.seller_response_hours),
    replacement_response_hours: z.optional(POLICY_FIELDS.replacement_response_hours),
    buyer_response_hours: z.optional(POLICY_FIELDS.buyer_response_hours),
    return_shipment_days: z.optional(POLICY_FIELDS.return_shipment_days),
    auto_approve_max_amount: z.optional(
      z.nullable(z.object({ amount: z.int().check(z.nonnegative()), currency: Money.shape.currency })),
    ),
    evidence: z.optional(EvidenceRules),
    support: z.optional(SupportSettings),
    api_version: z.optional(ApiVersionPin),
  })
  .check(
    z.refine(
      (value) =>
        value.replacement_response_hours === undefined ||
        value.seller_response_hours === undefined ||
        value.replacement_response_hours <= value.seller_response_hours,
      {
        message: 'replacement_response_hours may not be longer than seller_response_hours',
        path: ['replacement_response_hours'],
      },
    ),
  );
export type UpdateSellerPolicyRequest = z.infer<typeof UpdateSellerPolicyRequest>;

type PolicyValues = Omit<SellerPolicy, 'object' | 'seller_id' | 'updated_at'>;

/** Platform defaults, used until a seller sets their own (TikTok-like deadlines, PayPal-like windows). */
export const DEFAULT_SELLER_POLICY: PolicyValues = {
  return_window_days: 15,
  dispute_windows: Object.fromEntries(
    DISPUTE_REASONS.map((reason) => [
      reason,
      reason === 'not_received'
        ? { anchor: 'estimated_delivery', grace_hours: 72, length_days: 30 }
        : reason === 'unauthorized'
          ? { anchor: 'placed', grace_hours: 0, length_days: 120 }
          : { anchor: 'delivered', grace_hours: 0, length_days: 30 },
    ]),
  ) as PolicyValues['dispute_windows'],
  seller_response_hours: 48,
  replacement_response_hours: 24,
  buyer_response_hours: 72,
  return_shipment_days: 7,
  auto_approve_max_amount: null,
  evidence: { accepted_types: [...EVIDENCE_TYPES], max_bytes: 5 * 1024 * 1024, max_files: 6 },
  support: DEFAULT_SUPPORT,
};

import * as z from 'zod/mini';
import { caseListQuery } from './case-lifecycle.js';
import { CaseActor, ClaimItem, Deadline, FraudFlag, RefundReason } from './claim-reason.js';
import { Evidence, EvidenceId } from './evidence.js';
import { BuyerId, idSchema, OrderId, SellerId } from './ids.js';
import { Money } from './money.js';
import { HttpsUrl } from './order.js';
import { RefundActionType, RefundStatus, RefundType } from './refund-lifecycle.js';
import { Timestamp } from './timestamps.js';

export const RefundRequestId = idSchema('ref');
export type RefundRequestId = z.infer<typeof RefundRequestId>;

export const ParcelInfo = z.object({
  carrier: z.string().check(z.regex(/^[a-z0-9_-]{2,40}$/, 'must be a carrier code like "dhl" or "sim"')),
  tracking_number: z.string().check(z.trim(), z.minLength(3), z.maxLength(64)),
});
export type ParcelInfo = z.infer<typeof ParcelInfo>;

export const ReturnLabel = z.object({
  carrier: z.string(),
  tracking_number: z.string(),
  label_url: z.nullable(z.string()),
  issued_at: Timestamp,
  /** The buyer ships by then, or the request is cancelled. */
  ship_by: Timestamp,
});

export const Shipped = z.object({ carrier: z.string(), tracking_number: z.string(), at: Timestamp });

/** One step in a case's history (who did what, when). */
export const CaseHistoryEntry = z.object({
  action: z.string(),
  from: z.nullable(z.string()),
  to: z.string(),
  by: CaseActor,
  at: Timestamp,
  note: z.nullable(z.string()),
});
export type CaseHistoryEntry = z.infer<typeof CaseHistoryEntry>;

export const RefundRequest = z.object({
  object: z.literal('refund_request'),
  id: RefundRequestId,
  order_id: OrderId,
  seller_id: SellerId,
  buyer_id: BuyerId,
  type: RefundType,
  status: RefundStatus,
  reason: RefundReason,
  note: z.nullable(z.string()),
  items: z.array(ClaimItem),
  /** What the items are worth (the whole order total when every item is included). */
  requested_amount: Money,
  /** The seller's counter-offer while `countered` (and after, for the record). */
  offer: z.nullable(z.object({ amount: Money, note: z.nullable(z.string()), made_at: Timestamp })),
  /** What will be / was refunded once approved (the offer's amount when the buyer accepted it). */
  approved_amount: z.nullable(Money),
  refunded_amount: Money,
  auto_approved: z.boolean(),
  rejection_reason: z.nullable(z.string()),
  return_label: z.nullable(ReturnLabel),
  return_shipment: z.nullable(Shipped),
  replacement_shipment: z.nullable(Shipped),
  evidence: z.array(Evidence),
  /** The next deadline and what happens when it passes; null when nobody has to act. */
  deadline: z.nullable(Deadline),
  /** What the caller may do now. */
  allowed_actions: z.array(RefundActionType),
  /** Fraud signals (agents only; always empty for buyers and sellers). */
  flags: z.array(FraudFlag),
  history: z.array(CaseHistoryEntry),
  created_at: Timestamp,
  updated_at: Timestamp,
});
export type RefundRequest = z.infer<typeof RefundRequest>;

export const CreateRefundRequest = z.object({
  type: RefundType,
  reason: RefundReason,
  items: z.array(ClaimItem).check(z.minLength(1), z.maxLength(100)),
  note: z.optional(z.string().check(z.trim(), z.maxLength(2000))),
  evidence_ids: z.optional(z.array(EvidenceId).check(z.maxLength(10))),
});
export type CreateRefundRequest = z.infer<typeof CreateRefundRequest>;

const note = z.optional(z.string().check(z.trim(), z.maxLength(2000)));

/** One step on a refund request, by the caller. Only the caller-side actions are accepted here. */
export const RefundActionRequest = z.discriminatedUnion('action', [
  z.object({ action: z.literal('approve'), note }),
  z.object({ action: z.literal('reject'), reason: z.string().check(z.trim(), z.minLength(3), z.maxLength(2000)) }),
  z.object({ action: z.literal('offer_partial'), amount: z.int().check(z.positive()), note }),
  z.object({ action: z.literal('accept_offer') }),
  z.object({ action: z.literal('decline_offer'), note }),
  z.object({ action: z.literal('issue_return_label'), ...ParcelInfo.shape, label_url: z.optional(HttpsUrl) }),
  z.object({ action: z.literal('mark_shipped'), ...ParcelInfo.shape }),
  z.object({ action: z.literal('mark_received'), note }),
  z.object({ action: z.literal('ship_replacement'), ...ParcelInfo.shape }),
  z.object({ action: z.literal('complete') }),
  z.object({ action: z.literal('cancel'), note }),
]);
export type RefundActionRequest = z.infer<typeof RefundActionRequest>;

export const ListRefundsQuery = caseListQuery(RefundStatus);

export const RefundPathParams = z.object({ refund_id: RefundRequestId });

/** A money movement back to the buyer, through the payment the order was paid with. */
export const RefundTransaction = z.object({
  object: z.literal('refund_transaction'),
  id: idSchema('rft'),
  order_id: OrderId,
  amount: Money,
  /** The payment intent it went back through; null when the order has no captured intent (paid total). */
  payment_intent_id: z.nullable(z.string()),
  /** `ref_…` or `dsp_…`: what it settles. */
  source_id: z.string(),
  created_at: Timestamp,
});
export type RefundTransaction = z.infer<typeof RefundTransaction>;

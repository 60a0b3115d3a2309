import * as z from 'zod/mini';
import { DisputeReason, FraudFlag } from './claim-reason.js';
import { Dispute, DisputeId } from './dispute.js';
import { DisputeStatus } from './dispute-lifecycle.js';
import { OrderId } from './ids.js';
import { Money } from './money.js';
import { Order } from './order.js';
import { RefundRequest, RefundTransaction } from './refund.js';
import { Shipment } from './shipment.js';
import { AuditEvent, BuyerContact, SupportCase } from './staff.js';
import { Timestamp } from './timestamps.js';

export const AGENT_QUEUES = ['escalated', 'flagged'] as const;

export const AgentQueueQuery = z.object({
  /** `escalated` (default): escalated and awaiting-info cases, oldest escalation first; `flagged`: open cases with fraud flags. */
  queue: z.optional(z.enum(AGENT_QUEUES)),
  limit: z.optional(
    z.coerce.number().check(z.refine(Number.isInteger, 'must be a whole number'), z.minimum(1), z.maximum(100)),
  ),
  cursor: z.optional(z.string().check(z.maxLength(200))),
});

export const AgentQueueItem = z.object({
  object: z.literal('agent_queue_item'),
  dispute_id: DisputeId,
  order_id: OrderId,
  order_number: z.string(),
  reason: DisputeReason,
  status: DisputeStatus,
  amount: Money,
  /** When it entered the queue (escalation, or filing for flagged cases). */
  queued_at: Timestamp,
  /** Whole hours since `queued_at`, at the server's clock. */
  age_hours: z.int(),
  flags: z.array(FraudFlag),
  /** Set while an agent waits for a party's answer. */
  waiting_on: z.nullable(z.enum(['buyer', 'seller'])),
});
export type AgentQueueItem = z.infer<typeof AgentQueueItem>;

export const AgentQueuePage = z.object({
  object: z.literal('list'),
  data: z.array(AgentQueueItem),
  has_more: z.boolean(),
  next_cursor: z.nullable(z.string()),
});

/**
 * Everything an agent needs to decide: the dispute with its full thread and evidence, the order,
 * shipments, refund requests and money movements, fraud flags, and the support case that grants
 * (audited) access to the buyer's contact details.
 */
export const AgentCaseFile = z.object({
  object: z.literal('agent_case_file'),
  dispute: Dispute,
  order: Order,
  buyer: BuyerContact,
  support_case: SupportCase,
  shipments: z.array(Shipment),
  refund_requests: z.array(RefundRequest),
  refund_transactions: z.array(RefundTransaction),
  captured: Money,
  refunded: Money,
  flags: z.array(FraudFlag),
  /** Audit trail of the dispute and its order, oldest first. */
  audit: z.array(AuditEvent),
});
export type AgentCaseFile = z.infer<typeof AgentCaseFile>;

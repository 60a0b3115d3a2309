import {
  newId,
  type CaseHistoryEntry,
  type ClaimItem,
  type CurrencyCode,
  type FraudFlag,
  type RefundReason,
  type RefundRequest,
  type RefundStatus,
  type RefundType,
} from '@txassist/contract';
import type { Queryable } from '../db/database.js';
import { dueCaseIds, type CaseDueQuery } from './case-scope.js';
import { caseTable } from './case-table.js';

export interface RefundRow {
  id: RefundRequest['id'];
  order_id: RefundRequest['order_id'];
  seller_id: RefundRequest['seller_id'];
  buyer_id: RefundRequest['buyer_id'];
  dispute_id: string | null;
  type: RefundType;
  status: RefundStatus;
  reason: RefundReason;
  note: string | null;
  items: ClaimItem[];
  currency: CurrencyCode;
  requested_amount: number;
  offer: { amount: number; note: string | null; made_at: string } | null;
  approved_amount: number | null;
  refunded_amount: number;
  auto_approved: boolean;
  rejection_reason: string | null;
  return_label: RefundRequest['return_label'];
  return_shipment: RefundRequest['return_shipment'];
  replacement_shipment: RefundRequest['replacement_shipment'];
  flags: FraudFlag[];
  history: CaseHistoryEntry[];
  due_at: string | null;
  created_at: string;
  updated_at: string;
}

const ALL_COLUMNS: readonly (keyof RefundRow & string)[] = [
  'id',
  'order_id',
  'seller_id',
  'buyer_id',
  'dispute_id',
  'type',
  'status',
  'reason',
  'note',
  'items',
  'currency',
  'requested_amount',
  'offer',
  'approved_amount',
  'refunded_amount',
  'auto_approved',
  'rejection_reason',
  'return_label',
  'return_shipment',
  'replacement_shipment',
  'flags',
  'history',
  'due_at',
  'created_at',
  'updated_at',
];

const refundTable = caseTable<RefundRow>({
  table: 'refund_requests',
  columns: ALL_COLUMNS,
  json: ['items', 'return_label', 'return_shipment', 'replacement_shipment', 'flags'],
  /** What people typed: the buyer's note, the seller's reason; the offer and the history hold notes. */
  sealedText: ['note', 'rejection_reason'],
  sealedJson: { offer: null, history: [] },
  numbers: ['requested_amount', 'approved_amount', 'refunded_amount'],
  times: ['due_at', 'created_at', 'updated_at'],
});

export const insertRefundRow = refundTable.insert;
export const saveRefundRow = refundTable.save;
export const findRefundRow = refundTable.find;
export const refundRowsForOrder = refundTable.forOrder;
export const listRefundRows = refundTable.list;

/** Ids of requests whose deadline has passed (oldest first), for the deadline steps. */
export const dueRefundIds = (db: Queryable, now: Date, query?: CaseDueQuery) =>
  dueCaseIds(db, 'refund_requests', now, query);

/** What sets a new refund request apart; the rest starts empty (no offer, label, shipments or money moved). */
export type NewRefundRequest = Pick<
  RefundRow,
  | 'order_id'
  | 'seller_id'
  | 'buyer_id'
  | 'dispute_id'
  | 'type'
  | 'status'
  | 'reason'
  | 'note'
  | 'items'
  | 'currency'
  | 'requested_amount'
  | 'approved_amount'
  | 'flags'
  | 'history'
  | 'due_at'
>;

/** A new refund request row (in memory: insert it with `insertRefundRow`). */
export function newRefundRow(fields: NewRefundRequest, now: Date): RefundRow {
  return {
    id: newId('ref'),
    ...fields,
    offer: null,
    refunded_amount: 0,
    auto_approved: false,
    rejection_reason: null,
    return_label: null,
    return_shipment: null,
    replacement_shipment: null,
    created_at: now.toISOString(),
    updated_at: now.toISOString(),
  };
}

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
import { openJson, openNullableText, sealJson, sealNullableText } from '../security/sealed-text.js';
import type { Principal } from '../domain/principal.js';
import type { FieldCipher } from '../security/field-cipher.js';
import { dueCaseIds, type CaseDueQuery, type CaseListQuery } from './case-scope.js';
import { caseTable } from './case-table.js';
import { iso } from './rows.js';

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

function normalise(row: Record<string, unknown>): RefundRow {
  return {
    ...(row as unknown as RefundRow),
    requested_amount: Number(row.requested_amount),
    approved_amount: row.approved_amount === null ? null : Number(row.approved_amount),
    refunded_amount: Number(row.refunded_amount),
    due_at: row.due_at ? iso(row.due_at) : null,
    created_at: iso(row.created_at),
    updated_at: iso(row.updated_at),
  };
}

const JSON_COLUMNS = new Set(['items', 'return_label', 'return_shipment', 'replacement_shipment', 'flags']);
/** What people typed: the buyer's note, the seller's reason; records holding notes are encrypted JSON. */
const SEALED_TEXT_COLUMNS = new Set(['note', 'rejection_reason']);
const SEALED_JSON_COLUMNS = new Set(['offer', 'history']);

function values(
  cipher: FieldCipher,
  row: RefundRow,
  columns: readonly (keyof RefundRow & string)[],
): Promise<unknown[]> {
  return Promise.all(
    columns.map((column) => {
      const value = row[column];
      const field = `refund_requests.${column}`;
      if (SEALED_TEXT_COLUMNS.has(column)) return sealNullableText(cipher, value as string | null, field);
      if (SEALED_JSON_COLUMNS.has(column)) return sealJson(cipher, value, field);
      return JSON_COLUMNS.has(column) && value !== null ? JSON.stringify(value) : value;
    }),
  );
}

/** Decrypts the typed text of a normalised row. */
async function opened(cipher: FieldCipher, row: RefundRow): Promise<RefundRow> {
  const sealed = row as unknown as Record<string, unknown>;
  return {
    ...row,
    note: await openNullableText(cipher, row.note, 'refund_requests.note'),
    rejection_reason: await openNullableText(cipher, row.rejection_reason, 'refund_requests.rejection_reason'),
    offer: await openJson(cipher, sealed.offer, 'refund_requests.offer'),
    history: (await openJson<RefundRow['history']>(cipher, sealed.history, 'refund_requests.history')) ?? [],
  };
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

const refundTable = caseTable<RefundRow>({ table: 'refund_requests', columns: ALL_COLUMNS, values, normalise, opened });

export const insertRefundRow = refundTable.insert;
export const saveRefundRow = refundTable.save;
export const findRefundRow = refundTable.find;
export const refundRowsForOrder = refundTable.forOrder;
export const listRefundRows = (
  db: Queryable,
  cipher: FieldCipher,
  principal: Principal,
  query: CaseListQuery<RefundStatus>,
) => refundTable.list(db, cipher, principal, query);

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

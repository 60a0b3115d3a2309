import type {
  CaseHistoryEntry,
  ClaimItem,
  CurrencyCode,
  FraudFlag,
  RefundReason,
  RefundRequest,
  RefundStatus,
  RefundType,
} from '@txassist/contract';
import type { Queryable } from '../db/database.js';
import type { Principal } from '../http/principal.js';
import { caseScope, listCaseRows, type CaseListQuery } from './case-scope.js';
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

const JSON_COLUMNS = new Set([
  'items',
  'offer',
  'return_label',
  'return_shipment',
  'replacement_shipment',
  'flags',
  'history',
]);

function values(row: RefundRow, columns: readonly (keyof RefundRow)[]): unknown[] {
  return columns.map((column) => {
    const value = row[column];
    return JSON_COLUMNS.has(column) && value !== null ? JSON.stringify(value) : value;
  });
}

const ALL_COLUMNS: readonly (keyof RefundRow)[] = [
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

export async function insertRefundRow(db: Queryable, row: RefundRow): Promise<void> {
  await db.query(
    `insert into refund_requests (${ALL_COLUMNS.join(', ')})
     values (${ALL_COLUMNS.map((_, index) => `$${index + 1}`).join(', ')})`,
    values(row, ALL_COLUMNS),
  );
}

const MUTABLE: readonly (keyof RefundRow)[] = ALL_COLUMNS.filter(
  (column) => !['id', 'order_id', 'seller_id', 'buyer_id', 'created_at'].includes(column),
);

export async function saveRefundRow(db: Queryable, row: RefundRow): Promise<void> {
  await db.query(
    `update refund_requests set ${MUTABLE.map((column, index) => `${column} = $${index + 2}`).join(', ')} where id = $1`,
    [row.id, ...values(row, MUTABLE)],
  );
}

/** The request if the principal may see it (undefined for missing and foreign alike); optionally locked. */
export async function findRefundRow(
  db: Queryable,
  principal: Principal | null,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<RefundRow | undefined> {
  const scope = principal ? caseScope(principal, 2) : { sql: 'true', params: [] };
  const { rows } = await db.query<Record<string, unknown>>(
    `select t.* from refund_requests t where t.id = $1 and ${scope.sql}${options.forUpdate ? ' for update' : ''}`,
    [id, ...scope.params],
  );
  return rows[0] && normalise(rows[0]);
}

export async function refundRowsForOrder(db: Queryable, orderId: string): Promise<RefundRow[]> {
  const { rows } = await db.query<Record<string, unknown>>(
    'select * from refund_requests where order_id = $1 order by created_at, id',
    [orderId],
  );
  return rows.map(normalise);
}

export function listRefundRows(
  db: Queryable,
  principal: Principal,
  query: CaseListQuery<RefundStatus>,
): Promise<{ rows: RefundRow[]; nextCursor: string | null }> {
  return listCaseRows(db, principal, 'refund_requests', query, normalise);
}

/** Ids of requests whose deadline has passed (oldest first), for the deadline sweep. */
export async function dueRefundIds(db: Queryable, now: Date, limit = 100): Promise<string[]> {
  const { rows } = await db.query<{ id: string }>(
    'select id from refund_requests where due_at <= $1 order by due_at limit $2',
    [now.toISOString(), limit],
  );
  return rows.map((row) => row.id);
}

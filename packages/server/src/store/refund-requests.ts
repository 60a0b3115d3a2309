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
import { openJson, openNullableText, sealJson, sealNullableText } from '../disputes/sealed-text.js';
import type { Principal } from '../http/principal.js';
import type { FieldCipher } from '../security/field-cipher.js';
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

const JSON_COLUMNS = new Set(['items', 'return_label', 'return_shipment', 'replacement_shipment', 'flags']);
/** What people typed: the buyer's note, the seller's reason; records holding notes are encrypted JSON. */
const SEALED_TEXT_COLUMNS = new Set(['note', 'rejection_reason']);
const SEALED_JSON_COLUMNS = new Set(['offer', 'history']);

function values(cipher: FieldCipher, row: RefundRow, columns: readonly (keyof RefundRow)[]): Promise<unknown[]> {
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

const read = (cipher: FieldCipher, row: Record<string, unknown>) => opened(cipher, normalise(row));

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

export async function insertRefundRow(db: Queryable, cipher: FieldCipher, row: RefundRow): Promise<void> {
  await db.query(
    `insert into refund_requests (${ALL_COLUMNS.join(', ')})
     values (${ALL_COLUMNS.map((_, index) => `$${index + 1}`).join(', ')})`,
    await values(cipher, row, ALL_COLUMNS),
  );
}

const MUTABLE: readonly (keyof RefundRow)[] = ALL_COLUMNS.filter(
  (column) => !['id', 'order_id', 'seller_id', 'buyer_id', 'created_at'].includes(column),
);

export async function saveRefundRow(db: Queryable, cipher: FieldCipher, row: RefundRow): Promise<void> {
  await db.query(
    `update refund_requests set ${MUTABLE.map((column, index) => `${column} = $${index + 2}`).join(', ')} where id = $1`,
    [row.id, ...(await values(cipher, row, MUTABLE))],
  );
}

/** The request if the principal may see it (undefined for missing and foreign alike); optionally locked. */
export async function findRefundRow(
  db: Queryable,
  cipher: FieldCipher,
  principal: Principal | null,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<RefundRow | undefined> {
  const scope = principal ? caseScope(principal, 2) : { sql: 'true', params: [] };
  const { rows } = await db.query<Record<string, unknown>>(
    `select t.* from refund_requests t where t.id = $1 and ${scope.sql}${options.forUpdate ? ' for update' : ''}`,
    [id, ...scope.params],
  );
  return rows[0] && read(cipher, rows[0]);
}

export async function refundRowsForOrder(db: Queryable, cipher: FieldCipher, orderId: string): Promise<RefundRow[]> {
  const { rows } = await db.query<Record<string, unknown>>(
    'select * from refund_requests where order_id = $1 order by created_at, id',
    [orderId],
  );
  return Promise.all(rows.map((row) => read(cipher, row)));
}

export async function listRefundRows(
  db: Queryable,
  cipher: FieldCipher,
  principal: Principal,
  query: CaseListQuery<RefundStatus>,
): Promise<{ rows: RefundRow[]; nextCursor: string | null }> {
  const page = await listCaseRows(db, principal, 'refund_requests', query, normalise);
  return { rows: await Promise.all(page.rows.map((row) => opened(cipher, row))), nextCursor: page.nextCursor };
}

/** Ids of requests whose deadline has passed (oldest first), for the deadline sweep. */
export async function dueRefundIds(db: Queryable, now: Date, limit = 100): Promise<string[]> {
  const { rows } = await db.query<{ id: string }>(
    'select id from refund_requests where due_at <= $1 order by due_at limit $2',
    [now.toISOString(), limit],
  );
  return rows.map((row) => row.id);
}

import type {
  CaseHistoryEntry,
  ClaimItem,
  CurrencyCode,
  DesiredOutcome,
  Dispute,
  DisputeReason,
  DisputeStatus,
  FraudFlag,
} from '@txassist/contract';
import type { Queryable } from '../db/database.js';
import { openJson, openText, sealJson, sealText } from '../security/sealed-text.js';
import type { Principal } from '../domain/principal.js';
import type { FieldCipher } from '../security/field-cipher.js';
import { dueCaseIds, type CaseDueQuery, type CaseListQuery } from './case-scope.js';
import { caseTable } from './case-table.js';
import { iso } from './rows.js';

export interface OfferRecord {
  outcome: DesiredOutcome;
  amount: number | null;
  note: string | null;
  made_at: string;
  status: 'pending' | 'accepted' | 'declined' | 'lapsed';
}

export interface DisputeRow {
  id: Dispute['id'];
  order_id: Dispute['order_id'];
  seller_id: Dispute['seller_id'];
  buyer_id: Dispute['buyer_id'];
  refund_id: string | null;
  reason: DisputeReason;
  status: DisputeStatus;
  items: ClaimItem[];
  description: string;
  desired_outcome: DesiredOutcome;
  currency: CurrencyCode;
  amount: number;
  offer: OfferRecord | null;
  escalation_reason: Dispute['escalation_reason'];
  escalated_at: string | null;
  info_request: Dispute['info_request'];
  decision: {
    outcome: 'buyer_favour' | 'seller_favour';
    refund_amount: number | null;
    reason: string;
    decided_at: string;
  } | null;
  decided_by: string | null;
  refunded_amount: number;
  flags: FraudFlag[];
  history: CaseHistoryEntry[];
  due_at: string | null;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
}

const JSON_COLUMNS = new Set(['items', 'flags']);
/** Records holding what people typed (notes, the agent's question and reason): encrypted JSON. */
const SEALED_JSON_COLUMNS = new Set(['offer', 'info_request', 'decision', 'history']);
const TIME_COLUMNS = ['escalated_at', 'due_at', 'created_at', 'updated_at', 'closed_at'] as const;

function normalise(row: Record<string, unknown>): DisputeRow {
  const result = {
    ...(row as unknown as DisputeRow),
    amount: Number(row.amount),
    refunded_amount: Number(row.refunded_amount),
  };
  for (const column of TIME_COLUMNS)
    (result as unknown as Record<string, unknown>)[column] = row[column] ? iso(row[column]) : null;
  return result;
}

const ALL_COLUMNS: readonly (keyof DisputeRow & string)[] = [
  'id',
  'order_id',
  'seller_id',
  'buyer_id',
  'refund_id',
  'reason',
  'status',
  'items',
  'description',
  'desired_outcome',
  'currency',
  'amount',
  'offer',
  'escalation_reason',
  'escalated_at',
  'info_request',
  'decision',
  'decided_by',
  'refunded_amount',
  'flags',
  'history',
  'due_at',
  'created_at',
  'updated_at',
  'closed_at',
];

function values(
  cipher: FieldCipher,
  row: DisputeRow,
  columns: readonly (keyof DisputeRow & string)[],
): Promise<unknown[]> {
  return Promise.all(
    columns.map((column) => {
      const value = row[column];
      if (column === 'description') return sealText(cipher, row.description, 'disputes.description');
      if (SEALED_JSON_COLUMNS.has(column)) return sealJson(cipher, value, `disputes.${column}`);
      return JSON_COLUMNS.has(column) && value !== null ? JSON.stringify(value) : value;
    }),
  );
}

/** Decrypts the typed text of a normalised row. */
async function opened(cipher: FieldCipher, row: DisputeRow): Promise<DisputeRow> {
  const sealed = row as unknown as Record<string, unknown>;
  return {
    ...row,
    description: await openText(cipher, row.description, 'disputes.description'),
    offer: await openJson(cipher, sealed.offer, 'disputes.offer'),
    info_request: await openJson(cipher, sealed.info_request, 'disputes.info_request'),
    decision: await openJson(cipher, sealed.decision, 'disputes.decision'),
    history: (await openJson<DisputeRow['history']>(cipher, sealed.history, 'disputes.history')) ?? [],
  };
}

const disputeTable = caseTable<DisputeRow>({ table: 'disputes', columns: ALL_COLUMNS, values, normalise, opened });
const read = disputeTable.read;

export const insertDisputeRow = disputeTable.insert;
export const saveDisputeRow = disputeTable.save;
export const findDisputeRow = disputeTable.find;
export const disputeRowsForOrder = disputeTable.forOrder;
export const listDisputeRows = (
  db: Queryable,
  cipher: FieldCipher,
  principal: Principal,
  query: CaseListQuery<DisputeStatus>,
) => disputeTable.list(db, cipher, principal, query);

/** The review queue: escalated (oldest escalation first) or open and flagged (oldest first). */
export async function queueRows(
  db: Queryable,
  cipher: FieldCipher,
  queue: 'escalated' | 'flagged',
  offset: number,
  limit: number,
): Promise<{ rows: (DisputeRow & { order_number: string })[]; more: boolean }> {
  const sql =
    queue === 'escalated'
      ? `select t.*, o.number as order_number from disputes t join orders o on o.id = t.order_id
         where t.status in ('escalated', 'awaiting_info') order by t.escalated_at, t.id offset $1 limit $2`
      : `select t.*, o.number as order_number from disputes t join orders o on o.id = t.order_id
         where t.status in ('awaiting_seller', 'offer_pending', 'no_agreement', 'escalated', 'awaiting_info')
           and jsonb_array_length(t.flags) > 0 order by t.created_at, t.id offset $1 limit $2`;
  const { rows } = await db.query<Record<string, unknown>>(sql, [offset, limit + 1]);
  return {
    rows: await Promise.all(
      rows
        .slice(0, limit)
        .map(async (row) => ({ ...(await read(cipher, row)), order_number: String(row.order_number) })),
    ),
    more: rows.length > limit,
  };
}

/** Ids of disputes whose seller or offer deadline has passed (oldest first); an agent's question only shows as overdue. */
export const dueDisputeIds = (db: Queryable, now: Date, query?: CaseDueQuery) =>
  dueCaseIds(db, 'disputes', now, query, ['awaiting_seller', 'offer_pending']);

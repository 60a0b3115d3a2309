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
import type { FieldCipher } from '../security/field-cipher.js';
import { dueCaseIds, type CaseDueQuery } from './case-scope.js';
import { caseTable } from './case-table.js';

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

const disputeTable = caseTable<DisputeRow>({
  table: 'disputes',
  columns: ALL_COLUMNS,
  json: ['items', 'flags'],
  /** What the buyer typed; the offer, the agent's question and reason, and the history hold notes. */
  sealedText: ['description'],
  sealedJson: { offer: null, info_request: null, decision: null, history: [] },
  numbers: ['amount', 'refunded_amount'],
  times: ['escalated_at', 'due_at', 'created_at', 'updated_at', 'closed_at'],
});
const read = disputeTable.read;

export const insertDisputeRow = disputeTable.insert;
export const saveDisputeRow = disputeTable.save;
export const findDisputeRow = disputeTable.find;
export const disputeRowsForOrder = disputeTable.forOrder;
export const listDisputeRows = disputeTable.list;

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

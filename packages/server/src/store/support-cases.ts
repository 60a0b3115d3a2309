import { newId, type SupportCase } from '@txassist/contract';
import type { Queryable } from '../db/database.js';
import type { FieldCipher } from '../security/field-cipher.js';
import { iso } from './rows.js';

interface SupportCaseRow {
  id: SupportCase['id'];
  order_id: SupportCase['order_id'];
  buyer_id: string;
  status: 'open' | 'closed';
  reason: string;
  opened_by: SupportCase['opened_by'];
  opened_at: Date;
  closed_at: Date | null;
}

export async function toSupportCase(cipher: FieldCipher, row: SupportCaseRow): Promise<SupportCase> {
  return {
    object: 'support_case',
    id: row.id,
    status: row.status,
    order_id: row.order_id,
    reason: await cipher.decrypt(row.reason, 'support_cases.reason'),
    opened_by: row.opened_by,
    opened_at: iso(row.opened_at),
    closed_at: row.closed_at ? iso(row.closed_at) : null,
  };
}

export async function insertSupportCase(
  db: Queryable,
  cipher: FieldCipher,
  input: { orderId: string; buyerId: string; reason: string; openedBy: string },
  now: Date,
): Promise<SupportCaseRow> {
  const { rows } = await db.query<SupportCaseRow>(
    `insert into support_cases (id, order_id, buyer_id, status, reason, opened_by, opened_at)
     values ($1, $2, $3, 'open', $4, $5, $6) returning *`,
    [
      newId('cas'),
      input.orderId,
      input.buyerId,
      await cipher.encrypt(input.reason, 'support_cases.reason'),
      input.openedBy,
      now.toISOString(),
    ],
  );
  return rows[0]!;
}

export async function findSupportCase(db: Queryable, caseId: string): Promise<SupportCaseRow | undefined> {
  const { rows } = await db.query<SupportCaseRow>('select * from support_cases where id = $1', [caseId]);
  return rows[0];
}

export async function closeSupportCase(db: Queryable, caseId: string, now: Date): Promise<SupportCaseRow | undefined> {
  const { rows } = await db.query<SupportCaseRow>(
    `update support_cases set status = 'closed', closed_at = coalesce(closed_at, $2) where id = $1 returning *`,
    [caseId, now.toISOString()],
  );
  return rows[0];
}

import { newId, type CaseMessage } from '@txassist/contract';
import type { Queryable } from '../db/database.js';
import { openText, sealText } from '../security/sealed-text.js';
import type { FieldCipher } from '../security/field-cipher.js';
import { iso } from './rows.js';

export interface CaseMessageRow {
  id: CaseMessage['id'];
  dispute_id: string;
  author: CaseMessage['author'];
  author_id: string;
  body: string;
  evidence_ids: string[];
  addressed_to: CaseMessage['addressed_to'];
  created_at: string;
}

/** Writes a message; its body is encrypted (`case_messages.body`). */
export async function insertCaseMessage(
  db: Queryable,
  cipher: FieldCipher,
  input: Omit<CaseMessageRow, 'id' | 'created_at'>,
  now: Date,
): Promise<CaseMessageRow> {
  const row: CaseMessageRow = { ...input, id: newId('msg'), created_at: now.toISOString() };
  await db.query(
    `insert into case_messages (id, dispute_id, author, author_id, body, evidence_ids, addressed_to, created_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      row.id,
      row.dispute_id,
      row.author,
      row.author_id,
      await sealText(cipher, row.body, 'case_messages.body'),
      JSON.stringify(row.evidence_ids),
      row.addressed_to,
      row.created_at,
    ],
  );
  return row;
}

export async function caseMessages(db: Queryable, cipher: FieldCipher, disputeId: string): Promise<CaseMessageRow[]> {
  const { rows } = await db.query<CaseMessageRow>(
    'select * from case_messages where dispute_id = $1 order by created_at, id',
    [disputeId],
  );
  return Promise.all(
    rows.map(async (row) => ({
      ...row,
      body: await openText(cipher, row.body, 'case_messages.body'),
      created_at: iso(row.created_at),
    })),
  );
}

import { newId, type Evidence, type EvidenceType } from '@txassist/contract';
import type { Queryable } from '../db/database.js';
import type { FieldCipher } from '../security/field-cipher.js';
import { iso } from './rows.js';

export interface EvidenceRow {
  id: Evidence['id'];
  order_id: Evidence['order_id'];
  uploader_role: Evidence['uploaded_by'];
  uploader_id: string;
  content_type: EvidenceType;
  size: number;
  filename: string;
  sha256: string;
  attached_to: string | null;
  created_at: Date;
}

const COLUMNS =
  'id, order_id, uploader_role, uploader_id, content_type, size, filename, sha256, attached_to, created_at';

/** The file name the uploader chose is personal data: encrypted (`evidence_files.filename`). */
async function opened(cipher: FieldCipher, row: EvidenceRow): Promise<EvidenceRow> {
  return { ...row, filename: await cipher.decrypt(row.filename, 'evidence_files.filename') };
}

export function toEvidence(row: EvidenceRow): Evidence {
  return {
    object: 'evidence',
    id: row.id,
    order_id: row.order_id,
    content_type: row.content_type,
    size: Number(row.size),
    filename: row.filename,
    uploaded_by: row.uploader_role,
    attached_to: row.attached_to,
    content_path: `/v1/evidence/${row.id}/content`,
    created_at: iso(row.created_at),
  };
}

export async function insertEvidence(
  db: Queryable,
  cipher: FieldCipher,
  input: Omit<EvidenceRow, 'id' | 'attached_to' | 'created_at'> & { content: Uint8Array },
  now: Date,
): Promise<EvidenceRow> {
  const { rows } = await db.query<EvidenceRow>(
    `insert into evidence_files (id, order_id, uploader_role, uploader_id, content_type, size, filename, sha256, content, created_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) returning ${COLUMNS}`,
    [
      newId('evi'),
      input.order_id,
      input.uploader_role,
      input.uploader_id,
      input.content_type,
      input.size,
      await cipher.encrypt(input.filename, 'evidence_files.filename'),
      input.sha256,
      input.content,
      now.toISOString(),
    ],
  );
  return { ...rows[0]!, filename: input.filename };
}

export async function countUnattached(db: Queryable, orderId: string, uploaderId: string): Promise<number> {
  const { rows } = await db.query<{ count: string | number }>(
    'select count(*) as count from evidence_files where order_id = $1 and uploader_id = $2 and attached_to is null',
    [orderId, uploaderId],
  );
  return Number(rows[0]?.count ?? 0);
}

export async function findEvidence(db: Queryable, cipher: FieldCipher, id: string): Promise<EvidenceRow | undefined> {
  const { rows } = await db.query<EvidenceRow>(`select ${COLUMNS} from evidence_files where id = $1`, [id]);
  return rows[0] && opened(cipher, rows[0]);
}

export async function evidenceContent(db: Queryable, id: string): Promise<Uint8Array | undefined> {
  const { rows } = await db.query<{ content: Uint8Array }>('select content from evidence_files where id = $1', [id]);
  return rows[0]?.content;
}

export async function evidenceByIds(
  db: Queryable,
  cipher: FieldCipher,
  ids: readonly string[],
): Promise<EvidenceRow[]> {
  if (ids.length === 0) return [];
  const { rows } = await db.query<EvidenceRow>(
    `select ${COLUMNS} from evidence_files where id = any($1) order by created_at, id`,
    [ids],
  );
  return Promise.all(rows.map((row) => opened(cipher, row)));
}

export async function evidenceAttachedTo(
  db: Queryable,
  cipher: FieldCipher,
  caseIds: readonly string[],
): Promise<EvidenceRow[]> {
  if (caseIds.length === 0) return [];
  const { rows } = await db.query<EvidenceRow>(
    `select ${COLUMNS} from evidence_files where attached_to = any($1) order by created_at, id`,
    [caseIds],
  );
  return Promise.all(rows.map((row) => opened(cipher, row)));
}

/**
 * Attaches the caller's unattached uploads on the order to a case (dispute, refund request or
 * message); returns false when any id is not such an upload.
 */
export async function attachEvidence(
  db: Queryable,
  ids: readonly string[],
  target: { orderId: string; uploaderId: string; attachTo: string },
): Promise<boolean> {
  if (ids.length === 0) return true;
  const unique = [...new Set(ids)];
  const { rows } = await db.query<{ id: string }>(
    `update evidence_files set attached_to = $4
     where id = any($1) and order_id = $2 and uploader_id = $3 and attached_to is null returning id`,
    [unique, target.orderId, target.uploaderId, target.attachTo],
  );
  return rows.length === unique.length;
}

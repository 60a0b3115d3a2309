import type { AuditEvent } from '@txassist/contract';
import type { Queryable } from '../db/database.js';
import { iso, num } from './rows.js';

export interface AuditEntry {
  actorType: AuditEvent['actor_type'];
  actorId: string;
  /** What happened, e.g. `case.read_personal_data`, `case.opened`, `staff.signed_in`. */
  action: string;
  subjectType: string;
  subjectId: string;
  caseId?: string | null;
  /** A code or a case reference — never free text with personal data. */
  reason?: string | null;
  requestId?: string | null;
}

/** Appends to the audit log (a database trigger refuses updates and deletes). */
export async function audit(db: Queryable, entry: AuditEntry, now: Date): Promise<void> {
  await db.query(
    `insert into audit_events (at, actor_type, actor_id, action, subject_type, subject_id, case_id, reason, request_id)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      now.toISOString(),
      entry.actorType,
      entry.actorId,
      entry.action,
      entry.subjectType,
      entry.subjectId,
      entry.caseId ?? null,
      entry.reason ?? null,
      entry.requestId ?? null,
    ],
  );
}

export interface AuditFilter {
  from?: string | undefined;
  to?: string | undefined;
  actorId?: string | undefined;
  subjectIds?: readonly string[] | undefined;
  afterSequence?: number | undefined;
  limit: number;
}

export async function listAudit(db: Queryable, filter: AuditFilter): Promise<AuditEvent[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    where.push(sql.replace('?', `$${params.length}`));
  };
  if (filter.from) add('at >= ?', filter.from);
  if (filter.to) add('at <= ?', filter.to);
  if (filter.actorId) add('actor_id = ?', filter.actorId);
  if (filter.subjectIds?.length) add('subject_id = any(?)', filter.subjectIds);
  if (filter.afterSequence !== undefined) add('sequence > ?', filter.afterSequence);
  params.push(filter.limit);
  const { rows } = await db.query<Record<string, unknown>>(
    `select * from audit_events ${where.length ? `where ${where.join(' and ')}` : ''} order by sequence limit $${params.length}`,
    params,
  );
  return rows.map((row) => ({
    object: 'audit_event',
    sequence: num(row.sequence),
    at: iso(row.at),
    actor_type: row.actor_type as AuditEvent['actor_type'],
    actor_id: String(row.actor_id),
    action: String(row.action),
    subject_type: String(row.subject_type),
    subject_id: String(row.subject_id),
    case_id: (row.case_id as string | null) ?? null,
    reason: (row.reason as string | null) ?? null,
    request_id: (row.request_id as string | null) ?? null,
  }));
}

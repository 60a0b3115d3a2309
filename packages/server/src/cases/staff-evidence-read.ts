import type { Queryable } from '../db/database.js';
import type { Principal } from '../domain/principal.js';
import { ProblemError } from '../http/problem.js';
import { audit } from '../store/audit.js';

/**
 * A staff read of an evidence file is a read of the buyer's personal data: it needs the order's open
 * support case (opened with a reason — opening a dispute's case file opens one) and is audited under
 * it, as the case file and `GET /v1/staff/cases/{id}` are.
 */
export async function auditStaffEvidenceRead(
  db: Queryable,
  principal: Principal,
  file: { id: string; order_id: string },
  now: Date,
  requestId: string,
): Promise<void> {
  if (principal.role !== 'agent' && principal.role !== 'admin') return;
  const { rows } = await db.query<{ id: string }>(
    `select id from support_cases where order_id = $1 and status = 'open' order by opened_at desc limit 1`,
    [file.order_id],
  );
  const supportCase = rows[0]?.id;
  if (!supportCase)
    throw new ProblemError('forbidden', 'Open a support case on the order (with a reason), then read its evidence.');
  await audit(
    db,
    {
      actorType: 'staff',
      actorId: principal.staffId,
      action: 'evidence.read',
      subjectType: 'evidence',
      subjectId: file.id,
      caseId: supportCase,
      reason: `case:${supportCase}`,
      requestId,
    },
    now,
  );
}

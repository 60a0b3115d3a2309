import type { DisputeActionType } from '@txassist/contract';
import type { Queryable } from '../db/database.js';
import type { Principal } from '../domain/principal.js';
import { audit } from '../store/audit.js';
import type { DisputeRow } from '../store/disputes.js';

const AUDITED = new Set<DisputeActionType>(['request_info', 'decide_for_buyer', 'decide_for_seller']);

/** Staff questions and decisions go to the audit log, as codes: the agent's reason is on the dispute itself. */
export async function auditStaffDecision(
  db: Queryable,
  principal: Principal,
  row: DisputeRow,
  action: DisputeActionType,
  requestId: string,
  now: Date,
): Promise<void> {
  if (!AUDITED.has(action) || principal.role === 'buyer' || principal.role === 'seller') return;
  await audit(
    db,
    {
      actorType: 'staff',
      actorId: principal.staffId,
      action: `dispute.${action === 'request_info' ? 'info_requested' : 'decided'}`,
      subjectType: 'dispute',
      subjectId: row.id,
      reason:
        action === 'decide_for_buyer'
          ? `buyer_favour:${row.decision?.refund_amount ?? 0}`
          : action === 'decide_for_seller'
            ? 'seller_favour'
            : `asked:${row.info_request?.from ?? ''}`,
      requestId,
    },
    now,
  );
}

import type { ROUTES } from '@txassist/contract';
import { openCaseFile } from '../agent/case-file.js';
import type { Principal } from '../domain/principal.js';
import { ProblemError } from '../http/problem.js';
import { queueRows } from '../store/disputes.js';
import type { RouteHandler } from '../http/route-handler.js';

function staffOf(principal: Principal): Extract<Principal, { role: 'agent' | 'admin' }> {
  if (principal.role !== 'agent' && principal.role !== 'admin') throw new ProblemError('forbidden');
  return principal;
}

export const listAgentQueueHandler: RouteHandler<typeof ROUTES.listAgentQueue> = async ({
  services,
  principal,
  query,
  now,
}) => {
  staffOf(principal);
  // Passed deadlines reach the queue through the background sweep (settleDueDisputes), not this read.
  const queue = query.queue ?? 'escalated';
  const offset = query.cursor && /^\d{1,9}$/.test(query.cursor) ? Number(query.cursor) : 0;
  const limit = query.limit ?? 20;
  const { rows, more } = await queueRows(services.db, services.cipher, queue, offset, limit);
  return {
    object: 'list',
    data: rows.map((row) => {
      const queuedAt = (queue === 'escalated' ? row.escalated_at : null) ?? row.created_at;
      return {
        object: 'agent_queue_item',
        dispute_id: row.id,
        order_id: row.order_id,
        order_number: row.order_number,
        reason: row.reason,
        status: row.status,
        amount: { amount: row.amount, currency: row.currency },
        queued_at: queuedAt,
        age_hours: Math.max(0, Math.floor((now.getTime() - new Date(queuedAt).getTime()) / 3600_000)),
        flags: row.flags,
        waiting_on: row.status === 'awaiting_info' ? (row.info_request?.from ?? null) : null,
      };
    }),
    has_more: more,
    next_cursor: more ? String(offset + limit) : null,
  };
};

export const getAgentCaseFileHandler: RouteHandler<typeof ROUTES.getAgentCaseFile> = async ({
  c,
  services,
  principal,
  params,
  now,
}) => openCaseFile(services, staffOf(principal), params.dispute_id, now, c.var.requestId);

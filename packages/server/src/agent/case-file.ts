import type { AgentCaseFile } from '@txassist/contract';
import type { Principal } from '../domain/principal.js';
import { ProblemError } from '../http/problem.js';
import { loadOrderFacts } from '../cases/order-facts.js';
import { toRefundRequest } from '../refunds/view.js';
import type { Services } from '../services.js';
import { audit, listAudit } from '../store/audit.js';
import { getBuyer } from '../store/buyers.js';
import { findSupportCase, insertSupportCase, toSupportCase } from '../store/support-cases.js';
import { findDisputeRow } from '../store/disputes.js';
import { getVisibleOrder } from '../store/orders.js';
import { listRefundTransactions } from '../store/refund-transactions.js';
import { listShipments } from '../store/shipments.js';
import { toDispute } from '../disputes/view.js';

type Staff = Extract<Principal, { role: 'agent' | 'admin' }>;

/**
 * Opens a dispute for review. The buyer's contact details are personal data, so the agent works
 * inside the order's support case (the existing privacy mechanism): an open one is reused, else one
 * is opened with the dispute as its reason; the read is audited like any case read.
 */
export async function openCaseFile(
  services: Services,
  staff: Staff,
  disputeId: string,
  now: Date,
  requestId: string,
): Promise<AgentCaseFile> {
  const { db, cipher } = services;
  const row = await findDisputeRow(db, cipher, staff, disputeId);
  if (!row) throw new ProblemError('not_found', 'Check the dispute id.');
  const supportCase = await db.transaction(async (tx) => {
    const { rows } = await tx.query<{ id: string }>(
      `select id from support_cases where order_id = $1 and status = 'open' order by opened_at desc limit 1`,
      [row.order_id],
    );
    const existing = rows[0] && (await findSupportCase(tx, rows[0].id));
    const opened =
      existing ??
      (await insertSupportCase(
        tx,
        cipher,
        { orderId: row.order_id, buyerId: row.buyer_id, reason: `dispute:${row.id}`, openedBy: staff.staffId },
        now,
      ));
    if (!existing) {
      await audit(
        tx,
        {
          actorType: 'staff',
          actorId: staff.staffId,
          action: 'case.opened',
          subjectType: 'order',
          subjectId: row.order_id,
          caseId: opened.id,
          reason: `dispute:${row.id}`,
          requestId,
        },
        now,
      );
    }
    for (const action of ['dispute.case_file_opened', 'case.read_personal_data'] as const) {
      await audit(
        tx,
        {
          actorType: 'staff',
          actorId: staff.staffId,
          action,
          subjectType: action === 'case.read_personal_data' ? 'buyer' : 'dispute',
          subjectId: action === 'case.read_personal_data' ? row.buyer_id : row.id,
          caseId: opened.id,
          reason: `case:${opened.id}`,
          requestId,
        },
        now,
      );
    }
    return opened;
  });
  const order = await getVisibleOrder(db, cipher, staff, row.order_id, now, { view: 'case' });
  const facts = await loadOrderFacts(db, cipher, null, row.order_id);
  if (!order || !facts) throw new ProblemError('not_found');
  const buyer = await getBuyer(db, cipher, row.buyer_id);
  const money = (amount: number) => ({ amount, currency: facts.payment.currency });
  return {
    object: 'agent_case_file',
    dispute: await toDispute(db, cipher, row, staff),
    order,
    buyer: { id: row.buyer_id, name: buyer?.name ?? null, email: buyer?.email ?? null },
    support_case: await toSupportCase(cipher, supportCase),
    shipments: await listShipments(db, row.order_id, now),
    refund_requests: await Promise.all(facts.refunds.map((refund) => toRefundRequest(db, cipher, refund, staff))),
    refund_transactions: await listRefundTransactions(db, row.order_id),
    captured: money(facts.payment.captured),
    refunded: money(facts.refunded),
    flags: row.flags,
    audit: await listAudit(db, { subjectIds: [row.id, row.order_id, row.buyer_id], limit: 200 }),
  };
}

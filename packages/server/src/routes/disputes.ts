import type { ROUTES } from '@txassist/contract';
import { storeEvidence, uploaderOf } from '../disputes/evidence.js';
import {
  actOnDispute,
  fileDispute,
  postDisputeMessage,
  settleDispute,
  settleDueDisputes,
} from '../disputes/service.js';
import { toDispute } from '../disputes/view.js';
import type { Principal } from '../http/principal.js';
import { ProblemError } from '../http/problem.js';
import { isStaff } from '../refunds/actor.js';
import { loadOrderFacts } from '../refunds/order-facts.js';
import { findDisputeRow, listDisputeRows } from '../store/disputes.js';
import { evidenceContent, findEvidence, toEvidence } from '../store/evidence-files.js';
import { getSellerPolicy } from '../store/policies.js';
import { toBase64 } from '../security/base64.js';
import { limitClaimFilingAcrossFleet } from './claim-limit.js';
import type { RouteHandler } from './handler.js';

function buyerOf(principal: Principal): Extract<Principal, { role: 'buyer' }> {
  if (principal.role !== 'buyer') throw new ProblemError('forbidden');
  return principal;
}

export const uploadEvidenceHandler: RouteHandler<typeof ROUTES.uploadEvidence> = async ({
  services,
  principal,
  params,
  body,
  now,
}) => {
  const facts = await loadOrderFacts(services.db, services.cipher, principal, params.order_id);
  if (!facts) throw new ProblemError('not_found', 'Check the order id.');
  const policy = await getSellerPolicy(services.db, facts.sellerId as `sel_${string}`);
  return storeEvidence(services.db, services.cipher, principal, facts.id, policy.evidence, body, now);
};

export const getEvidenceContentHandler: RouteHandler<typeof ROUTES.getEvidenceContent> = async ({
  services,
  principal,
  params,
}) => {
  const file = await findEvidence(services.db, services.cipher, params.evidence_id);
  // Visible to whoever sees the order, once attached to a case; before that only to the uploader (and staff).
  const order = file && (await loadOrderFacts(services.db, services.cipher, principal, file.order_id));
  const mayRead =
    order && (file.attached_to !== null || file.uploader_id === uploaderOf(principal).id || isStaff(principal));
  const bytes = mayRead ? await evidenceContent(services.db, file.id) : undefined;
  if (!file || !bytes) throw new ProblemError('not_found');
  return { object: 'evidence_content', evidence: toEvidence(file), data: toBase64(bytes) };
};

export const createDisputeHandler: RouteHandler<typeof ROUTES.createDispute> = async ({
  services,
  principal,
  params,
  body,
  now,
}) => {
  await limitClaimFilingAcrossFleet(services, buyerOf(principal).buyerId, now);
  const row = await fileDispute(services, buyerOf(principal), params.order_id, body, now);
  return toDispute(services.db, services.cipher, row, principal);
};

export const listDisputesHandler: RouteHandler<typeof ROUTES.listDisputes> = async ({
  services,
  principal,
  query,
  now,
}) => {
  await settleDueDisputes(services, now);
  const { rows, nextCursor } = await listDisputeRows(services.db, services.cipher, principal, {
    orderId: query.order_id,
    status: query.status,
    limit: query.limit ?? 20,
    cursor: query.cursor,
  });
  return {
    object: 'list',
    data: await Promise.all(rows.map((row) => toDispute(services.db, services.cipher, row, principal))),
    has_more: nextCursor !== null,
    next_cursor: nextCursor,
  };
};

export const getDisputeHandler: RouteHandler<typeof ROUTES.getDispute> = async ({
  services,
  principal,
  params,
  now,
}) => {
  if (!(await findDisputeRow(services.db, services.cipher, principal, params.dispute_id)))
    throw new ProblemError('not_found');
  await settleDispute(services, params.dispute_id, now);
  const row = await findDisputeRow(services.db, services.cipher, principal, params.dispute_id);
  if (!row) throw new ProblemError('not_found');
  return toDispute(services.db, services.cipher, row, principal);
};

export const disputeActionHandler: RouteHandler<typeof ROUTES.disputeAction> = async ({
  c,
  services,
  principal,
  params,
  body,
  now,
}) => {
  const row = await actOnDispute(services, principal, params.dispute_id, body, now, c.var.requestId);
  return toDispute(services.db, services.cipher, row, principal);
};

export const postDisputeMessageHandler: RouteHandler<typeof ROUTES.postDisputeMessage> = async ({
  services,
  principal,
  params,
  body,
  now,
}) => {
  const { message, row } = await postDisputeMessage(services, principal, params.dispute_id, body, now);
  const dispute = await toDispute(services.db, services.cipher, row, principal);
  return dispute.messages.find((candidate) => candidate.id === message.id)!;
};

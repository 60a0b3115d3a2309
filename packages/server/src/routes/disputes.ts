import type { ROUTES } from '@txassist/contract';
import { storeEvidence, uploaderOf } from '../cases/evidence.js';
import { actOnDispute, fileDispute, postDisputeMessage } from '../disputes/service.js';
import { DISPUTE_CASES } from '../disputes/kind.js';
import { caseHandlers } from '../cases/handlers.js';
import { toDispute } from '../disputes/view.js';
import { ProblemError } from '../http/problem.js';
import { isStaff } from '../cases/actor.js';
import { loadOrderFacts } from '../cases/order-facts.js';
import { evidenceContent, findEvidence, toEvidence } from '../store/evidence-files.js';
import { auditStaffEvidenceRead } from '../cases/staff-evidence-read.js';
import { getSellerPolicy } from '../store/policies.js';
import { toBase64 } from '../security/base64.js';
import type { RouteHandler } from '../http/route-handler.js';

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
  c,
  services,
  principal,
  params,
  now,
}) => {
  const file = await findEvidence(services.db, services.cipher, params.evidence_id);
  // Visible to whoever sees the order, once attached to a case; before that only to the uploader (and staff).
  const order = file && (await loadOrderFacts(services.db, services.cipher, principal, file.order_id));
  const mayRead =
    order && (file.attached_to !== null || file.uploader_id === uploaderOf(principal).id || isStaff(principal));
  const bytes = mayRead ? await evidenceContent(services.db, file.id) : undefined;
  if (!file || !bytes) throw new ProblemError('not_found');
  // Staff read it as any other personal data: inside the order's open support case (its reason), audited.
  if (isStaff(principal)) await auditStaffEvidenceRead(services.db, principal, file, now, c.var.requestId);
  return { object: 'evidence_content', evidence: toEvidence(file), data: toBase64(bytes) };
};

/** The routes every kind of case has (HANDLERS maps them by operation id). */
export const disputeCaseHandlers = caseHandlers(DISPUTE_CASES, 'dispute_id', {
  file: fileDispute,
  act: actOnDispute,
  view: (services, row, principal) => toDispute(services.db, services.cipher, row, principal),
});

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

import {
  CaseMessage,
  CreateDisputeRequest,
  Dispute,
  DisputeActionRequest,
  DisputePathParams,
  ListDisputesQuery,
  PostCaseMessageRequest,
} from '../dispute.js';
import { Evidence, EvidenceContent, EvidencePathParams, UploadEvidenceRequest } from '../evidence.js';
import { OrderPathParams } from '../order.js';
import { define } from '../route-definition.js';
import { caseRoutes } from './cases.js';

export const uploadEvidenceRoute = /*#__PURE__*/ define({
  operationId: 'uploadEvidence',
  method: 'post',
  path: '/v1/orders/{order_id}/evidence',
  summary: 'Upload one evidence file (base64 in JSON); the type is detected from the bytes. Attach it by id.',
  tag: 'disputes',
  auth: 'token',
  roles: ['buyer', 'seller', 'agent', 'admin'],
  params: OrderPathParams,
  body: UploadEvidenceRequest,
  response: { status: 201, description: 'The stored file', schema: Evidence },
  errors: [
    'validation_failed',
    'malformed_json',
    'payload_too_large',
    'unauthenticated',
    'forbidden',
    'not_found',
    'evidence_type_not_allowed',
    'evidence_too_large',
    'evidence_limit_reached',
    'idempotency_conflict',
  ],
});

export const getEvidenceContentRoute = /*#__PURE__*/ define({
  operationId: 'getEvidenceContent',
  method: 'get',
  path: '/v1/evidence/{evidence_id}/content',
  summary: "An evidence file's bytes as base64 (the uploader before it is attached; then the case's parties; staff)",
  tag: 'disputes',
  auth: 'token',
  roles: ['buyer', 'seller', 'agent', 'admin'],
  params: EvidencePathParams,
  response: { status: 200, description: 'The file and its bytes (base64)', schema: EvidenceContent },
  errors: ['unauthenticated', 'session_expired', 'not_found'],
});

const disputeRoutes = /*#__PURE__*/ caseRoutes({
  tag: 'disputes',
  noun: 'dispute',
  plural: 'disputes',
  operationIds: { create: 'createDispute', list: 'listDisputes', get: 'getDispute', action: 'disputeAction' },
  paths: {
    create: '/v1/orders/{order_id}/disputes',
    list: '/v1/disputes',
    get: '/v1/disputes/{dispute_id}',
    action: '/v1/disputes/{dispute_id}/actions',
  },
  summaries: {
    create: 'File a dispute about an order (buyer); the seller must answer before the deadline',
    list: "Disputes the caller may see (buyer: own; seller: their shop's; staff: all), newest first",
    get: 'A dispute with its thread, evidence, offer, deadline and decision (passed deadlines applied first)',
    action:
      'Take one step on a dispute (offer, reject, accept/decline, escalate, request/provide info, decide, withdraw)',
  },
  params: DisputePathParams,
  query: ListDisputesQuery,
  createBody: CreateDisputeRequest,
  actionBody: DisputeActionRequest,
  view: Dispute,
  actionRoles: ['buyer', 'seller', 'agent', 'admin'],
  createErrors: [
    'validation_failed',
    'malformed_json',
    'unauthenticated',
    'forbidden',
    'not_found',
    'not_eligible',
    'case_already_open',
    'claim_exceeds_order',
    'evidence_not_found',
    'evidence_limit_reached',
    'idempotency_conflict',
  ],
  actionErrors: [
    'validation_failed',
    'malformed_json',
    'unauthenticated',
    'forbidden',
    'not_found',
    'transition_not_allowed',
    'refund_limit_exceeded',
    'evidence_not_found',
    'evidence_limit_reached',
    'idempotency_conflict',
  ],
});

export const createDisputeRoute = disputeRoutes.create;
export const listDisputesRoute = disputeRoutes.list;
export const getDisputeRoute = disputeRoutes.get;
export const disputeActionRoute = disputeRoutes.action;

export const postDisputeMessageRoute = /*#__PURE__*/ define({
  operationId: 'postDisputeMessage',
  method: 'post',
  path: '/v1/disputes/{dispute_id}/messages',
  summary: 'Add a message (with optional evidence) to the mediation thread while the dispute is open',
  tag: 'disputes',
  auth: 'token',
  roles: ['buyer', 'seller', 'agent', 'admin'],
  params: DisputePathParams,
  body: PostCaseMessageRequest,
  response: { status: 201, description: 'The message', schema: CaseMessage },
  errors: [
    'validation_failed',
    'malformed_json',
    'unauthenticated',
    'forbidden',
    'not_found',
    'transition_not_allowed',
    'evidence_not_found',
    'evidence_limit_reached',
    'idempotency_conflict',
  ],
});

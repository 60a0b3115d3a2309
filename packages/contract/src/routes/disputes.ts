import {
  CaseMessage,
  CreateDisputeRequest,
  Dispute,
  DisputeActionRequest,
  DisputePathParams,
  ListDisputesQuery,
  PostCaseMessageRequest,
} from '../dispute.js';
import { define } from '../route-definition.js';
import { caseRoutes } from './cases.js';

/** Attaching evidence by id: it must exist, and the policy limits how many. */
const EVIDENCE_ERRORS = ['evidence_not_found', 'evidence_limit_reached'] as const;

const disputeRoutes = /*#__PURE__*/ caseRoutes({
  name: 'Dispute',
  collection: 'disputes',
  idParam: 'dispute_id',
  noun: ['dispute', 'disputes'],
  summaries: {
    create: 'File a dispute about an order (buyer); the seller must answer before the deadline',
    list: "Disputes the caller may see (buyer: own; seller: their shop's; staff: all), newest first",
    get: 'A dispute with its thread, evidence, offer, deadline and decision (passed deadlines applied first)',
    action:
      'Take one step on a dispute (offer, reject, accept/decline, escalate, request/provide info, decide, withdraw)',
  },
  schemas: {
    params: DisputePathParams,
    query: ListDisputesQuery,
    create: CreateDisputeRequest,
    action: DisputeActionRequest,
    view: Dispute,
  },
  actionRoles: ['buyer', 'seller', 'agent', 'admin'],
  createErrors: ['not_eligible', 'case_already_open', 'claim_exceeds_order', ...EVIDENCE_ERRORS],
  actionErrors: ['transition_not_allowed', 'refund_limit_exceeded', ...EVIDENCE_ERRORS],
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

import { AgentCaseFile, AgentQueuePage, AgentQueueQuery } from '../agent.js';
import { DisputePathParams } from '../dispute.js';
import { define } from '../route-definition.js';

export const listAgentQueueRoute = /*#__PURE__*/ define({
  operationId: 'listAgentQueue',
  method: 'get',
  path: '/v1/agent/disputes',
  summary: 'The review queue: escalated cases oldest first (or open cases with fraud flags)',
  tag: 'agent',
  auth: 'token',
  roles: ['agent', 'admin'],
  query: AgentQueueQuery,
  response: { status: 200, description: 'A page of queued cases', schema: AgentQueuePage },
  errors: ['unauthenticated', 'session_expired', 'forbidden', 'invalid_query'],
});

export const getAgentCaseFileRoute = /*#__PURE__*/ define({
  operationId: 'getAgentCaseFile',
  method: 'get',
  path: '/v1/agent/disputes/{dispute_id}',
  summary:
    "Open a case: the dispute's thread and evidence, the order, shipments, refunds and flags; opens (or reuses) the order's support case (audited)",
  tag: 'agent',
  auth: 'token',
  roles: ['agent', 'admin'],
  params: DisputePathParams,
  response: { status: 200, description: 'The case file', schema: AgentCaseFile },
  errors: ['unauthenticated', 'session_expired', 'forbidden', 'not_found'],
});

import {
  AgentSupportQueue,
  AgentSupportReadQuery,
  AgentSupportReplyRequest,
  CreateSupportConversationRequest,
  ListSupportConversationsQuery,
  ReplySupportConversationRequest,
  SupportContextQuery,
  SupportContextSnapshot,
  SupportConversation,
  SupportConversationList,
  SupportConversationPathParams,
  SupportMessage,
} from '../support.js';
import { define } from '../route-definition.js';

const WRITE_ERRORS = [
  'validation_failed',
  'malformed_json',
  'unauthenticated',
  'session_expired',
  'forbidden',
] as const;

export const getSupportContextRoute = /*#__PURE__*/ define({
  operationId: 'getSupportContext',
  method: 'get',
  path: '/v1/support/context',
  summary:
    'What an agent will see with a new conversation (order status, last payment error, open cases) and the seller’s support hours',
  tag: 'support',
  auth: 'token',
  roles: ['buyer'],
  query: SupportContextQuery,
  response: { status: 200, description: 'The context snapshot and support hours', schema: SupportContextSnapshot },
  errors: ['unauthenticated', 'session_expired', 'forbidden', 'invalid_query', 'not_found'],
});

export const createSupportConversationRoute = /*#__PURE__*/ define({
  operationId: 'createSupportConversation',
  method: 'post',
  path: '/v1/support/conversations',
  summary: 'Ask a person: opens a support conversation with a topic, a message, an optional order and attachments',
  tag: 'support',
  auth: 'token',
  roles: ['buyer'],
  body: CreateSupportConversationRequest,
  response: { status: 201, description: 'The conversation', schema: SupportConversation },
  errors: [...WRITE_ERRORS, 'not_found', 'evidence_not_found', 'evidence_limit_reached'],
});

export const listSupportConversationsRoute = /*#__PURE__*/ define({
  operationId: 'listSupportConversations',
  method: 'get',
  path: '/v1/support/conversations',
  summary: 'The buyer’s own support conversations, most recently updated first',
  tag: 'support',
  auth: 'token',
  roles: ['buyer'],
  query: ListSupportConversationsQuery,
  response: { status: 200, description: 'A page of conversations', schema: SupportConversationList },
  errors: ['unauthenticated', 'session_expired', 'forbidden', 'invalid_query'],
});

export const getSupportConversationRoute = /*#__PURE__*/ define({
  operationId: 'getSupportConversation',
  method: 'get',
  path: '/v1/support/conversations/{conversation_id}',
  summary: 'One of the buyer’s conversations with its messages (internal notes left out)',
  tag: 'support',
  auth: 'token',
  roles: ['buyer'],
  params: SupportConversationPathParams,
  response: { status: 200, description: 'The conversation', schema: SupportConversation },
  errors: ['unauthenticated', 'session_expired', 'forbidden', 'not_found'],
});

export const replySupportConversationRoute = /*#__PURE__*/ define({
  operationId: 'replySupportConversation',
  method: 'post',
  path: '/v1/support/conversations/{conversation_id}/messages',
  summary: 'The buyer replies (re-opens an answered conversation)',
  tag: 'support',
  auth: 'token',
  roles: ['buyer'],
  params: SupportConversationPathParams,
  body: ReplySupportConversationRequest,
  response: { status: 201, description: 'The message', schema: SupportMessage },
  errors: [...WRITE_ERRORS, 'not_found', 'transition_not_allowed', 'evidence_not_found', 'evidence_limit_reached'],
});

export const closeSupportConversationRoute = /*#__PURE__*/ define({
  operationId: 'closeSupportConversation',
  method: 'post',
  path: '/v1/support/conversations/{conversation_id}/close',
  summary: 'The buyer closes the conversation (closing a closed one answers it unchanged)',
  tag: 'support',
  auth: 'token',
  roles: ['buyer'],
  params: SupportConversationPathParams,
  response: { status: 200, description: 'The closed conversation', schema: SupportConversation },
  errors: ['unauthenticated', 'session_expired', 'forbidden', 'not_found'],
});

export const listAgentSupportQueueRoute = /*#__PURE__*/ define({
  operationId: 'listAgentSupportQueue',
  method: 'get',
  path: '/v1/agent/conversations',
  summary: 'Open support conversations (waiting on an agent first, oldest first) with their context, no message text',
  tag: 'agent',
  auth: 'token',
  roles: ['agent', 'admin'],
  query: ListSupportConversationsQuery,
  response: { status: 200, description: 'A page of conversations', schema: AgentSupportQueue },
  errors: ['unauthenticated', 'session_expired', 'forbidden', 'invalid_query'],
});

export const getAgentSupportConversationRoute = /*#__PURE__*/ define({
  operationId: 'getAgentSupportConversation',
  method: 'get',
  path: '/v1/agent/conversations/{conversation_id}',
  summary: 'Read a conversation with internal notes; `reason` is required and the read is audited',
  tag: 'agent',
  auth: 'token',
  roles: ['agent', 'admin'],
  params: SupportConversationPathParams,
  query: AgentSupportReadQuery,
  response: { status: 200, description: 'The conversation', schema: SupportConversation },
  errors: ['unauthenticated', 'session_expired', 'forbidden', 'invalid_query', 'not_found'],
});

export const agentReplySupportConversationRoute = /*#__PURE__*/ define({
  operationId: 'agentReplySupportConversation',
  method: 'post',
  path: '/v1/agent/conversations/{conversation_id}/messages',
  summary: 'An agent replies (the buyer is told live and by their notification preferences) or adds an internal note',
  tag: 'agent',
  auth: 'token',
  roles: ['agent', 'admin'],
  params: SupportConversationPathParams,
  body: AgentSupportReplyRequest,
  response: { status: 201, description: 'The message', schema: SupportMessage },
  errors: [...WRITE_ERRORS, 'not_found', 'transition_not_allowed'],
});

export const agentCloseSupportConversationRoute = /*#__PURE__*/ define({
  operationId: 'agentCloseSupportConversation',
  method: 'post',
  path: '/v1/agent/conversations/{conversation_id}/close',
  summary: 'An agent closes the conversation',
  tag: 'agent',
  auth: 'token',
  roles: ['agent', 'admin'],
  params: SupportConversationPathParams,
  response: { status: 200, description: 'The closed conversation', schema: SupportConversation },
  errors: ['unauthenticated', 'session_expired', 'forbidden', 'not_found'],
});

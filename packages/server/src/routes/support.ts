import type { ROUTES } from '@txassist/contract';
import { ProblemError } from '../http/problem.js';
import type { RouteHandler } from '../http/route-handler.js';
import { getSellerPolicy } from '../store/policies.js';
import { findConversation, listBuyerConversations, listQueue, toConversation } from '../store/support-conversations.js';
import { supportContext } from '../support/context.js';
import {
  agentClose,
  agentRead,
  agentReply,
  buyerClose,
  buyerReply,
  buyerScope,
  openConversation,
  staffOf,
} from '../support/service.js';

const offsetOf = (cursor: string | undefined) => (cursor ? Number(cursor) : 0);

export const getSupportContextHandler: RouteHandler<typeof ROUTES.getSupportContext> = async ({
  services,
  principal,
  query,
}) => {
  const scope = buyerScope(principal);
  const context = await supportContext(services.db, scope, query.order_id ?? null);
  if (!context) throw new ProblemError('not_found', 'Check the order id: it is not one of your orders.');
  const policy = await getSellerPolicy(services.db, scope.sellerId as `sel_${string}`);
  return { object: 'support_context', context, support: policy.support };
};

export const createSupportConversationHandler: RouteHandler<typeof ROUTES.createSupportConversation> = ({
  services,
  principal,
  body,
  now,
}) => openConversation(services, principal, body, now);

export const listSupportConversationsHandler: RouteHandler<typeof ROUTES.listSupportConversations> = async ({
  services,
  principal,
  query,
}) => {
  const offset = offsetOf(query.cursor);
  const limit = query.limit ?? 20;
  const { rows, more } = await listBuyerConversations(services.db, buyerScope(principal), offset, limit);
  return {
    object: 'list',
    data: await Promise.all(rows.map((row) => toConversation(services.db, services.cipher, row, false))),
    has_more: more,
    next_cursor: more ? String(offset + limit) : null,
  };
};

export const getSupportConversationHandler: RouteHandler<typeof ROUTES.getSupportConversation> = async ({
  services,
  principal,
  params,
}) => {
  const row = await findConversation(services.db, params.conversation_id, buyerScope(principal));
  if (!row) throw new ProblemError('not_found', 'Check the conversation id.');
  return toConversation(services.db, services.cipher, row, false);
};

export const replySupportConversationHandler: RouteHandler<typeof ROUTES.replySupportConversation> = ({
  services,
  principal,
  params,
  body,
  now,
}) => buyerReply(services, principal, params.conversation_id, body, now);

export const closeSupportConversationHandler: RouteHandler<typeof ROUTES.closeSupportConversation> = ({
  services,
  principal,
  params,
  now,
}) => buyerClose(services, principal, params.conversation_id, now);

export const listAgentSupportQueueHandler: RouteHandler<typeof ROUTES.listAgentSupportQueue> = async ({
  services,
  principal,
  query,
  now,
}) => {
  staffOf(principal);
  const offset = offsetOf(query.cursor);
  const limit = query.limit ?? 20;
  const { rows, more } = await listQueue(services.db, offset, limit);
  return {
    object: 'list',
    data: rows.map((row) => ({
      object: 'agent_support_item' as const,
      id: row.id,
      topic: row.topic,
      status: row.status,
      order_id: row.order_id as `ord_${string}` | null,
      order_number: row.order_number,
      context: row.context,
      created_at: row.created_at,
      updated_at: row.updated_at,
      age_hours: Math.max(0, Math.floor((now.getTime() - new Date(row.created_at).getTime()) / 3600_000)),
    })),
    has_more: more,
    next_cursor: more ? String(offset + limit) : null,
  };
};

export const getAgentSupportConversationHandler: RouteHandler<typeof ROUTES.getAgentSupportConversation> = ({
  c,
  services,
  principal,
  params,
  query,
  now,
}) => agentRead(services, principal, params.conversation_id, query.reason, now, c.var.requestId);

export const agentReplySupportConversationHandler: RouteHandler<typeof ROUTES.agentReplySupportConversation> = ({
  c,
  services,
  principal,
  params,
  body,
  now,
}) => agentReply(services, principal, params.conversation_id, body, now, c.var.requestId);

export const agentCloseSupportConversationHandler: RouteHandler<typeof ROUTES.agentCloseSupportConversation> = ({
  c,
  services,
  principal,
  params,
  now,
}) => agentClose(services, principal, params.conversation_id, now, c.var.requestId);

import type {
  CreateSupportConversationRequest,
  PageOf,
  SupportContextSnapshot,
  SupportConversation,
  SupportMessage,
} from '@txassist/contract/types';
import {
  agentCloseSupportConversationRoute,
  agentReplySupportConversationRoute,
  closeSupportConversationRoute,
  createSupportConversationRoute,
  getAgentSupportConversationRoute,
  getSupportContextRoute,
  getSupportConversationRoute,
  listAgentSupportQueueRoute,
  listSupportConversationsRoute,
  replySupportConversationRoute,
} from '../internal/contract.generated.js';
import type { Http, MutationOptions, RequestOptions } from '../internal/http.js';

export interface SupportListParams {
  limit?: number;
  cursor?: string | null;
}

/** One row of the agents' conversation queue: the context, no message text. */
export type AgentSupportQueueItem = Omit<SupportConversation, 'object' | 'messages' | 'closed_at'> & {
  object: 'agent_support_item';
  /** The order's number, null without an order. */
  order_number: string | null;
  age_hours: number;
};

/**
 * Support conversations with a person. Buyers: `context`, `open`, `list`, `get`, `reply`, `close`.
 * Agents (staff session token): `queue`, `read` (with a reason, audited), `agentReply` (or an
 * internal note) and `agentClose`. An agent's reply arrives on the buyer's event stream as `support.replied`.
 */
export function createSupportResource(http: Http) {
  const list = (params: SupportListParams = {}, options?: RequestOptions): Promise<PageOf<SupportConversation>> =>
    http.request(
      listSupportConversationsRoute,
      { query: { limit: params.limit, cursor: params.cursor ?? undefined } },
      options,
    );
  return {
    /** What an agent will see with a new conversation, and the seller's support hours and first-response time. */
    context(options: RequestOptions & { orderId?: string } = {}): Promise<SupportContextSnapshot> {
      return http.request(getSupportContextRoute, { query: { order_id: options.orderId || undefined } }, options);
    },
    /** Opens a conversation. Retry with the same `idempotencyKey` and it is opened once. */
    open(input: CreateSupportConversationRequest, options?: MutationOptions): Promise<SupportConversation> {
      return http.request(createSupportConversationRoute, { body: input }, options);
    },
    /** The buyer's own conversations, most recently updated first. */
    list,
    get(conversationId: string, options?: RequestOptions): Promise<SupportConversation> {
      return http.request(getSupportConversationRoute, { params: { conversation_id: conversationId } }, options);
    },
    reply(
      conversationId: string,
      input: { message: string; attachments?: string[] },
      options?: MutationOptions,
    ): Promise<SupportMessage> {
      return http.request(
        replySupportConversationRoute,
        { params: { conversation_id: conversationId }, body: input },
        options,
      );
    },
    close(conversationId: string, options?: MutationOptions): Promise<SupportConversation> {
      return http.request(closeSupportConversationRoute, { params: { conversation_id: conversationId } }, options);
    },

    /** Agents: conversations not closed, waiting on an agent first. */
    queue(params: SupportListParams = {}, options?: RequestOptions): Promise<PageOf<AgentSupportQueueItem>> {
      return http.request(
        listAgentSupportQueueRoute,
        { query: { limit: params.limit, cursor: params.cursor ?? undefined } },
        options,
      ) as Promise<PageOf<AgentSupportQueueItem>>;
    },
    /** Agents: reads a conversation with its internal notes; `reason` is required and audited. */
    read(conversationId: string, reason: string, options?: RequestOptions): Promise<SupportConversation> {
      return http.request(
        getAgentSupportConversationRoute,
        { params: { conversation_id: conversationId }, query: { reason } },
        options,
      );
    },
    /** Agents: replies to the buyer, or with `internal: true` adds a note only agents see. */
    agentReply(
      conversationId: string,
      input: { message: string; internal?: boolean },
      options?: MutationOptions,
    ): Promise<SupportMessage> {
      return http.request(
        agentReplySupportConversationRoute,
        { params: { conversation_id: conversationId }, body: input },
        options,
      );
    },
    agentClose(conversationId: string, options?: MutationOptions): Promise<SupportConversation> {
      return http.request(agentCloseSupportConversationRoute, { params: { conversation_id: conversationId } }, options);
    },
  };
}

export type SupportResource = ReturnType<typeof createSupportResource>;

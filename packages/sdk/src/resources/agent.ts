import type { AgentCaseFile, AgentQueueItem, Dispute, PageOf } from '@txassist/contract/types';
import { disputeActionRoute, getAgentCaseFileRoute, listAgentQueueRoute } from '../internal/contract.generated.js';
import type { Http, MutationOptions, RequestOptions } from '../internal/http.js';
import { pageHelpers } from '../internal/pagination.js';

export interface AgentQueueParams {
  /** `escalated` (default): oldest escalation first; `flagged`: open cases with fraud signals. */
  queue?: 'escalated' | 'flagged';
  limit?: number;
  cursor?: string | null;
}

/** The review queue for agents (the client's token is a staff session token). */
export function createAgentResource(http: Http) {
  const queue = (params: AgentQueueParams = {}, options?: RequestOptions): Promise<PageOf<AgentQueueItem>> => {
    const { queue: name, limit, cursor } = params;
    return http.request(listAgentQueueRoute, { query: { queue: name, limit, cursor: cursor ?? undefined } }, options);
  };
  const { listPages: queuePages, listAll: queueAll } = pageHelpers(queue);
  return {
    /** One page of the queue. Pass `next_cursor` back as `cursor` for the next page. */
    queue,
    /** Every page of the queue from `params.cursor` (or the first) on. */
    queuePages,
    /** Every queued case across pages: `for await (const item of agent.queueAll())`. */
    queueAll,

    /** Opens a case: thread, evidence, order, shipments, refunds, flags; works inside the order's support case (audited). */
    openCase(disputeId: string, options?: RequestOptions): Promise<AgentCaseFile> {
      return http.request(getAgentCaseFileRoute, { params: { dispute_id: disputeId } }, options);
    },

    /** Asks the buyer or the seller for information. */
    requestInfo(
      disputeId: string,
      from: 'buyer' | 'seller',
      question: string,
      options?: MutationOptions,
    ): Promise<Dispute> {
      return http.request(
        disputeActionRoute,
        { params: { dispute_id: disputeId }, body: { action: 'request_info', from, question } },
        options,
      );
    },

    /** Decides for the buyer: refunds `refundAmount` (minor units) through the order's payment. */
    decideForBuyer(
      disputeId: string,
      refundAmount: number,
      reason: string,
      options?: MutationOptions,
    ): Promise<Dispute> {
      return http.request(
        disputeActionRoute,
        {
          params: { dispute_id: disputeId },
          body: { action: 'decide_for_buyer', refund_amount: refundAmount, reason },
        },
        options,
      );
    },

    decideForSeller(disputeId: string, reason: string, options?: MutationOptions): Promise<Dispute> {
      return http.request(
        disputeActionRoute,
        { params: { dispute_id: disputeId }, body: { action: 'decide_for_seller', reason } },
        options,
      );
    },
  };
}

export type AgentResource = ReturnType<typeof createAgentResource>;

import type { Feedback, FeedbackSummary, SearchMissRecorded, SendFeedbackRequest } from '@txassist/contract/types';
import { getFeedbackSummaryRoute, recordSearchMissRoute, sendFeedbackRoute } from '../internal/contract.generated.js';
import type { Http, MutationOptions, RequestOptions } from '../internal/http.js';

/** Which period and grouping the seller's feedback summary covers (`from`/`to` as `YYYY-MM-DD`, UTC). */
export interface FeedbackSummaryQuery {
  from?: string;
  to?: string;
  bucket?: 'day' | 'week';
  /** Staff only: the shop to read (a seller key reads its own). */
  sellerId?: string;
}

/** What `send` takes: the contract's request, with any id string (the server checks its shape). */
export type SendFeedbackInput = Omit<SendFeedbackRequest, 'subject'> & {
  subject: { type: SendFeedbackRequest['subject']['type']; id: string };
};

export function createFeedbackResource(http: Http) {
  return {
    /**
     * The signed-in buyer rates a resolved case or a closed conversation (`rating` 1–5) or says whether a
     * guide helped (`helpful`), with an optional comment. One per buyer and subject: sending again replaces
     * the earlier one (`replaced: true`). An open case or conversation: `feedback_not_allowed`.
     */
    send(input: SendFeedbackInput, options?: MutationOptions): Promise<Feedback> {
      return http.request(sendFeedbackRoute, { body: input as SendFeedbackRequest }, options);
    },

    /**
     * Reports a guide search that found nothing (publishable key). The server stores it without personal
     * data; `stored: false` when nothing was left of it.
     */
    searchMiss(input: { query: string; locale: string }, options?: MutationOptions): Promise<SearchMissRecorded> {
      return http.request(recordSearchMissRoute, { body: input }, options);
    },
  };
}

export type FeedbackResource = ReturnType<typeof createFeedbackResource>;

/**
 * The seller's feedback summary (seller secret key or staff session): over time, by topic, by guide,
 * search misses. Not on the browser client (`createClient`): the server SDK has it as
 * `feedback.summary`; a staff tool adds it with `createClientWith(options, { feedback: createFeedbackSummaryResource })`.
 */
export function createFeedbackSummaryResource(http: Http) {
  return {
    summary(query: FeedbackSummaryQuery = {}, options?: RequestOptions): Promise<FeedbackSummary> {
      return http.request(
        getFeedbackSummaryRoute,
        { query: { from: query.from, to: query.to, bucket: query.bucket, seller_id: query.sellerId } },
        options,
      );
    },
  };
}

export type FeedbackSummaryResource = ReturnType<typeof createFeedbackSummaryResource>;

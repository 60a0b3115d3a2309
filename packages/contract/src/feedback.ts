import * as z from 'zod/mini';
import { DisputeId } from './dispute.js';
import { SellerId } from './ids.js';
import { RefundRequestId } from './refund.js';
import { Timestamp } from './timestamps.js';
import { FEEDBACK_LIMITS, FEEDBACK_SUBJECT_TYPES } from './values/feedback.js';

export {
  FEEDBACK_LIMITS,
  FEEDBACK_SUBJECT_TYPES,
  RATEABLE_DISPUTE_STATUSES,
  RATEABLE_REFUND_STATUSES,
} from './values/feedback.js';

export const FeedbackSubjectType = z.enum(FEEDBACK_SUBJECT_TYPES);
export type FeedbackSubjectType = z.infer<typeof FeedbackSubjectType>;

export const GuideSlug = z
  .string()
  .check(z.regex(new RegExp(FEEDBACK_LIMITS.guideSlugPattern), 'must be a guide slug: a–z, 0–9 and "-", 1–60 long'));

/** A support conversation's id (`prefix_body`, like every id of the API). */
export const ConversationRef = z
  .string()
  .check(z.regex(/^[a-z]{2,5}_[A-Za-z0-9]{8,64}$/, 'must be a support conversation id'));

/** What the feedback is about: the buyer's own resolved case, closed conversation, or a guide. */
export const FeedbackSubject = z.discriminatedUnion('type', [
  z.object({ type: z.literal('case'), id: z.union([RefundRequestId, DisputeId]) }),
  z.object({ type: z.literal('conversation'), id: ConversationRef }),
  z.object({ type: z.literal('guide'), id: GuideSlug }),
]);
export type FeedbackSubject = z.infer<typeof FeedbackSubject>;

export const FeedbackRating = z.int().check(z.minimum(FEEDBACK_LIMITS.ratingMin), z.maximum(FEEDBACK_LIMITS.ratingMax));

/**
 * A rating (1–5) for a case or conversation, or "was this helpful?" for a guide, with an optional
 * comment. One per buyer and subject: sending again replaces the earlier one.
 */
export const SendFeedbackRequest = z
  .object({
    subject: FeedbackSubject,
    rating: z.optional(FeedbackRating),
    helpful: z.optional(z.boolean()),
    comment: z.optional(z.string().check(z.trim(), z.maxLength(FEEDBACK_LIMITS.commentMaxLength))),
  })
  .check(
    z.refine((body) => body.subject.type === 'guide' || (body.rating !== undefined && body.helpful === undefined), {
      message: 'a case or a conversation is rated with `rating` (a whole number from 1 to 5), not `helpful`',
      path: ['rating'],
    }),
    z.refine((body) => body.subject.type !== 'guide' || (body.helpful !== undefined && body.rating === undefined), {
      message: 'a guide takes `helpful` (true or false), not `rating`',
      path: ['helpful'],
    }),
  );
export type SendFeedbackRequest = z.infer<typeof SendFeedbackRequest>;

export const Feedback = z.object({
  object: z.literal('feedback'),
  id: z.string(),
  subject: FeedbackSubject,
  rating: z.nullable(z.int()),
  helpful: z.nullable(z.boolean()),
  comment: z.nullable(z.string()),
  /** True when this replaced the buyer's earlier feedback on the same subject. */
  replaced: z.boolean(),
  created_at: Timestamp,
  updated_at: Timestamp,
});
export type Feedback = z.infer<typeof Feedback>;

/** A guide search that found nothing. Stored without personal data (see docs/api/feedback.md). */
export const SearchMissRequest = z.object({
  query: z.string().check(z.trim(), z.minLength(1), z.maxLength(FEEDBACK_LIMITS.searchMissMaxLength)),
  locale: z.string().check(z.maxLength(35), z.regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a BCP 47 tag')),
});
export type SearchMissRequest = z.infer<typeof SearchMissRequest>;

export const SearchMissRecorded = z.object({
  object: z.literal('search_miss'),
  /** False when nothing was left of the query after removing what looks like personal data. */
  stored: z.boolean(),
});
export type SearchMissRecorded = z.infer<typeof SearchMissRecorded>;

/** A calendar day, `YYYY-MM-DD` (UTC). */
export const CalendarDay = z
  .string()
  .check(z.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'must be a day as YYYY-MM-DD'));

export const FEEDBACK_BUCKETS = ['day', 'week'] as const;

export const FeedbackSummaryQuery = z.object({
  /** First day (UTC), default 29 days before `to`. */
  from: z.optional(CalendarDay),
  /** Last day (UTC), included; default today. */
  to: z.optional(CalendarDay),
  /** `day` (default) or `week` (ISO weeks, starting Monday). */
  bucket: z.optional(z.enum(FEEDBACK_BUCKETS)),
  /** Staff name the seller; a seller key reads its own shop (another seller's id is refused). */
  seller_id: z.optional(SellerId),
});
export type FeedbackSummaryQuery = z.infer<typeof FeedbackSummaryQuery>;

/** Ratings of a group: how many, their average (2 decimals) and the share of 4 and 5 (3 decimals); null without ratings. */
const RatingStats = {
  count: z.int(),
  average_rating: z.nullable(z.number()),
  satisfied_share: z.nullable(z.number()),
};

export const FeedbackSummary = z.object({
  object: z.literal('feedback_summary'),
  seller_id: SellerId,
  from: CalendarDay,
  to: CalendarDay,
  bucket: z.enum(FEEDBACK_BUCKETS),
  /** Every rating in the period (cases and conversations). */
  satisfaction: z.object(RatingStats),
  /** One entry per day or week of the period, empty ones included, oldest first. */
  over_time: z.array(z.object({ start: CalendarDay, ...RatingStats })),
  /** By topic: `refund`, `dispute`, or a conversation's topic (`conversation` when it has none); most ratings first. */
  by_topic: z.array(z.object({ topic: z.string(), ...RatingStats })),
  /** Guide votes: how many, how many said helpful, and that share (3 decimals); most votes first. */
  by_guide: z.array(z.object({ guide: z.string(), votes: z.int(), helpful: z.int(), helpful_share: z.number() })),
  /** The most frequent guide searches that found nothing (already stripped of personal data). */
  search_misses: z.array(z.object({ query: z.string(), count: z.int() })),
});
export type FeedbackSummary = z.infer<typeof FeedbackSummary>;

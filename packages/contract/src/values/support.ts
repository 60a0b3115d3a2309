// Support conversations (issue 16 item 2) as zod-free values, for browser bundles.

/** What a buyer can ask a person about. Responses read the topic as known-or-string (newer servers add topics). */
export const SUPPORT_TOPICS = ['payment', 'delivery', 'refund', 'dispute', 'account', 'other'] as const;
export type KnownSupportTopic = (typeof SUPPORT_TOPICS)[number];

/** open: waiting on the seller's agents; answered: an agent replied, the buyer's turn; closed: done (ratings follow). */
export const SUPPORT_STATUSES = ['open', 'answered', 'closed'] as const;
export type KnownSupportStatus = (typeof SUPPORT_STATUSES)[number];

/** Longest message (characters, after trimming). */
export const SUPPORT_MESSAGE_MAX = 4000;
/** Most attachments on one message. */
export const SUPPORT_ATTACHMENTS_MAX = 5;

/** The seller's support hours and first-response promise when they set none. */
export const DEFAULT_SUPPORT_SETTINGS = {
  /** IANA time zone the hours are in. */
  time_zone: 'UTC',
  /** ISO weekdays (1 = Monday … 7 = Sunday). */
  days: [1, 2, 3, 4, 5],
  opens: '09:00',
  closes: '17:00',
  first_response_hours: 24,
} as const;

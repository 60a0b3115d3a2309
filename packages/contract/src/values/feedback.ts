// Feedback (issue 16, item 3): limits as plain values, for the server and the elements.

/** What buyers can rate: a resolved refund request or dispute (`case`), a closed support conversation, a guide. */
export const FEEDBACK_SUBJECT_TYPES = ['case', 'conversation', 'guide'] as const;

/** How feedback and guide search misses behave (also in docs/api/feedback.md). */
export const FEEDBACK_LIMITS = {
  ratingMin: 1,
  ratingMax: 5,
  /** Ratings at or above this count as satisfied (the summary's `satisfied_share`). */
  satisfiedFrom: 4,
  commentMaxLength: 1000,
  /** A guide's id: its slug. */
  guideSlugPattern: '^[a-z0-9-]{1,60}$',
  searchMissMaxLength: 100,
  /** Search misses one client address may report per seller per window. */
  searchMissesPerClient: 30,
  /** The window of the limit above, in seconds. */
  searchMissWindowSeconds: 600,
  /** The summary covers at most this many days. */
  summaryMaxDays: 366,
  /** The summary lists this many of the most frequent searches that found nothing. */
  summaryTopSearchMisses: 10,
} as const;

/**
 * Statuses in which a case can be rated: a refund request once the money or replacement went out or
 * it closed, a dispute once it closed (the same lists the elements use to show the rating prompt).
 */
export const RATEABLE_REFUND_STATUSES = ['refunded', 'replaced', 'completed', 'rejected', 'cancelled'] as const;
export const RATEABLE_DISPUTE_STATUSES = ['settled', 'resolved_buyer', 'resolved_seller', 'withdrawn'] as const;

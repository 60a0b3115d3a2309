// Email sign-in codes ("I can't sign in", issue 16): limits as plain values, for the server and the elements.

/** How the email sign-in code behaves (also in docs/help-assistant.md). */
export const ACCESS_CODE_LIMITS = {
  codeDigits: 6,
  /** A code expires after this many seconds. */
  ttlSeconds: 600,
  /** Wrong codes against one issued code before it stops working (a new one must be asked for). */
  maxAttempts: 5,
  /** Codes asked for one email at one seller per window (the same answer for unknown emails). */
  requestsPerEmail: 3,
  /** Codes asked for from one client address per window. */
  requestsPerClient: 10,
  /** Code exchanges tried from one client address per window. */
  exchangesPerClient: 20,
  /** The window of the three limits above, in seconds. */
  windowSeconds: 900,
  /** Lifetime of the session a code gives, in seconds. */
  sessionTtlSeconds: 1800,
} as const;

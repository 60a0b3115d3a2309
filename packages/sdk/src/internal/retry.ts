/** Retry policy shared by requests and the event stream. Pure functions, so the rules are easy to test. */

export interface BackoffOptions {
  /** First backoff step in ms; doubles every attempt. */
  baseDelay: number;
  /** Upper bound of one backoff step in ms. */
  maxDelay: number;
  /** Upper bound in ms for a server's `Retry-After`. */
  maxRetryAfter: number;
}

export const DEFAULT_BACKOFF: BackoffOptions = { baseDelay: 500, maxDelay: 8_000, maxRetryAfter: 60_000 };

/** Conflicts that will answer the same however often we ask: retrying them only delays the error. */
const FINAL_CONFLICT_CODES = new Set([
  // the request made a credential, which is never sent twice: only a new key (a new request) helps
  'idempotency_key_used',
  'invalid_transition',
  'action_not_allowed',
  'consent_required',
  'erasure_blocked',
  'export_not_ready',
  // disputes and refunds: the case's state decides, a retry cannot change it
  'transition_not_allowed',
  'not_eligible',
  'case_already_open',
  'refund_limit_exceeded',
]);

/** 408, 409 (transient ones), 429 and 5xx are worth another try; any other 4xx is final. */
export function isRetryableStatus(status: number, code?: string): boolean {
  if (status === 409) return !FINAL_CONFLICT_CODES.has(code ?? '');
  return status === 408 || status === 429 || status >= 500;
}

/** `Retry-After` as milliseconds (delta-seconds or HTTP date), or undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = /GMT$/i.test(trimmed) ? Date.parse(trimmed) : NaN; // HTTP dates always end in GMT
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * Delay before retry number `retry` (0-based): the server's `Retry-After` when given (capped),
 * otherwise exponential backoff with full jitter.
 */
export function retryDelay(
  retry: number,
  options: BackoffOptions,
  retryAfterMs?: number,
  random = Math.random,
): number {
  if (retryAfterMs !== undefined) return Math.min(retryAfterMs, options.maxRetryAfter);
  return Math.floor(random() * Math.min(options.maxDelay, options.baseDelay * 2 ** retry));
}

import type { RateLimitRule } from '../config.js';
import { ProblemError } from '../http/problem.js';
import type { Services } from '../services.js';

/** Disputes and refund requests a buyer may file per hour (together). */
export const CLAIM_RATE_LIMIT: RateLimitRule = { limit: 10, windowMs: 3600_000 };

/** Counted fleet-wide on PostgreSQL (`services.limits`), in this process on PGlite. */
export async function limitClaimFiling(services: Services, buyerId: string, now: Date): Promise<void> {
  const wait = await services.limits.hit(`claims:${buyerId}`, CLAIM_RATE_LIMIT, now);
  if (wait !== undefined) {
    throw new ProblemError('rate_limited', 'You have filed many requests in a short time. Try again later.', {
      retryAfterSeconds: wait,
    });
  }
}

import { CLAIM_RATE_LIMIT } from '../disputes/rate-limit.js';
import { ProblemError } from '../http/problem.js';
import type { Services } from '../services.js';

/**
 * The claim-filing limit across the fleet. The case services count claims in this process's memory
 * (`limitClaimFiling`); on a shared database the same rule is also counted in the database first,
 * so a buyer gets 10 an hour whichever process answers. (On PGlite the memory count is the only one:
 * counting twice there would halve the limit.) Same message and Retry-After as the services' check.
 */
export async function limitClaimFilingAcrossFleet(services: Services, buyerId: string, now: Date): Promise<void> {
  if (!services.limits.shared) return;
  const wait = await services.limits.hit(`claims:${buyerId}`, CLAIM_RATE_LIMIT, now);
  if (wait !== undefined) {
    throw new ProblemError('rate_limited', 'You have filed many requests in a short time. Try again later.', {
      retryAfterSeconds: wait,
    });
  }
}

import type { CreateGuestCheckoutRequest, GuestCheckout } from '@txassist/contract/types';
import { createGuestCheckoutRoute } from '../internal/contract.generated.js';
import type { Http, RequestOptions } from '../internal/http.js';

/**
 * Creator one-tag checkout: a guest checkout for one product with the publishable key alone (the
 * page must be one of the seller's registered origins). Signs the client in with the guest's
 * session, which reaches only this checkout and the order it becomes.
 */
export function createGuestCheckoutsResource(http: Http) {
  return {
    async create(
      input: CreateGuestCheckoutRequest,
      options?: RequestOptions & { idempotencyKey?: string },
    ): Promise<GuestCheckout> {
      const started = await http.request(createGuestCheckoutRoute, { body: input }, options);
      http.tokens.set(started.session.token);
      return started;
    },
  };
}

export type GuestCheckoutsResource = ReturnType<typeof createGuestCheckoutsResource>;

import type { GuestLookupRequest, Session } from '@txassist/contract/types';
import { guestLookupRoute } from '../internal/contract.generated.js';
import type { Http, RequestOptions } from '../internal/http.js';

export function createSessionsResource(http: Http) {
  return {
    /**
     * Finds one order by its number and the buyer's email (publishable key only) and signs the client in
     * with the returned guest session, which may read that order.
     */
    async guestLookup(
      input: GuestLookupRequest,
      options?: RequestOptions & { idempotencyKey?: string },
    ): Promise<Session> {
      const session = await http.request(guestLookupRoute, { body: input }, options);
      http.tokens.set(session.token);
      return session;
    },
  };
}

export type SessionsResource = ReturnType<typeof createSessionsResource>;

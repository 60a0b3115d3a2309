import type { AccessCodeRequested, AssistantSuggestions, Session } from '@txassist/contract/types';
import {
  exchangeAccessCodeRoute,
  healthRoute,
  listAssistantSuggestionsRoute,
  requestAccessCodeRoute,
} from '../internal/contract.generated.js';
import type { Http, RequestOptions } from '../internal/http.js';

/** One round trip to the API, measured: what the help assistant's connection check shows. */
export interface ConnectionProbe {
  /** Milliseconds from sending to the whole answer. */
  latencyMs: number;
  /** The server's `Date` header (for the clock check); null when the browser cannot read it. */
  serverDate: string | null;
  requestId: string | null;
  /** The API's version, from its health answer. */
  apiVersion: string | null;
}

export function createAssistantResource(http: Http) {
  return {
    /**
     * What the help assistant suggests now for the signed-in buyer, most pressing first: each a stable
     * `code` (word it with the `assistant` catalog), the order, the facts and one next `action`.
     * `orderId`: the order the buyer is looking at; its suggestions come first (`order_help` when no
     * other rule speaks of it).
     */
    suggestions(options: RequestOptions & { orderId?: string } = {}): Promise<AssistantSuggestions> {
      return http.request(
        listAssistantSuggestionsRoute,
        { query: { order_id: options.orderId || undefined } },
        options,
      );
    },

    /**
     * "I can't sign in": emails a one-time sign-in code (publishable key only). The answer is the same
     * whether or not the email has orders at this seller; a code arrives only when it has.
     */
    requestAccessCode(
      input: { email: string },
      options?: RequestOptions & { idempotencyKey?: string },
    ): Promise<AccessCodeRequested> {
      return http.request(requestAccessCodeRoute, { body: input }, options);
    },

    /**
     * Exchanges the emailed code for a buyer session limited to that email's orders at this seller,
     * and signs the client in with it. A wrong, expired or used code: `verification_failed`.
     */
    async exchangeAccessCode(
      input: { email: string; code: string },
      options?: RequestOptions & { idempotencyKey?: string },
    ): Promise<Session> {
      const session = await http.request(exchangeAccessCodeRoute, { body: input }, options);
      http.tokens.set(session.token);
      return session;
    },

    /** Calls the API's health check once, without retries (a retry would hide the problem being checked). */
    async probe(options: Pick<RequestOptions, 'signal'> = {}): Promise<ConnectionProbe> {
      const started = performance.now();
      const { response, text } = await http.send(healthRoute, {}, { ...options, maxRetries: 0 });
      const latencyMs = Math.round(performance.now() - started);
      let apiVersion: string | null = null;
      try {
        const version: unknown = (JSON.parse(text) as { version?: unknown }).version;
        apiVersion = typeof version === 'string' ? version : null;
      } catch {
        apiVersion = null; // reachable is what counts here; the body is informative only
      }
      return {
        latencyMs,
        serverDate: response.headers.get('date'),
        requestId: response.headers.get('x-request-id'),
        apiVersion,
      };
    },
  };
}

export type AssistantResource = ReturnType<typeof createAssistantResource>;

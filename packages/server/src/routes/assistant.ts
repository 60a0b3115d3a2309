import type { ROUTES } from '@txassist/contract';
import { suggestionsFor } from '../assistant/suggestions.js';
import { ProblemError } from '../http/problem.js';
import type { RouteHandler } from '../http/route-handler.js';

export const listAssistantSuggestionsHandler: RouteHandler<typeof ROUTES.listAssistantSuggestions> = async ({
  services,
  principal,
  now,
  query,
}) => {
  // A guest session (one order, by order number + email) is not an account: its suggestions would be
  // about orders it may not see.
  if (principal.role !== 'buyer' || principal.orderId !== null)
    throw new ProblemError('forbidden', 'Sign in to your account to get suggestions about your orders.');
  return suggestionsFor(services, principal, now, query.order_id ?? null);
};

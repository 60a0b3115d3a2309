import { AssistantSuggestions, AssistantSuggestionsQuery } from '../assistant.js';
import { define } from '../route-definition.js';

export const listAssistantSuggestionsRoute = /*#__PURE__*/ define({
  operationId: 'listAssistantSuggestions',
  method: 'get',
  path: '/v1/me/assistant/suggestions',
  summary: 'What the help assistant suggests now, from the buyer’s orders, payments, parcels and cases',
  tag: 'assistant',
  auth: 'token',
  roles: ['buyer'],
  query: AssistantSuggestionsQuery,
  response: { status: 200, description: 'Suggestions, most pressing first', schema: AssistantSuggestions },
  errors: ['unauthenticated', 'forbidden'],
});

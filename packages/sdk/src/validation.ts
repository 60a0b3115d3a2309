// `@txassist/sdk/validation`: pass `contractValidation` as a client's `validateResponses` (the project's tests
// and development builds). It brings zod and every contract schema, which browser bundles otherwise leave
// out (issue 14, decision 1): a separate entry point, so no bundle carries it unless a page imports it.
import { ROUTE_LIST, TxEvent, type RouteDefinition } from '@txassist/contract';
import { safeParse } from 'zod/mini';
import { ResponseValidationError } from './errors.js';
import type { ResponseValidator } from './internal/http.js';

const ROUTES_BY_ID = new Map<string, RouteDefinition>(ROUTE_LIST.map((route) => [route.operationId, route]));

/** The answer as the contract parses it; throws ResponseValidationError when it breaks the contract. */
function validateResponse(operationId: string, json: unknown, status: number, requestId: string | undefined): unknown {
  const schema = ROUTES_BY_ID.get(operationId)?.response.schema;
  if (!schema) throw new TypeError(`No response schema for ${operationId}`);
  const result = safeParse(schema, json);
  if (!result.success) throw new ResponseValidationError(result.error.issues, status, requestId);
  return result.data;
}

/** An event of a known type as the contract parses it, or the error when it breaks the contract. */
function validateEvent(json: unknown): TxEvent | ResponseValidationError {
  const result = safeParse(TxEvent, json);
  return result.success ? result.data : new ResponseValidationError(result.error.issues, 200, undefined);
}

/** Checks every answer and event of a client against the contract: `createClient({ validateResponses: contractValidation })`. */
export const contractValidation: ResponseValidator = { validateResponse, validateEvent };

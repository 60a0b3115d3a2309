import type { Problem } from '@txassist/contract/types';
import {
  ApiError,
  AuthenticationError,
  ConflictError,
  IdempotencyConflictError,
  NotFoundError,
  PermissionError,
  RateLimitError,
  ServerError,
  ValidationError,
  type ApiErrorInit,
} from '../errors.js';
import { parseRetryAfter } from './retry.js';

/** Code used when the body is not one of our problems (a proxy's HTML page, an empty 502…). */
function fallbackCode(status: number): string {
  if (status === 401) return 'unauthenticated';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 429) return 'rate_limited';
  if (status === 503) return 'service_unavailable';
  return status >= 500 ? 'internal_error' : 'http_error';
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The body when it is one of our problems (RFC 9457 with a string `code`), else undefined. A shape check,
 * not the contract's schema, so browser bundles carry no zod; unknown codes and extra fields are kept.
 */
function parseProblem(text: string): Problem | undefined {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isRecord(json) || typeof json.code !== 'string' || typeof json.title !== 'string') return undefined;
  if (typeof json.type !== 'string') return undefined;
  if (typeof json.status !== 'number') return undefined;
  if (json.errors !== undefined && !Array.isArray(json.errors)) return undefined;
  return json as Problem;
}

/** Maps an error response to the typed error class for its status and code. */
export function toApiError(response: Response, text: string): ApiError {
  const problem = parseProblem(text);
  const { status, headers } = response;
  const init: ApiErrorInit = {
    status,
    code: problem?.code ?? fallbackCode(status),
    requestId: headers.get('x-request-id') ?? problem?.request_id,
    problem,
    retryAfterMs: parseRetryAfter(headers.get('retry-after')),
  };
  if (init.code === 'idempotency_conflict') return new IdempotencyConflictError(init);
  if (status === 400 || status === 422) return new ValidationError(init);
  if (status === 401) return new AuthenticationError(init);
  if (status === 403) return new PermissionError(init);
  if (status === 404) return new NotFoundError(init);
  if (status === 409) return new ConflictError(init);
  if (status === 429) return new RateLimitError(init);
  if (status >= 500) return new ServerError(init);
  return new ApiError(init);
}

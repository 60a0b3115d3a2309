import type { ErrorCode } from '@txassist/contract/types';
import { CLIENT_ERROR_CODES, ERROR_GUIDANCE, type ClientErrorCode, type ErrorMessageGroup } from './error-groups.js';

/** What to tell the buyer about an error: message keys for `t()`, whether Try again can help, a code to quote. */
export interface ErrorMessage {
  /** A contract `ERROR_CODES` code, or a client code when the API did not answer with one. */
  readonly code: ErrorCode | ClientErrorCode;
  readonly title: `error.${ErrorMessageGroup}.title`;
  readonly nextStep: `error.${ErrorMessageGroup}.next_step`;
  readonly retryable: boolean;
  /** What the buyer can quote to support: the API's own `code` (even one this SDK does not know yet), else `code`. */
  readonly displayCode: string;
  /** HTTP status, when the API answered. */
  readonly status: number | undefined;
  readonly requestId: string | undefined;
}

interface ErrorShape {
  readonly name?: unknown;
  readonly status?: unknown;
  readonly code?: unknown;
  readonly requestId?: unknown;
}

/** A code from a newer server than this SDK: pick the message by HTTP status instead. */
function codeForStatus(status: number | undefined): ErrorCode | ClientErrorCode {
  if (status === undefined) return 'unexpected';
  if (status === 401) return 'unauthenticated';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 409) return 'action_not_allowed';
  if (status === 410) return 'export_gone';
  if (status === 413) return 'payload_too_large';
  if (status === 422) return 'validation_failed';
  if (status === 429) return 'rate_limited';
  if (status === 503) return 'service_unavailable';
  if (status >= 500) return 'internal_error';
  return 'unexpected';
}

/**
 * Maps anything the SDK throws (or rejects with) to the buyer-facing message keys.
 * Reads `name`, `status` and `code` rather than using `instanceof`, so it still works when a page
 * ends up with two copies of the SDK.
 *
 * ```ts
 * const message = errorMessage(error);
 * show(t(message.title), t(message.nextStep), t('error.code', { code: message.displayCode }));
 * ```
 */
export function errorMessage(error: unknown): ErrorMessage {
  const shape: ErrorShape = typeof error === 'object' && error !== null ? (error as ErrorShape) : {};
  const apiCode = typeof shape.code === 'string' && shape.code ? shape.code : undefined;
  const status = typeof shape.status === 'number' ? shape.status : undefined;
  const requestId = typeof shape.requestId === 'string' ? shape.requestId : undefined;

  let code: ErrorCode | ClientErrorCode;
  if (shape.name === 'NetworkError') code = 'network_error';
  else if (shape.name === 'TimeoutError') code = 'timeout';
  else if (shape.name === 'ResponseValidationError') code = 'invalid_response';
  // Only the API's own codes this build maps (never a client code; the contract's English titles stay out of
  // browser bundles); a code from a newer contract is worded by status.
  else if (apiCode && Object.hasOwn(ERROR_GUIDANCE, apiCode) && !isClientCode(apiCode)) code = apiCode as ErrorCode;
  else code = codeForStatus(status);

  const { group, retryable } = ERROR_GUIDANCE[code];
  return {
    code,
    title: `error.${group}.title`,
    nextStep: `error.${group}.next_step`,
    retryable,
    displayCode: code === 'invalid_response' ? code : (apiCode ?? code),
    status,
    requestId,
  };
}

const isClientCode = (code: string): boolean => (CLIENT_ERROR_CODES as readonly string[]).includes(code);

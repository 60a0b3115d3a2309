import type { FieldError, Problem } from '@txassist/contract/types';

/** Base class of every error the SDK throws (aborts excepted: they reject with the signal's reason). */
export class TxError extends Error {
  override name = 'TxError';
}

export interface ApiErrorInit {
  status: number;
  code: string;
  requestId: string | undefined;
  problem: Problem | undefined;
  /** `Retry-After` in ms, when the server sent one. */
  retryAfterMs?: number | undefined;
}

/** The API answered with an error status. Switch on `code` (stable), never on `message`. */
export class ApiError extends TxError {
  override name = 'ApiError';
  readonly status: number;
  readonly code: string;
  readonly requestId: string | undefined;
  /** The RFC 9457 body when the server sent one that matches the contract. */
  readonly problem: Problem | undefined;
  /** Seconds the server asked us to wait (`Retry-After`), when it said so. */
  readonly retryAfter: number | undefined;

  constructor(init: ApiErrorInit) {
    super(init.problem?.detail ?? init.problem?.title ?? `HTTP ${init.status}`);
    this.status = init.status;
    this.code = init.code;
    this.requestId = init.requestId;
    this.problem = init.problem;
    this.retryAfter = init.retryAfterMs === undefined ? undefined : Math.ceil(init.retryAfterMs / 1000);
  }
}

export class AuthenticationError extends ApiError {
  override name = 'AuthenticationError';
}
export class PermissionError extends ApiError {
  override name = 'PermissionError';
}
export class NotFoundError extends ApiError {
  override name = 'NotFoundError';
}
export class ConflictError extends ApiError {
  override name = 'ConflictError';
}
/** The idempotency key was already used with a different request body. */
export class IdempotencyConflictError extends ApiError {
  override name = 'IdempotencyConflictError';
}
export class ServerError extends ApiError {
  override name = 'ServerError';
}

/** 400/422: the request was refused; `fieldErrors` says which fields and why. */
export class ValidationError extends ApiError {
  override name = 'ValidationError';
  readonly fieldErrors: readonly FieldError[];
  constructor(init: ApiErrorInit) {
    super(init);
    this.fieldErrors = init.problem?.errors ?? [];
  }
}

/** 429: slow down; `retryAfter` says for how many seconds when the server said so. */
export class RateLimitError extends ApiError {
  override name = 'RateLimitError';
}

/** The request never got an HTTP answer (DNS, refused or reset connection, CORS…). */
export class NetworkError extends TxError {
  override name = 'NetworkError';
}

/** An attempt took longer than the client's `timeout`. */
export class TimeoutError extends TxError {
  override name = 'TimeoutError';
}

/**
 * One way an answer breaks the contract, as the schema check reports it (a zod issue; only the fields the SDK
 * promises, so its declarations do not bring zod's types).
 */
export interface ContractIssue {
  readonly code: string;
  /** Where in the answer, e.g. `['data', 0, 'status']`. */
  readonly path: readonly PropertyKey[];
  readonly message: string;
  /** The value that broke it (may be absent). */
  readonly input?: unknown;
}

/** The server answered with something the contract does not allow (e.g. an unknown order status). */
export class ResponseValidationError extends TxError {
  override name = 'ResponseValidationError';
  readonly issues: readonly ContractIssue[];
  readonly status: number;
  readonly requestId: string | undefined;
  constructor(issues: readonly ContractIssue[], status: number, requestId: string | undefined) {
    super(
      `The server response does not match the contract: ${issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')}`,
    );
    this.issues = issues;
    this.status = status;
    this.requestId = requestId;
  }
}

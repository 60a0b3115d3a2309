import {
  ERROR_CODES,
  PROBLEM_CONTENT_TYPE,
  PROBLEM_TYPE_BASE,
  type ErrorCode,
  type FieldError,
  type Problem,
} from '@txassist/contract';

/** Thrown anywhere in a handler; the error handler turns it into problem+json. */
export class ProblemError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly detail?: string,
    readonly extra: { errors?: FieldError[]; retryAfterSeconds?: number } = {},
  ) {
    super(detail ?? ERROR_CODES[code].title);
    this.name = 'ProblemError';
  }

  get status(): number {
    return ERROR_CODES[this.code].status;
  }
}

export function problemBody(code: ErrorCode, requestId: string, detail?: string, errors?: FieldError[]): Problem {
  const definition = ERROR_CODES[code];
  return {
    type: `${PROBLEM_TYPE_BASE}${code}`,
    title: definition.title,
    status: definition.status,
    code,
    request_id: requestId,
    ...(detail ? { detail } : {}),
    ...(errors ? { errors } : {}),
  };
}

export function problemResponse(error: ProblemError, requestId: string): Response {
  const headers = new Headers({ 'Content-Type': PROBLEM_CONTENT_TYPE });
  if (error.extra.retryAfterSeconds !== undefined) headers.set('Retry-After', String(error.extra.retryAfterSeconds));
  const body = problemBody(error.code, requestId, error.detail, error.extra.errors);
  return new Response(JSON.stringify(body), { status: error.status, headers });
}

// Error codes without zod (browser bundles import these; problem.ts adds the problem schemas).

/**
 * Stable error codes. Clients switch on `code`, never on `title` or `detail`.
 * `status` is the HTTP status the server answers with.
 */
export const ERROR_CODES = {
  malformed_json: { status: 400, title: 'The request body is not valid JSON' },
  validation_failed: { status: 422, title: 'Some fields are missing or invalid' },
  invalid_query: { status: 400, title: 'The query parameters are invalid' },
  invalid_api_version: { status: 400, title: 'Unknown API version' },
  unsupported_media_type: { status: 415, title: 'Send the body as application/json' },
  payload_too_large: { status: 413, title: 'The request body is too large' },
  unauthenticated: { status: 401, title: 'Authentication is required' },
  invalid_api_key: { status: 401, title: 'The API key is not valid' },
  session_expired: { status: 401, title: 'The session has expired' },
  forbidden: { status: 403, title: 'You are not allowed to do this' },
  not_found: { status: 404, title: 'Not found' },
  method_not_allowed: { status: 405, title: 'Method not allowed' },
  idempotency_in_progress: { status: 409, title: 'A request with this idempotency key is still being processed' },
  idempotency_conflict: { status: 422, title: 'This idempotency key was already used with a different request' },
  invalid_idempotency_key: { status: 400, title: 'The idempotency key is not valid' },
  idempotency_key_used: {
    status: 409,
    title: 'This idempotency key already returned a credential, which is never sent twice',
  },
  invalid_transition: { status: 409, title: 'The order cannot change to that status now' },
  action_not_allowed: { status: 409, title: 'This action is not available for the order now' },
  rate_limited: { status: 429, title: 'Too many requests' },
  origin_not_allowed: { status: 403, title: "This page's origin is not registered for the publishable key" },
  invalid_credentials: { status: 401, title: 'The email or password is not right' },
  mfa_required: { status: 401, title: 'Enter the code from your authenticator app' },
  mfa_invalid: { status: 401, title: 'That code is not right or has expired' },
  consent_required: { status: 409, title: 'This consent is needed to fulfil orders' },
  erasure_blocked: { status: 409, title: 'Your data cannot be deleted yet' },
  export_not_ready: { status: 409, title: 'Your data export is not ready yet' },
  export_gone: { status: 410, title: 'This download is no longer available' },
  invalid_signature: { status: 401, title: 'The webhook signature is missing, wrong or too old' },
  checkout_closed: { status: 422, title: 'This checkout was already placed or has expired' },
  product_unavailable: { status: 422, title: 'A product in the cart is not available' },
  payment_method_unavailable: { status: 422, title: 'This payment method is not available for this order' },
  card_token_invalid: { status: 422, title: 'The card details expired or were already used; enter the card again' },
  payment_intent_unexpected_state: { status: 422, title: 'The payment cannot do that in its current state' },
  verification_failed: { status: 422, title: 'That code is not right' },
  verification_expired: { status: 410, title: 'That code has expired; ask for a new one' },
  verification_locked: { status: 422, title: 'Too many wrong codes; this payment was stopped' },
  resend_too_soon: { status: 422, title: 'Wait a moment before asking for a new code' },
  transition_not_allowed: { status: 409, title: 'This step is not possible in the case’s current status' },
  not_eligible: { status: 409, title: 'The order is not eligible for this request now' },
  case_already_open: { status: 409, title: 'A dispute about this order is already open' },
  claim_exceeds_order: { status: 422, title: 'The items or quantities are not in the order or were already claimed' },
  refund_limit_exceeded: { status: 409, title: 'The refund would be more than what is left of the payment' },
  evidence_type_not_allowed: { status: 422, title: 'This file type is not accepted as evidence' },
  evidence_too_large: { status: 422, title: 'This file is too large' },
  evidence_limit_reached: { status: 422, title: 'Too many files' },
  evidence_not_found: { status: 422, title: 'An evidence file was not found or cannot be used here' },
  feedback_not_allowed: { status: 409, title: 'This can be rated once it is closed' },
  internal_error: { status: 500, title: 'Something went wrong on our side' },
  service_unavailable: { status: 503, title: 'The service is temporarily unavailable' },
} as const satisfies Record<string, { status: number; title: string }>;

export type ErrorCode = keyof typeof ERROR_CODES;
export const ERROR_CODE_LIST = Object.keys(ERROR_CODES) as ErrorCode[];

export function isErrorCode(value: string): value is ErrorCode {
  return Object.hasOwn(ERROR_CODES, value);
}

/** Base URI of the problem `type` documentation: `${PROBLEM_TYPE_BASE}${code}`. */
export const PROBLEM_TYPE_BASE = 'https://txassist.dev/problems/';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

import type { ErrorCode } from '@txassist/contract/types';

/**
 * Codes the SDK itself produces when there is no API answer to read a code from
 * (`NetworkError`, `TimeoutError`, `ResponseValidationError`, anything else).
 */
export const CLIENT_ERROR_CODES = ['network_error', 'timeout', 'invalid_response', 'unexpected'] as const;
export type ClientErrorCode = (typeof CLIENT_ERROR_CODES)[number];

/**
 * Buyers cannot tell a malformed query from a wrong media type, so several codes share one message.
 * Each group has `error.<group>.title` and `error.<group>.next_step` in every catalog.
 */
export type ErrorMessageGroup =
  | 'request_invalid'
  | 'validation_failed'
  | 'payload_too_large'
  | 'unauthenticated'
  | 'not_configured'
  | 'forbidden'
  | 'not_found'
  | 'in_progress'
  | 'action_unavailable'
  | 'rate_limited'
  | 'server_error'
  | 'unavailable'
  | 'network'
  | 'timeout'
  | 'sign_in_failed'
  | 'code_required'
  | 'code_invalid'
  | 'consent_required'
  | 'erasure_blocked'
  | 'gone'
  | 'unexpected';

export interface ErrorGuidance {
  readonly group: ErrorMessageGroup;
  /** Whether the buyer trying the same thing again, unchanged, can succeed. */
  readonly retryable: boolean;
}

/** Every contract error code and every client code → its message group. A new contract code fails the type check until it is listed. */
export const ERROR_GUIDANCE: Readonly<Record<ErrorCode | ClientErrorCode, ErrorGuidance>> = {
  malformed_json: { group: 'request_invalid', retryable: false },
  validation_failed: { group: 'validation_failed', retryable: false },
  invalid_query: { group: 'request_invalid', retryable: false },
  invalid_api_version: { group: 'request_invalid', retryable: false },
  unsupported_media_type: { group: 'request_invalid', retryable: false },
  payload_too_large: { group: 'payload_too_large', retryable: false },
  unauthenticated: { group: 'unauthenticated', retryable: false },
  invalid_api_key: { group: 'not_configured', retryable: false },
  session_expired: { group: 'unauthenticated', retryable: false },
  forbidden: { group: 'forbidden', retryable: false },
  not_found: { group: 'not_found', retryable: false },
  method_not_allowed: { group: 'request_invalid', retryable: false },
  idempotency_in_progress: { group: 'in_progress', retryable: true },
  idempotency_conflict: { group: 'request_invalid', retryable: false },
  invalid_idempotency_key: { group: 'request_invalid', retryable: false },
  idempotency_key_used: { group: 'request_invalid', retryable: false },
  invalid_transition: { group: 'action_unavailable', retryable: false },
  action_not_allowed: { group: 'action_unavailable', retryable: false },
  rate_limited: { group: 'rate_limited', retryable: true },
  origin_not_allowed: { group: 'not_configured', retryable: false },
  invalid_credentials: { group: 'sign_in_failed', retryable: false },
  mfa_required: { group: 'code_required', retryable: false },
  mfa_invalid: { group: 'code_invalid', retryable: false },
  consent_required: { group: 'consent_required', retryable: false },
  erasure_blocked: { group: 'erasure_blocked', retryable: false },
  export_not_ready: { group: 'in_progress', retryable: true },
  export_gone: { group: 'gone', retryable: false },
  invalid_signature: { group: 'request_invalid', retryable: false },
  transition_not_allowed: { group: 'action_unavailable', retryable: false },
  not_eligible: { group: 'action_unavailable', retryable: false },
  case_already_open: { group: 'action_unavailable', retryable: false },
  claim_exceeds_order: { group: 'validation_failed', retryable: false },
  refund_limit_exceeded: { group: 'action_unavailable', retryable: false },
  evidence_type_not_allowed: { group: 'validation_failed', retryable: false },
  evidence_too_large: { group: 'payload_too_large', retryable: false },
  evidence_limit_reached: { group: 'validation_failed', retryable: false },
  evidence_not_found: { group: 'validation_failed', retryable: false },
  checkout_closed: { group: 'action_unavailable', retryable: false },
  product_unavailable: { group: 'action_unavailable', retryable: false },
  payment_method_unavailable: { group: 'action_unavailable', retryable: false },
  card_token_invalid: { group: 'validation_failed', retryable: false },
  payment_intent_unexpected_state: { group: 'action_unavailable', retryable: false },
  verification_failed: { group: 'code_invalid', retryable: false },
  verification_expired: { group: 'code_invalid', retryable: false },
  verification_locked: { group: 'action_unavailable', retryable: false },
  resend_too_soon: { group: 'rate_limited', retryable: true },
  feedback_not_allowed: { group: 'action_unavailable', retryable: false },
  internal_error: { group: 'server_error', retryable: true },
  service_unavailable: { group: 'unavailable', retryable: true },
  network_error: { group: 'network', retryable: true },
  timeout: { group: 'timeout', retryable: true },
  invalid_response: { group: 'unexpected', retryable: true },
  unexpected: { group: 'unexpected', retryable: true },
};

import type { MessageKey } from '../i18n/en.js';

/** Stable codes of why an element could not load its data. */
export type LoadFailureCode =
  | 'not_found'
  | 'network_error'
  | 'timeout'
  | 'service_unavailable'
  | 'rate_limited'
  | 'unauthenticated'
  | 'invalid_response'
  | 'not_configured'
  | 'unexpected';

export interface LoadFailure {
  readonly code: LoadFailureCode;
  /** Whether asking again can succeed without the buyer changing anything. */
  readonly retryable: boolean;
  readonly title: MessageKey;
  readonly nextStep: MessageKey;
  /** What the buyer can quote to support: the API's `code` when it sent one, else ours. */
  readonly displayCode: string;
}

const FAILURES: Readonly<Record<LoadFailureCode, Omit<LoadFailure, 'code' | 'displayCode'>>> = {
  not_found: { retryable: false, title: 'error.not_found.title', nextStep: 'error.not_found.next_step' },
  network_error: { retryable: true, title: 'error.network.title', nextStep: 'error.network.next_step' },
  timeout: { retryable: true, title: 'error.timeout.title', nextStep: 'error.timeout.next_step' },
  service_unavailable: { retryable: true, title: 'error.unavailable.title', nextStep: 'error.unavailable.next_step' },
  rate_limited: { retryable: true, title: 'error.rate_limited.title', nextStep: 'error.rate_limited.next_step' },
  unauthenticated: {
    retryable: false,
    title: 'error.unauthenticated.title',
    nextStep: 'error.unauthenticated.next_step',
  },
  invalid_response: { retryable: true, title: 'error.unexpected.title', nextStep: 'error.unexpected.next_step' },
  not_configured: { retryable: false, title: 'error.not_configured.title', nextStep: 'error.not_configured.next_step' },
  unexpected: { retryable: true, title: 'error.unexpected.title', nextStep: 'error.unexpected.next_step' },
};

export function loadFailure(code: LoadFailureCode, displayCode: string = code): LoadFailure {
  return { code, displayCode, ...FAILURES[code] };
}

interface ErrorShape {
  name?: unknown;
  status?: unknown;
  code?: unknown;
}

/**
 * Maps what the SDK threw to what the buyer sees. Reads `name`, `status` and `code` rather than
 * using `instanceof`, so it still works when a page ends up with two copies of the SDK.
 */
export function describeLoadFailure(error: unknown): LoadFailure {
  const shape: ErrorShape = typeof error === 'object' && error !== null ? (error as ErrorShape) : {};
  const apiCode = typeof shape.code === 'string' ? shape.code : undefined;
  const status = typeof shape.status === 'number' ? shape.status : undefined;
  const withCode = (code: LoadFailureCode) => loadFailure(code, apiCode ?? code);

  switch (shape.name) {
    case 'NetworkError':
      return withCode('network_error');
    case 'TimeoutError':
      return withCode('timeout');
    case 'ResponseValidationError':
      return loadFailure('invalid_response');
  }
  // A foreign order answers like a missing one: the tracker never confirms that an order exists.
  if (status === 404 || status === 403) return withCode('not_found');
  if (status === 401) return withCode('unauthenticated');
  if (status === 429) return withCode('rate_limited');
  if (status !== undefined && status >= 500) return withCode('service_unavailable');
  return withCode('unexpected');
}

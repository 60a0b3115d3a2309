import type { MessageKey } from '@txassist/sdk/i18n';
import { describeFailure } from './failure.js';

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

/** Failures the element itself detects, before or without asking the API. */
export function loadFailure(code: 'not_found' | 'not_configured'): LoadFailure {
  return {
    code,
    displayCode: code,
    retryable: false,
    title: `tracker.${code}.title`,
    nextStep: `tracker.${code}.next_step`,
  };
}

/** The event code for what the SDK threw; the wording comes from the SDK's shared error messages. */
function failureCode(name: unknown, status: number | undefined): LoadFailureCode {
  if (name === 'NetworkError') return 'network_error';
  if (name === 'TimeoutError') return 'timeout';
  if (name === 'ResponseValidationError') return 'invalid_response';
  if (status === 404 || status === 403) return 'not_found';
  if (status === 401) return 'unauthenticated';
  if (status === 429) return 'rate_limited';
  if (status !== undefined && status >= 500) return 'service_unavailable';
  return 'unexpected';
}

/**
 * Maps what the SDK threw to what the buyer sees: `describeFailure` for the wording (one message per API
 * code, in every locale; read once its table is here, see there), with the tracker's own "can't find this
 * order" for 403 and 404, since the tracker never confirms that someone else's order exists.
 */
export function describeLoadFailure(error: unknown): LoadFailure {
  const message = describeFailure(error);
  const { name, status } = (typeof error === 'object' && error !== null ? error : {}) as {
    name?: unknown;
    status?: unknown;
  };
  const code = failureCode(name, typeof status === 'number' ? status : undefined);
  const found = code === 'not_found' ? loadFailure('not_found') : undefined;
  return {
    code,
    get retryable() {
      return found ? found.retryable : message.retryable;
    },
    get title() {
      return found ? found.title : message.title;
    },
    get nextStep() {
      return found ? found.nextStep : message.nextStep;
    },
    get displayCode() {
      return message.displayCode;
    },
  };
}

import { errorMessage, type MessageKey } from '@txassist/sdk/i18n';
import { wantErrorWords } from '../i18n/error-words.js';

/** What the buyer is told when something an element asked of the API fails. */
export interface Failure {
  /** Stable code: the API's, or the SDK's client code (`network_error`, …), or `not_configured`. */
  readonly code: string;
  readonly title: MessageKey;
  readonly nextStep: MessageKey;
  /** Whether doing the same thing again, unchanged, can work (a Try again button is offered). */
  readonly retryable: boolean;
  /** What the buyer can quote to support. */
  readonly displayCode: string;
}

/** The element has neither a client, nor settings to build one, nor a provider around it. */
export const NOT_CONFIGURED: Failure = {
  code: 'not_configured',
  title: 'error.not_configured.title',
  nextStep: 'error.not_configured.next_step',
  retryable: false,
  displayCode: 'not_configured',
};

/** Maps what the SDK threw to the buyer's message (title, next step, code to quote), and starts loading its words. */
export function describeFailure(error: unknown): Failure {
  const { code, title, nextStep, retryable, displayCode } = errorMessage(error);
  wantErrorWords(title);
  return { code, title, nextStep, retryable, displayCode };
}

/** An aborted request (the element was removed or its settings changed): nobody needs to hear about it. */
export function isAbort(error: unknown, signal: AbortSignal): boolean {
  return signal.aborted || (error instanceof DOMException && error.name === 'AbortError');
}

import type { ErrorMessage, MessageKey } from '@txassist/sdk/i18n';
import { loadedErrorMessage, wantErrorWords } from '../i18n/error-words.js';

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

/** No connection: worded in `core`, so an offline element says so without loading anything. */
const OFFLINE = {
  code: 'network_error',
  title: 'error.network.title',
  nextStep: 'error.network.next_step',
  retryable: true,
  displayCode: 'network_error',
} as const satisfies Failure;

/**
 * Maps what the SDK threw to the buyer's message (title, next step, code to quote). The code → message
 * table (`ERROR_GUIDANCE`) comes with the `errors` words (`i18n/error-words.ts`), which this starts loading
 * and the element waits for before it renders the problem, so the fields are read then: the first render
 * carries neither. Offline, or if that chunk does not load, the problem is worded as a lost connection.
 */
export function describeFailure(error: unknown): Failure {
  if ((error as { name?: unknown } | null)?.name === 'NetworkError') return OFFLINE;
  wantErrorWords();
  let message: ErrorMessage | undefined;
  const read = (): Failure => (message ??= loadedErrorMessage(error)) ?? OFFLINE;
  return {
    get code() {
      return read().code;
    },
    get title() {
      return read().title;
    },
    get nextStep() {
      return read().nextStep;
    },
    get retryable() {
      return read().retryable;
    },
    get displayCode() {
      return read().displayCode;
    },
  };
}

/** An aborted request (the element was removed or its settings changed): nobody needs to hear about it. */
export function isAbort(error: unknown, signal: AbortSignal): boolean {
  return signal.aborted || (error instanceof DOMException && error.name === 'AbortError');
}

import type { TxEvent } from '@txassist/contract/types';
import { EVENT_TYPES, SSE_RETRY_MS, streamEventsRoute } from './contract.generated.js';
import { ApiError, NetworkError, ResponseValidationError, TimeoutError, type ContractIssue } from '../errors.js';
import { sleep } from './abort.js';
import type { Http, ResponseValidator } from './http.js';
import { isRetryableStatus, retryDelay } from './retry.js';
import { createSseParser, type SseMessage } from './sse.js';

export type StreamStatus = 'connecting' | 'open' | 'reconnecting' | 'closed';

export interface EventConnectionOptions {
  /** Ends the connection for good. */
  signal: AbortSignal;
  /** Resume after this event id (an event's `sequence`); without it the server starts at "now". */
  lastEventId: string | undefined;
  /** Reconnect when nothing (not even a heartbeat) arrives for this long, in ms; 0 disables. */
  idleTimeout: number;
  /** Each valid event once, in order (also across reconnects). */
  onEvent(event: TxEvent): void;
  onStatus(status: StreamStatus): void;
  /** An event that breaks the contract: reported, the stream goes on. */
  onInvalidEvent(error: ResponseValidationError): void;
  /** The API refused the stream for good (e.g. AuthenticationError): the connection ends after this. */
  onFatal(error: unknown): void;
}

const isKnownType = (type: unknown) => (EVENT_TYPES as readonly unknown[]).includes(type);

const invalid = (message: string, input: unknown) => {
  const issue: ContractIssue = { code: 'custom', path: [], message, input };
  return new ResponseValidationError([issue], 200, undefined);
};

/**
 * An event of a type this SDK knows (extra fields kept), `undefined` for a type added to the API after this
 * SDK was built (ignored, so old embeds keep working), or the error when the data is not an event at all.
 * With `validateResponses` set, known events are also checked against the contract.
 */
function parseEvent(
  data: string,
  validator: ResponseValidator | undefined,
): TxEvent | ResponseValidationError | undefined {
  let json: unknown;
  try {
    json = JSON.parse(data);
  } catch {
    return invalid('The event data is not valid JSON', data);
  }
  const event = json as Partial<Record<keyof TxEvent, unknown>> | null;
  if (typeof event !== 'object' || event === null || typeof event.type !== 'string')
    return invalid('The event has no type', json);
  if (!isKnownType(event.type)) return undefined;
  if (!Number.isSafeInteger(event.sequence) || (event.sequence as number) < 1)
    return invalid('The event has no sequence number', json);
  return validator ? validator.validateEvent(json) : (json as TxEvent);
}

const isEventName = (name: string) => name === 'message' || isKnownType(name);

/**
 * One logical event stream over Server-Sent Events (fetch streaming, so the session token goes in a
 * header): reconnects by itself with backoff, resumes with `Last-Event-ID`, never delivers an event
 * twice. Runs until `signal` aborts or the API refuses the stream for good.
 */
export function runEventConnection(http: Http, options: EventConnectionOptions): void {
  const { signal, idleTimeout } = options;
  let lastEventId = options.lastEventId;
  let lastSequence = Number(lastEventId) || 0;
  let retryMs = SSE_RETRY_MS;
  let status: StreamStatus | undefined;
  let failures = 0; // consecutive failed connections

  const setStatus = (next: StreamStatus) => {
    if (next !== status) options.onStatus((status = next));
  };

  const deliver = (message: SseMessage) => {
    if (!isEventName(message.event)) return; // event kinds this SDK does not know yet
    const event = parseEvent(message.data, http.validator);
    lastEventId = message.id || lastEventId;
    if (event === undefined) return; // an event type this SDK does not know yet
    if (event instanceof ResponseValidationError) return options.onInvalidEvent(event);
    if (event.sequence <= lastSequence) return; // already delivered before a reconnect
    lastSequence = event.sequence;
    lastEventId = message.id || String(event.sequence);
    options.onEvent(event);
  };

  /** One connection: resolves when the server ends the stream; rejects on failure. */
  const connect = async () => {
    const connection = new AbortController();
    const connectionSignal = AbortSignal.any([signal, connection.signal]);
    const { response } = await http.send(
      streamEventsRoute,
      {},
      {
        signal: connectionSignal,
        stream: true,
        maxRetries: 0,
        headers: lastEventId ? { 'Last-Event-ID': lastEventId } : {},
      },
    );
    setStatus('open');
    failures = 0;
    const feed = createSseParser({ onMessage: deliver, onRetry: (ms) => (retryMs = ms) }, lastEventId);
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let idle: ReturnType<typeof setTimeout> | undefined;
    const resetIdle = () => {
      clearTimeout(idle);
      if (idleTimeout > 0) idle = setTimeout(() => connection.abort(), idleTimeout);
    };
    try {
      resetIdle();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        resetIdle();
        feed(decoder.decode(value, { stream: true }));
      }
    } catch (error) {
      throw new NetworkError('The event stream was interrupted', { cause: error });
    } finally {
      clearTimeout(idle);
      connection.abort();
    }
  };

  void (async () => {
    setStatus('connecting');
    while (!signal.aborted) {
      let waitMs = retryMs;
      try {
        await connect();
      } catch (error) {
        if (signal.aborted) break;
        const transient =
          error instanceof NetworkError ||
          error instanceof TimeoutError ||
          (error instanceof ApiError && isRetryableStatus(error.status, error.code));
        if (!transient) {
          options.onFatal(error);
          break;
        }
        const retryAfterMs = error instanceof ApiError && error.retryAfter !== undefined ? error.retryAfter * 1000 : 0;
        // Back off while the server keeps failing; the first retry after a healthy stream waits `retry:` only.
        waitMs = Math.max(retryMs, retryAfterMs) + (failures > 0 ? retryDelay(failures - 1, http.backoff) : 0);
        failures++;
      }
      if (signal.aborted) break;
      setStatus('reconnecting');
      await sleep(waitMs, signal).catch(() => undefined);
    }
    setStatus('closed');
  })();
}

import { EVENT_TYPES, SSE_RETRY_MS, streamEventsRoute, TxEvent } from '@txassist/contract';
import { safeParse, type core } from 'zod/mini';
import { ApiError, NetworkError, ResponseValidationError, TimeoutError } from '../errors.js';
import { sleep } from '../internal/abort.js';
import type { Http } from '../internal/http.js';
import { isRetryableStatus, retryDelay } from '../internal/retry.js';
import { createSseParser, type SseMessage } from '../internal/sse.js';

export type StreamStatus = 'connecting' | 'open' | 'reconnecting' | 'closed';

export interface SubscribeOptions {
  /** Stops the subscription when aborted (as does calling the returned function). */
  signal?: AbortSignal;
  /** Resume after this event id (an event's `sequence`), e.g. one kept from an earlier page view. */
  lastEventId?: string;
  onStatus?: (status: StreamStatus) => void;
  /**
   * Problems that do not stop the stream (an event that breaks the contract, a throwing handler) and the
   * final error when the API refuses the stream for good (e.g. AuthenticationError). Without it, they are
   * rethrown asynchronously so they are not lost.
   */
  onError?: (error: unknown) => void;
  /** Reconnect when nothing (not even a heartbeat) arrives for this long, in ms. 0 disables. Default 45 s. */
  idleTimeout?: number;
}

function parseEvent(data: string): TxEvent | ResponseValidationError {
  let json: unknown;
  try {
    json = JSON.parse(data);
  } catch {
    const issue: core.$ZodIssue = {
      code: 'custom',
      path: [],
      message: 'The event data is not valid JSON',
      input: data,
    };
    return new ResponseValidationError([issue], 200, undefined);
  }
  const result = safeParse(TxEvent, json);
  return result.success ? result.data : new ResponseValidationError(result.error.issues, 200, undefined);
}

const isEventName = (name: string) => name === 'message' || (EVENT_TYPES as readonly string[]).includes(name);

export function createEventsResource(http: Http) {
  return {
    /**
     * Live updates over Server-Sent Events (fetch streaming, so the session token goes in a header).
     * Reconnects by itself and resumes with `Last-Event-ID`; every event reaches `handler` once, in order.
     * Returns a function that stops the subscription.
     */
    subscribe(handler: (event: TxEvent) => void, options: SubscribeOptions = {}): () => void {
      const stop = new AbortController();
      const signal = options.signal ? AbortSignal.any([options.signal, stop.signal]) : stop.signal;
      const idleTimeout = options.idleTimeout ?? 45_000;
      let lastEventId = options.lastEventId;
      let lastSequence = Number(lastEventId) || 0;
      let retryMs = SSE_RETRY_MS;
      let status: StreamStatus | undefined;
      let failures = 0; // consecutive failed connections

      const setStatus = (next: StreamStatus) => {
        if (next !== status) options.onStatus?.((status = next));
      };
      const report = (error: unknown) => {
        if (options.onError) options.onError(error);
        else
          setTimeout(() => {
            throw error;
          });
      };

      const deliver = (message: SseMessage) => {
        if (!isEventName(message.event)) return; // event kinds this SDK does not know yet
        const event = parseEvent(message.data);
        lastEventId = message.id || lastEventId;
        if (event instanceof ResponseValidationError) return report(event);
        if (event.sequence <= lastSequence) return; // already delivered before a reconnect
        lastSequence = event.sequence;
        lastEventId = message.id || String(event.sequence);
        try {
          handler(event);
        } catch (error) {
          report(error);
        }
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
              report(error);
              break;
            }
            const retryAfterMs =
              error instanceof ApiError && error.retryAfter !== undefined ? error.retryAfter * 1000 : 0;
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

      return () => stop.abort();
    },
  };
}

export type EventsResource = ReturnType<typeof createEventsResource>;

import type { TxEvent } from '@txassist/contract/types';
import type { StreamStatus } from '../internal/event-connection.js';
import type { Http } from '../internal/http.js';
import { SharedEventStream, type StreamSubscriber } from '../internal/shared-event-stream.js';

export type { StreamStatus } from '../internal/event-connection.js';

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
  /**
   * Reconnect when nothing (not even a heartbeat) arrives for this long, in ms. 0 disables. Default 45 s.
   * The first subscriber of a shared connection sets it.
   */
  idleTimeout?: number;
}

/** `lastEventId` as a sequence number; `NaN` for an id this server never sends. */
const sequenceOf = (lastEventId: string) => (/^\d{1,15}$/.test(lastEventId) ? Number(lastEventId) : Number.NaN);

export function createEventsResource(http: Http) {
  /** The connection every subscriber of this client shares, while it has subscribers. */
  let shared: SharedEventStream | undefined;

  return {
    /**
     * Live updates over Server-Sent Events (fetch streaming, so the session token goes in a header).
     * Reconnects by itself and resumes with `Last-Event-ID`; every event reaches `handler` once, in order.
     * All subscribers of one client share one connection (a subscriber resuming from further back than
     * it reaches gets its own). Returns a function that stops the subscription.
     */
    subscribe(handler: (event: TxEvent) => void, options: SubscribeOptions = {}): () => void {
      const lastEventId = options.lastEventId || undefined;
      const resumeAfter = lastEventId === undefined ? undefined : sequenceOf(lastEventId);
      const subscriber: StreamSubscriber = {
        handler,
        onStatus: options.onStatus,
        onError: options.onError,
        lastSequence: resumeAfter || 0,
      };
      const open = (onEnd: () => void) =>
        new SharedEventStream(http, { lastEventId, idleTimeout: options.idleTimeout ?? 45_000, onEnd });

      let stream: SharedEventStream;
      if (resumeAfter !== undefined && Number.isNaN(resumeAfter)) stream = open(() => undefined);
      else if (shared?.covers(resumeAfter)) stream = shared;
      else if (!shared) {
        const created: SharedEventStream = open(() => {
          if (shared === created) shared = undefined;
        });
        stream = shared = created;
      } else stream = open(() => undefined); // further behind than the shared connection reaches

      stream.join(subscriber, resumeAfter !== undefined);
      const stop = () => stream.leave(subscriber);
      if (options.signal?.aborted) stop();
      else options.signal?.addEventListener('abort', stop, { once: true });
      return stop;
    },
  };
}

export type EventsResource = ReturnType<typeof createEventsResource>;

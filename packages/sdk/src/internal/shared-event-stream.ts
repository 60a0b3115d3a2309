import type { TxEvent } from '@txassist/contract/types';
import type { Http } from './http.js';
import { runEventConnection, type StreamStatus } from './event-connection.js';

/** Recent events kept so a subscriber that resumes a little behind can join without a connection of its own. */
const REPLAY_LIMIT = 500;

export interface StreamSubscriber {
  readonly handler: (event: TxEvent) => void;
  readonly onStatus: ((status: StreamStatus) => void) | undefined;
  readonly onError: ((error: unknown) => void) | undefined;
  /** The newest sequence this subscriber has had (or resumed after); older events are not delivered again. */
  lastSequence: number;
}

export interface SharedEventStreamOptions {
  lastEventId: string | undefined;
  idleTimeout: number;
  /** The stream ended: its last subscriber left, or the API refused it for good. */
  onEnd(): void;
}

/**
 * One event-stream connection shared by every subscriber of a client. A page with ten trackers holds
 * one connection, not ten: browsers allow six HTTP/1.1 connections per origin, so one stream per
 * element would stall every other request to the API. Each subscriber still gets each event once, in
 * order, from where it resumed; the connection closes when the last subscriber leaves.
 */
export class SharedEventStream {
  readonly #subscribers = new Set<StreamSubscriber>();
  readonly #stop = new AbortController();
  readonly #onEnd: () => void;
  #status: StreamStatus = 'connecting';
  #ended = false;
  /** Events since the connection started, oldest first (at most REPLAY_LIMIT). */
  readonly #recent: TxEvent[] = [];
  /** Every event after this sequence is in `#recent` or was never sent; unknown for a stream started at "now" until its first event. */
  #coveredAfter: number | undefined;

  constructor(http: Http, options: SharedEventStreamOptions) {
    this.#onEnd = options.onEnd;
    this.#coveredAfter = options.lastEventId === undefined ? undefined : Number(options.lastEventId);
    runEventConnection(http, {
      signal: this.#stop.signal,
      lastEventId: options.lastEventId,
      idleTimeout: options.idleTimeout,
      onEvent: (event) => this.#deliver(event),
      onStatus: (status) => this.#setStatus(status),
      onInvalidEvent: (error) => this.#reportToAll(error),
      onFatal: (error) => {
        this.#reportToAll(error);
        this.#end();
      },
    });
  }

  /**
   * Whether a subscriber resuming after `lastSequence` (`undefined`: from now on) would miss nothing
   * by joining this stream.
   */
  covers(lastSequence: number | undefined): boolean {
    if (this.#ended) return false;
    if (lastSequence === undefined) return true;
    const after = this.#coveredAfter ?? this.#recent[0]?.sequence;
    return after !== undefined && lastSequence >= after;
  }

  /** Adds a subscriber: it is told the status, gets the recent events after its `lastSequence`, then live ones. */
  join(subscriber: StreamSubscriber, resuming: boolean): void {
    this.#subscribers.add(subscriber);
    subscriber.onStatus?.('connecting');
    queueMicrotask(() => {
      if (!this.#subscribers.has(subscriber)) return;
      if (resuming) for (const event of this.#recent) this.#deliverTo(subscriber, event);
      else subscriber.lastSequence = Math.max(subscriber.lastSequence, this.#recent.at(-1)?.sequence ?? 0);
      if (this.#status !== 'connecting') subscriber.onStatus?.(this.#status);
    });
  }

  /** Removes a subscriber (it is told `closed`); the connection closes with the last one. */
  leave(subscriber: StreamSubscriber): void {
    if (!this.#subscribers.delete(subscriber)) return;
    queueMicrotask(() => subscriber.onStatus?.('closed'));
    if (this.#subscribers.size === 0) this.#end();
  }

  #end(): void {
    if (this.#ended) return;
    this.#ended = true;
    this.#stop.abort();
    this.#onEnd();
  }

  #deliver(event: TxEvent): void {
    this.#recent.push(event);
    if (this.#recent.length > REPLAY_LIMIT) this.#coveredAfter = this.#recent.shift()!.sequence;
    for (const subscriber of [...this.#subscribers]) this.#deliverTo(subscriber, event);
  }

  #deliverTo(subscriber: StreamSubscriber, event: TxEvent): void {
    if (event.sequence <= subscriber.lastSequence) return;
    subscriber.lastSequence = event.sequence;
    try {
      subscriber.handler(event);
    } catch (error) {
      report(subscriber, error);
    }
  }

  #setStatus(status: StreamStatus): void {
    this.#status = status;
    // `closed` reaches subscribers when they leave or when the API refuses the stream (below).
    if (status === 'closed' && this.#subscribers.size === 0) return;
    for (const subscriber of [...this.#subscribers]) subscriber.onStatus?.(status);
    if (status === 'closed') this.#subscribers.clear();
  }

  #reportToAll(error: unknown): void {
    const unheard = [...this.#subscribers].filter((subscriber) => !subscriber.onError);
    for (const subscriber of this.#subscribers) subscriber.onError?.(error);
    // Without an `onError`, rethrown asynchronously (once), so it is not lost.
    if (unheard.length > 0)
      setTimeout(() => {
        throw error;
      });
  }
}

function report(subscriber: StreamSubscriber, error: unknown): void {
  if (subscriber.onError) subscriber.onError(error);
  else
    setTimeout(() => {
      throw error;
    });
}

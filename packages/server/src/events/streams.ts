import type { TxEvent } from '@txassist/contract';
import type { Principal } from '../domain/principal.js';
import type { EventBus } from './bus.js';
import type { EventFeed } from './feed.js';

/** Reads events the feed no longer holds (a resume from far back): the events table, for one stream. */
export type CatchUpRead = (principal: Principal, afterSequence: number) => Promise<TxEvent[]>;

/** A stream whose reader fell this many chunks behind is closed; the client resumes with Last-Event-ID. */
const MAX_BACKLOG_CHUNKS = 1000;

const encoder = new TextEncoder();

/** One open event stream: no promise, timer or listener of its own while idle. */
interface Subscriber {
  readonly principal: Principal;
  readonly controller: ReadableStreamDefaultController<Uint8Array>;
  /** The newest sequence this stream has been given (or passed over as not its own). */
  last: number;
  /** Reading the table for it (far behind the feed): deliveries wait for that. */
  catchingUp: boolean;
}

/** The SSE frame of an event, as Hono's `writeSSE` wrote it (event, data, id). */
export function sseFrame(event: TxEvent): string {
  return `event: ${event.type}\ndata: ${JSON.stringify(event)}\nid: ${event.sequence}\n\n`;
}

/**
 * Every event stream of this process. On a notification the feed reads the new events once, each
 * event is serialised and encoded once, and the same bytes are queued, synchronously, on every
 * stream allowed to see it. Before, each stream ran its own wait-read-stringify-write loop (a
 * promise, a timer and an abort listener per idle stream, one JSON.stringify per subscriber).
 */
export class EventStreams {
  readonly #feed: EventFeed;
  readonly #bus: EventBus;
  readonly #catchUpRead: CatchUpRead;
  readonly #subscribers = new Set<Subscriber>();
  readonly #heartbeat: ReturnType<typeof setInterval>;
  #delivering: Promise<void> | undefined;
  #again = false;
  readonly #unsubscribe: () => void;

  constructor(feed: EventFeed, bus: EventBus, catchUpRead: CatchUpRead, heartbeatMs: number) {
    this.#feed = feed;
    this.#bus = bus;
    this.#catchUpRead = catchUpRead;
    this.#unsubscribe = bus.subscribe(() => this.#deliverSoon());
    // One timer for all streams: a comment keeps proxies from closing idle connections, and the
    // delivery re-reads the table when the last read is older than `eventPollMs` (a lost NOTIFY).
    this.#heartbeat = setInterval(() => {
      const ping = encoder.encode(': ping\n\n');
      for (const subscriber of this.#subscribers) this.#enqueue(subscriber, ping);
      this.#deliverSoon();
    }, heartbeatMs);
    this.#heartbeat.unref?.();
  }

  /** Open streams (for tests and benchmarks). */
  get size(): number {
    return this.#subscribers.size;
  }

  /** A `text/event-stream` body for `principal`, starting after `afterSequence`. */
  open(principal: Principal, afterSequence: number, retryMs: number): ReadableStream<Uint8Array> {
    let subscriber: Subscriber | undefined;
    return new ReadableStream<Uint8Array>({
      start: (controller) => {
        controller.enqueue(encoder.encode(`retry: ${retryMs}\n: connected\n\n`));
        if (this.#bus.stopped) {
          controller.close();
          return;
        }
        subscriber = { principal, controller, last: afterSequence, catchingUp: false };
        this.#subscribers.add(subscriber);
        // Whatever was written since `afterSequence`, without waiting for the next notification.
        void this.#deliverTo(subscriber);
      },
      cancel: () => {
        if (subscriber) this.#subscribers.delete(subscriber);
      },
    });
  }

  /**
   * Ends every stream with a reconnect hint (this process is draining in a rolling deploy): each
   * client reconnects through the balancer to a process that stays and resumes with Last-Event-ID,
   * so it misses nothing.
   */
  drain(retryMs: number): void {
    const hint = encoder.encode(`retry: ${retryMs}\n: this server is shutting down, reconnect\n\n`);
    for (const subscriber of this.#subscribers) this.#enqueue(subscriber, hint);
    this.close();
  }

  /** Ends every stream (server shutting down). */
  close(): void {
    clearInterval(this.#heartbeat);
    this.#unsubscribe();
    for (const subscriber of this.#subscribers) {
      try {
        subscriber.controller.close();
      } catch {
        // already closed by its reader
      }
    }
    this.#subscribers.clear();
  }

  /** Single flight: one feed read and one pass over the streams at a time; a notification meanwhile runs another. */
  #deliverSoon(): void {
    if (this.#bus.stopped) return this.close();
    if (this.#delivering) {
      this.#again = true;
      return;
    }
    this.#delivering = (async () => {
      do {
        this.#again = false;
        await this.#feed.catchUp();
        const frames = new Map<TxEvent, Uint8Array>();
        for (const subscriber of this.#subscribers) {
          if (!subscriber.catchingUp) this.#deliverFromFeed(subscriber, frames);
        }
      } while (this.#again && !this.#bus.stopped);
    })()
      .catch(() => undefined)
      .finally(() => (this.#delivering = undefined));
  }

  /** Queues the feed's events after `subscriber.last` that it may see; false when the feed does not reach back that far. */
  #deliverFromFeed(subscriber: Subscriber, frames: Map<TxEvent, Uint8Array>): boolean {
    const events = this.#feed.after(subscriber.principal, subscriber.last);
    if (!events) return false;
    for (const event of events) {
      let frame = frames.get(event);
      if (!frame) frames.set(event, (frame = encoder.encode(sseFrame(event))));
      this.#enqueue(subscriber, frame);
    }
    subscriber.last = Math.max(subscriber.last, this.#feed.readUpTo);
    return true;
  }

  /** A new stream: from the feed when it reaches back far enough, else from the table first. */
  async #deliverTo(subscriber: Subscriber): Promise<void> {
    subscriber.catchingUp = true;
    try {
      await this.#feed.catchUp();
      while (!this.#deliverFromFeed(subscriber, new Map())) {
        const events = await this.#catchUpRead(subscriber.principal, subscriber.last);
        if (events.length === 0) break;
        for (const event of events) this.#enqueue(subscriber, encoder.encode(sseFrame(event)));
        subscriber.last = events.at(-1)!.sequence;
      }
    } catch {
      this.#drop(subscriber);
    } finally {
      subscriber.catchingUp = false;
    }
  }

  #enqueue(subscriber: Subscriber, chunk: Uint8Array): void {
    const backlog = -(subscriber.controller.desiredSize ?? 0);
    if (backlog > MAX_BACKLOG_CHUNKS) return this.#drop(subscriber);
    try {
      subscriber.controller.enqueue(chunk);
    } catch {
      this.#subscribers.delete(subscriber);
    }
  }

  #drop(subscriber: Subscriber): void {
    this.#subscribers.delete(subscriber);
    try {
      subscriber.controller.close();
    } catch {
      // already closed
    }
  }
}

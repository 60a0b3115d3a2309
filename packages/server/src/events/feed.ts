import type { EventType, TxEvent } from '@txassist/contract';
import type { Queryable } from '../db/database.js';
import type { Principal } from '../domain/principal.js';
import type { FieldCipher } from '../security/field-cipher.js';
import { latestSequence } from '../store/events.js';
import { iso, num } from '../store/rows.js';
import type { EventBus } from './bus.js';

/** Recent events kept in memory; a stream resuming from further back reads the table itself. */
const FEED_LIMIT = 2000;
/** Rows read per query while catching up. */
const BATCH = 500;

interface FeedEntry {
  readonly sequence: number;
  readonly sellerId: string;
  readonly buyerId: string;
  readonly orderId: string;
  readonly event: TxEvent;
}

interface FeedRow {
  sequence: unknown;
  id: TxEvent['id'];
  type: EventType;
  seller_id: string;
  buyer_id: string;
  order_id: string;
  payload: string;
  created_at: Date;
}

/** The same scope as `listEventsAfter`: a buyer sees their own (an order-scoped session one order), a seller theirs. */
function visibleTo(principal: Principal, entry: FeedEntry): boolean {
  if (principal.role === 'buyer')
    return (
      entry.sellerId === principal.sellerId &&
      entry.buyerId === principal.buyerId &&
      (principal.orderId === null || entry.orderId === principal.orderId)
    );
  if (principal.role === 'seller') return entry.sellerId === principal.sellerId;
  return true;
}

/**
 * New events, read once per wake-up for every event stream of this process and routed to the
 * streams in memory. Before, each stream ran its own query per event, so one event to N
 * subscribers cost N queries (and, on PGlite, blocked the server meanwhile); now it costs one.
 */
export class EventFeed {
  readonly #db: Queryable;
  readonly #cipher: FieldCipher;
  readonly #bus: EventBus;
  /** Re-read without a notification once the last read is older than this (`config.eventPollMs`). */
  readonly #maxStalenessMs: number;
  /** Oldest first, at most FEED_LIMIT. */
  #entries: FeedEntry[] = [];
  /** Every event with a sequence above this is in `#entries` or was not written when last read. */
  #coveredAfter = 0;
  /** The newest sequence read. */
  #readUpTo = 0;
  #readVersion = -1;
  #readAt = 0;
  #reading: Promise<void> | undefined;

  private constructor(db: Queryable, cipher: FieldCipher, bus: EventBus, pollMs: number) {
    this.#db = db;
    this.#cipher = cipher;
    this.#bus = bus;
    this.#maxStalenessMs = pollMs > 0 ? pollMs : Number.POSITIVE_INFINITY;
  }

  /**
   * A feed that starts at the events written from now on; it reads on every notification, and
   * without one when its last read is older than `pollMs` (0: never without one).
   */
  static async open(db: Queryable, cipher: FieldCipher, bus: EventBus, pollMs: number): Promise<EventFeed> {
    const feed = new EventFeed(db, cipher, bus, pollMs);
    feed.#coveredAfter = feed.#readUpTo = await latestSequence(db);
    feed.#readAt = Date.now();
    feed.#readVersion = bus.version;
    return feed;
  }

  /**
   * The events after `afterSequence` that `principal` may see, oldest first, as of the last read
   * (`catchUp` first for the newest); `undefined` when `afterSequence` is older than the feed
   * reaches (the caller reads the table instead).
   */
  after(principal: Principal, afterSequence: number): TxEvent[] | undefined {
    if (afterSequence < this.#coveredAfter) return undefined;
    const events: TxEvent[] = [];
    for (let index = this.#firstAfter(afterSequence); index < this.#entries.length; index++) {
      const entry = this.#entries[index]!;
      if (visibleTo(principal, entry)) events.push(entry.event);
    }
    return events;
  }

  /** The newest sequence read so far. */
  get readUpTo(): number {
    return this.#readUpTo;
  }

  /** Index of the first entry with a sequence above `sequence` (entries are in sequence order). */
  #firstAfter(sequence: number): number {
    let low = 0;
    let high = this.#entries.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.#entries[middle]!.sequence > sequence) high = middle;
      else low = middle + 1;
    }
    return low;
  }

  /** Reads what was written since the last read, once for all callers (single flight). */
  catchUp(): Promise<void> {
    const fresh = this.#bus.version === this.#readVersion && Date.now() - this.#readAt < this.#maxStalenessMs;
    if (fresh && !this.#reading) return Promise.resolve();
    this.#reading ??= this.#read().finally(() => (this.#reading = undefined));
    return this.#reading;
  }

  async #read(): Promise<void> {
    // Taken before the query: a notification during it makes the next caller read again.
    this.#readVersion = this.#bus.version;
    this.#readAt = Date.now();
    for (;;) {
      // Passing `#readUpTo` for good is safe because sequences become visible in increasing order
      // (drawn at commit under a lock, migration 0009): no lower one can commit after this read.
      const { rows } = await this.#db.query<FeedRow>(
        `select sequence, id, type, seller_id, buyer_id, order_id, payload, created_at from events
         where sequence > $1 order by sequence limit ${BATCH}`,
        [this.#readUpTo],
      );
      for (const row of rows) {
        const sequence = num(row.sequence);
        const data = JSON.parse(await this.#cipher.decrypt(row.payload, 'events.payload')) as TxEvent['data'];
        const event = { object: 'event', id: row.id, sequence, type: row.type, created_at: iso(row.created_at), data };
        this.#entries.push({
          sequence,
          sellerId: row.seller_id,
          buyerId: row.buyer_id,
          orderId: row.order_id,
          event: event as TxEvent,
        });
        this.#readUpTo = sequence;
      }
      if (this.#entries.length > FEED_LIMIT) {
        const dropped = this.#entries.splice(0, this.#entries.length - FEED_LIMIT);
        this.#coveredAfter = dropped.at(-1)!.sequence;
      }
      if (rows.length < BATCH) return;
    }
  }
}

import type { Migration } from './migration.js';

/**
 * Migration 0009_event_order: an event's `sequence` is drawn when its transaction commits, one
 * committing transaction at a time, so sequences become visible in increasing order.
 *
 * Why: readers (the shared feed, `Last-Event-ID` resumes and replays) read "sequence > the last
 * one seen". An identity drawn at insert time does not commit in order on PostgreSQL: A draws 5,
 * B draws 6, B commits, a reader passes 6, then A commits 5 — and no reader ever looks below 6
 * again (≈13 % of events were lost under 8 concurrent writers).
 *
 * How: `appendEvent` inserts with a negative placeholder (never visible to anyone else). A
 * deferred constraint trigger runs at COMMIT, takes a transaction-level advisory lock and only
 * then draws the real sequence. The lock is released after the commit is visible to new
 * snapshots (PostgreSQL ends the transaction in the proc array before it releases locks), so the
 * next transaction can draw a higher sequence only after this one is visible: whoever sees
 * sequence n sees every committed sequence below n. A rolled-back transaction leaves a gap that
 * never fills, which readers may pass. This needs the identity's sequence at CACHE 1 (the
 * default; a per-session cache would hand out numbers out of order) and no `SET CONSTRAINTS …
 * IMMEDIATE` around event writes (the lock would then be held mid-transaction).
 *
 * Cost: commits that write events are serialised from the trigger to the end of the commit.
 * PostgreSQL already serialises commits that NOTIFY (every event write does) for that span, so
 * the extra serial work is one row update. No deadlock: the lock is taken last, at commit, and
 * its holder waits for nothing but the NOTIFY queue lock, which no waiter of this lock holds.
 * 727276 is this lock's key (727274 is the migrations' lock).
 */
export const migration0009: Migration = {
  id: '0009_event_order',
  sql: `
    create sequence events_unpublished_sequence;
    create function events_publish_in_commit_order() returns trigger language plpgsql as $$
    begin
      perform pg_advisory_xact_lock(727276);
      update events set sequence = default where id = new.id;
      return null;
    end
    $$;
    create constraint trigger events_publish_in_commit_order after insert on events
      deferrable initially deferred for each row execute function events_publish_in_commit_order();
  `,
};

import type { Migration } from './migration.js';

/**
 * Migration 0017_feedback. Shipped: never edit, add a new migration instead.
 *
 * Buyer feedback (issue 16): a 1–5 rating of a resolved case or a closed support conversation, or a
 * guide's "was this helpful?", with an optional comment (encrypted, `feedback.comment`). One row per
 * buyer and subject: sending again replaces it. Erasing the buyer, or the retention period passing,
 * deletes the comment and the buyer link; the rating stays for the seller's statistics.
 * Guide searches that found nothing are stored scrubbed of personal data, without any buyer link.
 */
export const migration0017: Migration = {
  id: '0017_feedback',
  sql: `
    create table feedback (
      id text primary key,
      seller_id text not null references sellers(id),
      buyer_id text,
      subject_type text not null,
      subject_id text not null,
      topic text not null,
      rating smallint check (rating between 1 and 5),
      helpful boolean,
      comment text,
      created_at timestamptz not null,
      updated_at timestamptz not null
    );
    create unique index feedback_one_per_subject on feedback (seller_id, buyer_id, subject_type, subject_id)
      where buyer_id is not null;
    create index feedback_seller_time on feedback (seller_id, updated_at);
    create table search_misses (
      id text primary key,
      seller_id text not null references sellers(id),
      query text not null,
      locale text not null,
      created_at timestamptz not null
    );
    create index search_misses_seller_time on search_misses (seller_id, created_at);
  `,
};

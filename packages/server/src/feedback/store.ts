import { newId, type Feedback, type FeedbackSubject } from '@txassist/contract';
import type { Queryable } from '../db/database.js';
import type { FieldCipher } from '../security/field-cipher.js';
import { openNullableText, sealNullableText } from '../security/sealed-text.js';
import { iso } from '../store/rows.js';

const COMMENT_FIELD = 'feedback.comment';

export interface FeedbackInput {
  sellerId: string;
  buyerId: string;
  subject: FeedbackSubject;
  topic: string;
  rating: number | null;
  helpful: boolean | null;
  comment: string | null;
}

interface FeedbackRow {
  id: string;
  subject_type: FeedbackSubject['type'];
  subject_id: string;
  rating: number | null;
  helpful: boolean | null;
  comment: string | null;
  created_at: unknown;
  updated_at: unknown;
}

/**
 * Stores the buyer's feedback on a subject, replacing their earlier one (rating, vote and comment all
 * replaced: a comment left out is gone). The comment is encrypted.
 */
export async function saveFeedback(
  tx: Queryable,
  cipher: FieldCipher,
  input: FeedbackInput,
  now: Date,
): Promise<Feedback> {
  const key = [input.sellerId, input.buyerId, input.subject.type, input.subject.id];
  const { rows: before } = await tx.query<{ id: string }>(
    `select id from feedback where seller_id = $1 and buyer_id = $2 and subject_type = $3 and subject_id = $4`,
    key,
  );
  const comment = await sealNullableText(cipher, input.comment, COMMENT_FIELD);
  const { rows } = await tx.query<FeedbackRow>(
    `insert into feedback (id, seller_id, buyer_id, subject_type, subject_id, topic, rating, helpful, comment, created_at, updated_at)
     values ($5, $1, $2, $3, $4, $6, $7, $8, $9, $10, $10)
     on conflict (seller_id, buyer_id, subject_type, subject_id) where buyer_id is not null
     do update set topic = excluded.topic, rating = excluded.rating, helpful = excluded.helpful,
       comment = excluded.comment, updated_at = excluded.updated_at
     returning id, subject_type, subject_id, rating, helpful, comment, created_at, updated_at`,
    [...key, newId('fbk'), input.topic, input.rating, input.helpful, comment, now.toISOString()],
  );
  const row = rows[0]!;
  return {
    object: 'feedback',
    id: row.id,
    subject: { type: row.subject_type, id: row.subject_id } as FeedbackSubject,
    rating: row.rating === null ? null : Number(row.rating),
    helpful: row.helpful,
    comment: await openNullableText(cipher, row.comment, COMMENT_FIELD),
    replaced: before.length > 0,
    created_at: iso(row.created_at),
    updated_at: iso(row.updated_at),
  };
}

/** Erasure: the buyer's comments are deleted and their ratings and votes kept without the link to them. */
export async function eraseBuyerFeedback(tx: Queryable, buyerId: string): Promise<void> {
  await tx.query('update feedback set buyer_id = null, comment = null where buyer_id = $1', [buyerId]);
}

/**
 * Retention: feedback last changed before `cutoff` loses its comment and buyer link (the rating stays);
 * search misses older than it are deleted. Returns how many feedback rows were cleared.
 */
export async function purgeOldFeedback(tx: Queryable, cutoff: string): Promise<number> {
  const { rows } = await tx.query<{ id: string }>(
    `update feedback set buyer_id = null, comment = null
     where updated_at < $1 and (buyer_id is not null or comment is not null) returning id`,
    [cutoff],
  );
  await tx.query('delete from search_misses where created_at < $1', [cutoff]);
  return rows.length;
}

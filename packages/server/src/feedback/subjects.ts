import {
  RATEABLE_DISPUTE_STATUSES,
  RATEABLE_REFUND_STATUSES,
  hasPrefix,
  type FeedbackSubject,
} from '@txassist/contract';
import type { Queryable } from '../db/database.js';
import type { Principal } from '../domain/principal.js';
import { ProblemError } from '../http/problem.js';
import { caseScope } from '../store/case-scope.js';

type Buyer = Extract<Principal, { role: 'buyer' }>;

/** What the summary groups a rating or vote under: `refund`, `dispute`, a conversation's topic, or the guide. */
export type FeedbackTopic = string;

/**
 * A refund request or dispute the buyer may rate: their own (someone else's answers like a missing
 * one, 404) and resolved (else `feedback_not_allowed`). Its topic is its kind.
 */
async function rateableCase(db: Queryable, buyer: Buyer, id: string): Promise<FeedbackTopic> {
  const refund = hasPrefix(id, 'ref');
  const table = refund ? 'refund_requests' : 'disputes';
  const scope = caseScope(buyer, 2);
  const { rows } = await db.query<{ status: string }>(
    `select t.status from ${table} t where t.id = $1 and ${scope.sql}`,
    [id, ...scope.params],
  );
  const status = rows[0]?.status;
  if (status === undefined) throw new ProblemError('not_found', 'There is no such case among your requests.');
  const rateable: readonly string[] = refund ? RATEABLE_REFUND_STATUSES : RATEABLE_DISPUTE_STATUSES;
  if (!rateable.includes(status))
    throw new ProblemError(
      'feedback_not_allowed',
      'This case is still open. You can rate it once it is resolved; we will ask you then.',
    );
  return refund ? 'refund' : 'dispute';
}

/**
 * A support conversation the buyer may rate: their own at this seller and `closed`. The table
 * `support_conversations` (id, seller_id, buyer_id, status; maybe topic) comes with the support
 * conversations work (migration 0016); until it exists every conversation id is unknown (404).
 * The topic is read through `to_jsonb` so a table without a `topic` column works as well.
 */
export async function rateableConversation(db: Queryable, buyer: Buyer, id: string): Promise<FeedbackTopic> {
  const { rows: table } = await db.query<{ name: string | null }>(
    `select to_regclass('support_conversations')::text as name`,
  );
  if (!table[0]?.name) throw new ProblemError('not_found', 'There is no such conversation among yours.');
  const { rows } = await db.query<{ status: string; topic: string | null }>(
    `select c.status, to_jsonb(c) ->> 'topic' as topic from support_conversations c
     where c.id = $1 and c.seller_id = $2 and c.buyer_id = $3`,
    [id, buyer.sellerId, buyer.buyerId],
  );
  const row = rows[0];
  if (!row) throw new ProblemError('not_found', 'There is no such conversation among yours.');
  if (row.status !== 'closed')
    throw new ProblemError(
      'feedback_not_allowed',
      'This conversation is still open. You can rate it once it is closed; we will ask you then.',
    );
  return row.topic || 'conversation';
}

/** Checks the buyer may give feedback on the subject and names the topic it counts under. */
export async function feedbackTopic(db: Queryable, buyer: Buyer, subject: FeedbackSubject): Promise<FeedbackTopic> {
  switch (subject.type) {
    case 'case':
      return rateableCase(db, buyer, subject.id);
    case 'conversation':
      return rateableConversation(db, buyer, subject.id);
    case 'guide':
      // Guides are authored as data in the elements; any slug of the right shape is accepted (the contract checks it).
      return 'guide';
  }
}

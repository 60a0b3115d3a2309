import { FEEDBACK_LIMITS, type FeedbackSummary } from '@txassist/contract';
import type { Queryable } from '../db/database.js';
import { ProblemError } from '../http/problem.js';

const DAY_MS = 24 * 3600 * 1000;

export interface SummaryPeriod {
  from: string;
  to: string;
  bucket: 'day' | 'week';
}

const dayOf = (date: Date) => date.toISOString().slice(0, 10);
const parseDay = (day: string) => new Date(`${day}T00:00:00.000Z`);

/** The period asked for: `to` defaults to today (UTC), `from` to 29 days before `to`; at most 366 days. */
export function summaryPeriod(
  query: { from?: string | undefined; to?: string | undefined; bucket?: 'day' | 'week' | undefined },
  now: Date,
): SummaryPeriod {
  const to = query.to ?? dayOf(now);
  const from = query.from ?? dayOf(new Date(parseDay(to).getTime() - 29 * DAY_MS));
  const days = (parseDay(to).getTime() - parseDay(from).getTime()) / DAY_MS + 1;
  if (days < 1) throw new ProblemError('invalid_query', '`from` is after `to`: swap them or pick another day.');
  if (days > FEEDBACK_LIMITS.summaryMaxDays)
    throw new ProblemError(
      'invalid_query',
      `The period is ${days} days long; ask for ${FEEDBACK_LIMITS.summaryMaxDays} days at most, in several parts.`,
    );
  return { from, to, bucket: query.bucket ?? 'day' };
}

/** The day a bucket starts: the day itself, or the Monday of its ISO week. */
function bucketStart(day: Date, bucket: 'day' | 'week'): string {
  if (bucket === 'day') return dayOf(day);
  const sinceMonday = (day.getUTCDay() + 6) % 7;
  return dayOf(new Date(day.getTime() - sinceMonday * DAY_MS));
}

class RatingTally {
  count = 0;
  sum = 0;
  satisfied = 0;
  add(rating: number): void {
    this.count += 1;
    this.sum += rating;
    if (rating >= FEEDBACK_LIMITS.satisfiedFrom) this.satisfied += 1;
  }
  stats() {
    const { count } = this;
    return {
      count,
      average_rating: count === 0 ? null : Math.round((this.sum / count) * 100) / 100,
      satisfied_share: count === 0 ? null : Math.round((this.satisfied / count) * 1000) / 1000,
    };
  }
}

interface Row {
  subject_type: string;
  subject_id: string;
  topic: string;
  rating: number | null;
  helpful: boolean | null;
  updated_at: unknown;
}

/**
 * The seller's feedback in the period: every rating (cases, conversations) by the day or week it was
 * last given, by topic, guide votes by guide, and the most frequent guide searches that found nothing.
 */
export async function feedbackSummary(
  db: Queryable,
  sellerId: string,
  period: SummaryPeriod,
): Promise<FeedbackSummary> {
  const start = parseDay(period.from);
  const end = new Date(parseDay(period.to).getTime() + DAY_MS);
  const { rows } = await db.query<Row>(
    `select subject_type, subject_id, topic, rating, helpful, updated_at from feedback
     where seller_id = $1 and updated_at >= $2 and updated_at < $3`,
    [sellerId, start.toISOString(), end.toISOString()],
  );
  const overall = new RatingTally();
  const buckets = new Map<string, RatingTally>();
  for (let day = start; day < end; day = new Date(day.getTime() + DAY_MS)) {
    const key = bucketStart(day, period.bucket);
    if (!buckets.has(key)) buckets.set(key, new RatingTally());
  }
  const topics = new Map<string, RatingTally>();
  const guides = new Map<string, { votes: number; helpful: number }>();
  for (const row of rows) {
    if (row.subject_type === 'guide') {
      const guide = guides.get(row.subject_id) ?? { votes: 0, helpful: 0 };
      guide.votes += 1;
      if (row.helpful) guide.helpful += 1;
      guides.set(row.subject_id, guide);
      continue;
    }
    if (row.rating === null) continue;
    const rating = Number(row.rating);
    overall.add(rating);
    buckets.get(bucketStart(new Date(row.updated_at as string), period.bucket))?.add(rating);
    const topic = topics.get(row.topic) ?? new RatingTally();
    topic.add(rating);
    topics.set(row.topic, topic);
  }
  const { rows: misses } = await db.query<{ query: string; count: unknown }>(
    `select query, count(*) as count from search_misses
     where seller_id = $1 and created_at >= $2 and created_at < $3
     group by query order by count(*) desc, query limit $4`,
    [sellerId, start.toISOString(), end.toISOString(), FEEDBACK_LIMITS.summaryTopSearchMisses],
  );
  const byName = (a: [string, unknown], b: [string, unknown]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
  return {
    object: 'feedback_summary',
    seller_id: sellerId as FeedbackSummary['seller_id'],
    ...period,
    satisfaction: overall.stats(),
    over_time: [...buckets].map(([day, tally]) => ({ start: day, ...tally.stats() })),
    by_topic: [...topics]
      .sort(byName)
      .map(([topic, tally]) => ({ topic, ...tally.stats() }))
      .sort((a, b) => b.count - a.count),
    by_guide: [...guides]
      .sort(byName)
      .map(([guide, { votes, helpful }]) => ({
        guide,
        votes,
        helpful,
        helpful_share: Math.round((helpful / votes) * 1000) / 1000,
      }))
      .sort((a, b) => b.votes - a.votes),
    search_misses: misses.map((row) => ({ query: row.query, count: Number(row.count) })),
  };
}

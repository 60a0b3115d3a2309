import { FEEDBACK_LIMITS, newId, type ROUTES } from '@txassist/contract';
import { scrubSearchQuery } from '../feedback/scrub.js';
import { saveFeedback } from '../feedback/store.js';
import { feedbackTopic } from '../feedback/subjects.js';
import { feedbackSummary, summaryPeriod } from '../feedback/summary.js';
import { clientIp } from '../http/client-ip.js';
import { ProblemError } from '../http/problem.js';
import type { RouteHandler } from '../http/route-handler.js';

export const sendFeedbackHandler: RouteHandler<typeof ROUTES.sendFeedback> = async ({
  services,
  principal,
  body,
  now,
}) => {
  if (principal.role !== 'buyer') throw new ProblemError('forbidden', 'Only buyers give feedback.');
  const buyer = principal;
  return services.db.transaction(async (tx) => {
    const topic = await feedbackTopic(tx, buyer, body.subject);
    return saveFeedback(
      tx,
      services.cipher,
      {
        sellerId: buyer.sellerId,
        buyerId: buyer.buyerId,
        subject: body.subject,
        topic,
        rating: body.rating ?? null,
        helpful: body.helpful ?? null,
        comment: body.comment || null,
      },
      now,
    );
  });
};

/**
 * The tag as `Intl` spells it, or `und` when `Intl` refuses it: the contract accepts any BCP 47-shaped
 * tag (`aa-A0` among them), and lower-casing with a tag `Intl` refuses would throw.
 */
function intlLocale(tag: string): string {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? 'und';
  } catch {
    return 'und';
  }
}

export const recordSearchMissHandler: RouteHandler<typeof ROUTES.recordSearchMiss> = async ({
  c,
  services,
  publishableSeller,
  body,
  now,
}) => {
  const wait = await services.limits.hit(
    `search-miss:${publishableSeller.id}:${clientIp(c)}`,
    { limit: FEEDBACK_LIMITS.searchMissesPerClient, windowMs: FEEDBACK_LIMITS.searchMissWindowSeconds * 1000 },
    now,
  );
  if (wait !== undefined)
    throw new ProblemError('rate_limited', 'Too many searches reported from here. Try again in a few minutes.', {
      retryAfterSeconds: wait,
    });
  const locale = intlLocale(body.locale);
  const query = scrubSearchQuery(body.query, locale);
  if (query === '') return { object: 'search_miss', stored: false };
  await services.db.query(
    'insert into search_misses (id, seller_id, query, locale, created_at) values ($1, $2, $3, $4, $5)',
    [newId('smi'), publishableSeller.id, query, locale, now.toISOString()],
  );
  return { object: 'search_miss', stored: true };
};

export const getFeedbackSummaryHandler: RouteHandler<typeof ROUTES.getFeedbackSummary> = async ({
  services,
  principal,
  query,
  now,
}) => {
  let sellerId: string;
  if (principal.role === 'seller') {
    if (query.seller_id !== undefined && query.seller_id !== principal.sellerId)
      throw new ProblemError('forbidden', 'A seller key reads its own shop’s feedback only: leave out seller_id.');
    sellerId = principal.sellerId;
  } else if (principal.role === 'agent' || principal.role === 'admin') {
    if (query.seller_id === undefined)
      throw new ProblemError('invalid_query', 'Name the shop with seller_id (staff read any shop’s feedback).');
    sellerId = query.seller_id;
  } else throw new ProblemError('forbidden');
  return feedbackSummary(services.db, sellerId, summaryPeriod(query, now));
};

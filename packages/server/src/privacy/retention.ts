import type { Services } from '../services.js';
import { purgeIdempotencyKeys } from '../store/idempotency.js';
import { purgeOldFeedback } from '../feedback/store.js';

/**
 * Retention: the shipping address of an order that closed (completed or cancelled) longer than
 * `retentionDays` ago is deleted, and so is its live-update history. Idempotency records past
 * their retention go too (their stored answers hold personal data), and so do feedback comments and
 * their buyer link (ratings stay) and guide search misses. Returns the orders purged.
 */
export async function purgeClosedOrderData(services: Services): Promise<number> {
  const { db, config } = services;
  const cutoff = new Date(config.now().getTime() - config.retentionDays * 24 * 3600 * 1000).toISOString();
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<{ id: string }>(
      `update orders set shipping_address = null
       where status in ('completed', 'cancelled') and status_changed_at < $1 and shipping_address is not null
       returning id`,
      [cutoff],
    );
    if (rows.length > 0) {
      await tx.query('delete from events where order_id = any($1)', [rows.map((row) => row.id)]);
      config.logger.info('retention purge', { orders: rows.length });
    }
    await purgeOldFeedback(tx, cutoff);
    await purgeIdempotencyKeys(tx, new Date(config.now().getTime() - config.idempotencyTtlMs));
    return rows.length;
  });
}

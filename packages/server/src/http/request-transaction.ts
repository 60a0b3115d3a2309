import { inJoinedTransaction } from '../db/joined-transaction.js';
import type { Jobs, Services } from '../services.js';

/**
 * Runs a request in one database transaction: `work` gets services whose `db` is that transaction,
 * so everything the handler writes commits or rolls back together with what the caller adds at
 * the end (the idempotency record). Background jobs the handler starts run after the commit, on
 * the committed data, and not at all when the transaction rolled back.
 *
 * What a database cannot roll back is outside it: an email or text message sent while the
 * request runs is sent even if the transaction then fails.
 */
export async function inRequestTransaction<T>(services: Services, work: (scoped: Services) => Promise<T>): Promise<T> {
  const deferred: Array<[string, () => Promise<unknown>]> = [];
  const jobs: Jobs = {
    spawn: (name, job) => void deferred.push([name, job]),
    idle: () => services.jobs.idle(),
  };
  const result = await inJoinedTransaction(services.db, (db) => work({ ...services, db, jobs }));
  for (const [name, job] of deferred) services.jobs.spawn(name, job);
  return result;
}

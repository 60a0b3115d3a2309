import type { Queryable } from '../db/database.js';

const ERASED = '(erased at the buyer’s request)';

/**
 * Erasure of a buyer's data, for claims: refund requests and disputes stay (financial records) but
 * move to the pseudonym the orders move to, without the buyer's own words or files.
 * Call from `eraseBuyer` before the buyer row is deleted.
 */
export async function pseudonymizeClaims(tx: Queryable, buyerId: string, pseudonym: string): Promise<void> {
  await tx.query('update refund_requests set buyer_id = $2, note = null where buyer_id = $1', [buyerId, pseudonym]);
  await tx.query('update disputes set buyer_id = $2, description = $3 where buyer_id = $1', [
    buyerId,
    pseudonym,
    ERASED,
  ]);
  await tx.query(`update case_messages set author_id = $2, body = $3 where author = 'buyer' and author_id = $1`, [
    buyerId,
    pseudonym,
    ERASED,
  ]);
  await tx.query(`delete from evidence_files where uploader_role = 'buyer' and uploader_id = $1`, [buyerId]);
}

/** Open refund requests and disputes of the buyer: they block erasure until settled. */
export async function openClaimIds(db: Queryable, buyerId: string): Promise<string[]> {
  const { rows } = await db.query<{ id: string }>(
    `select id from refund_requests where buyer_id = $1 and status not in ('rejected', 'completed', 'cancelled')
     union all
     select id from disputes where buyer_id = $1 and closed_at is null`,
    [buyerId],
  );
  return rows.map((row) => row.id);
}

import type { CaseHistoryEntry } from '@txassist/contract';
import type { Queryable } from '../db/database.js';
import type { FieldCipher } from '../security/field-cipher.js';
import { openJson, sealJson } from '../security/sealed-text.js';

/** Erased words are stored as nothing (`''`, no key needed); they read as `ERASED_TEXT`. */
const ERASED = '';

/** The note linking a request made by settling a dispute to it: a reference, not the buyer's words. */
const LINK_NOTE = /^dispute:dsp_[A-Za-z0-9]+$/;

/** Clears the notes the buyer wrote into the (encrypted) histories of their claims. */
async function clearBuyerNotes(
  tx: Queryable,
  cipher: FieldCipher,
  table: 'disputes' | 'refund_requests',
  buyerId: string,
): Promise<void> {
  const field = `${table}.history`;
  const { rows } = await tx.query<{ id: string; history: string }>(
    `select id, history from ${table} where buyer_id = $1`,
    [buyerId],
  );
  for (const row of rows) {
    const history = (await openJson<CaseHistoryEntry[]>(cipher, row.history, field)) ?? [];
    const mine = (entry: CaseHistoryEntry) =>
      entry.by === 'buyer' && entry.note !== null && !LINK_NOTE.test(entry.note);
    if (!history.some(mine)) continue;
    const cleared = history.map((entry) => (mine(entry) ? { ...entry, note: null } : entry));
    await tx.query(`update ${table} set history = $2 where id = $1`, [row.id, await sealJson(cipher, cleared, field)]);
  }
}

/**
 * Erasure of a buyer's data, for claims: refund requests and disputes stay (financial records) but
 * move to the pseudonym the orders move to, without the buyer's own words or files.
 * Call from `eraseBuyer` before the buyer row is deleted. The buyer's notes in the (encrypted)
 * case histories are cleared too.
 */
export async function pseudonymizeClaims(
  tx: Queryable,
  cipher: FieldCipher,
  buyerId: string,
  pseudonym: string,
): Promise<void> {
  await clearBuyerNotes(tx, cipher, 'disputes', buyerId);
  await clearBuyerNotes(tx, cipher, 'refund_requests', buyerId);
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

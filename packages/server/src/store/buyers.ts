import { newId, type BuyerId, type SellerId } from '@txassist/contract';
import type { Queryable } from '../db/database.js';
import type { FieldCipher } from '../security/field-cipher.js';

export interface Buyer {
  id: BuyerId;
  seller_id: SellerId;
  external_id: string | null;
  email: string | null;
  name: string | null;
  phone: string | null;
  /** The buyer's language (BCP 47) for emails and text messages; null: English. */
  locale: string | null;
}

interface BuyerRow {
  id: BuyerId;
  seller_id: SellerId;
  external_id: string | null;
  email: string | null;
  name: string | null;
  phone: string | null;
  locale: string | null;
}

const COLUMNS = 'id, seller_id, external_id, email, name, phone, locale';

export async function decryptBuyer(cipher: FieldCipher, row: BuyerRow): Promise<Buyer> {
  return {
    ...row,
    email: await cipher.decryptNullable(row.email, 'buyers.email'),
    name: await cipher.decryptNullable(row.name, 'buyers.name'),
    phone: await cipher.decryptNullable(row.phone, 'buyers.phone'),
  };
}

/** Lookups by email go through a keyed hash of the normalised address. */
export function emailIndex(cipher: FieldCipher, email: string): Promise<string> {
  return cipher.blindIndex(email.trim().toLowerCase(), 'email');
}

export async function findBuyer(db: Queryable, sellerId: SellerId, buyerId: string): Promise<BuyerRow | undefined> {
  const { rows } = await db.query<BuyerRow>(`select ${COLUMNS} from buyers where id = $1 and seller_id = $2`, [
    buyerId,
    sellerId,
  ]);
  return rows[0];
}

export async function getBuyer(db: Queryable, cipher: FieldCipher, buyerId: string): Promise<Buyer | undefined> {
  const { rows } = await db.query<BuyerRow>(`select ${COLUMNS} from buyers where id = $1`, [buyerId]);
  return rows[0] && decryptBuyer(cipher, rows[0]);
}

/** Finds the buyer by the storefront's own id, creating them on first use. */
export async function upsertBuyerByExternalId(
  db: Queryable,
  cipher: FieldCipher,
  sellerId: SellerId,
  input: { external_id: string; email?: string | undefined; name?: string | undefined; phone?: string | undefined },
): Promise<BuyerRow> {
  const email = input.email ? await cipher.encrypt(input.email, 'buyers.email') : null;
  const phone = input.phone ? await cipher.encrypt(input.phone, 'buyers.phone') : null;
  const emailHash = input.email ? await emailIndex(cipher, input.email) : null;
  const name = input.name ? await cipher.encrypt(input.name, 'buyers.name') : null;
  const { rows } = await db.query<BuyerRow>(
    `insert into buyers (id, seller_id, external_id, email, email_hash, name, phone) values ($1, $2, $3, $4, $5, $6, $7)
     on conflict (seller_id, external_id) do update
       set email = coalesce(excluded.email, buyers.email),
           email_hash = coalesce(excluded.email_hash, buyers.email_hash),
           name = coalesce(excluded.name, buyers.name),
           phone = coalesce(excluded.phone, buyers.phone)
     returning ${COLUMNS}`,
    [newId('byr'), sellerId, input.external_id, email, emailHash, name, phone],
  );
  return rows[0]!;
}

export async function insertBuyer(
  db: Queryable,
  cipher: FieldCipher,
  buyer: Omit<Buyer, 'phone' | 'locale'> & { phone?: string | null },
): Promise<void> {
  await db.query(
    `insert into buyers (id, seller_id, external_id, email, email_hash, name, phone) values ($1, $2, $3, $4, $5, $6, $7)
     on conflict (id) do nothing`,
    [
      buyer.id,
      buyer.seller_id,
      buyer.external_id,
      await cipher.encryptNullable(buyer.email, 'buyers.email'),
      buyer.email ? await emailIndex(cipher, buyer.email) : null,
      await cipher.encryptNullable(buyer.name, 'buyers.name'),
      await cipher.encryptNullable(buyer.phone, 'buyers.phone'),
    ],
  );
}

/** Remembers the buyer's language for emails and text messages (the seller names it when minting a session). */
export async function setBuyerLocale(db: Queryable, buyerId: string, locale: string): Promise<void> {
  await db.query(`update buyers set locale = $2 where id = $1 and locale is distinct from $2`, [buyerId, locale]);
}

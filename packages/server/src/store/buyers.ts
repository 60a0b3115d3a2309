import { newId, type BuyerId, type SellerId } from '@txassist/contract';
import type { Queryable } from '../db/database.js';

export interface BuyerRow {
  id: BuyerId;
  seller_id: SellerId;
  external_id: string | null;
  email: string | null;
  name: string | null;
}

export async function findBuyer(db: Queryable, sellerId: SellerId, buyerId: string): Promise<BuyerRow | undefined> {
  const { rows } = await db.query<BuyerRow>(
    'select id, seller_id, external_id, email, name from buyers where id = $1 and seller_id = $2',
    [buyerId, sellerId],
  );
  return rows[0];
}

/** Finds the buyer by the storefront's own id, creating them on first use. */
export async function upsertBuyerByExternalId(
  db: Queryable,
  sellerId: SellerId,
  input: { external_id: string; email?: string | undefined; name?: string | undefined },
): Promise<BuyerRow> {
  const { rows } = await db.query<BuyerRow>(
    `insert into buyers (id, seller_id, external_id, email, name) values ($1, $2, $3, $4, $5)
     on conflict (seller_id, external_id) do update
       set email = coalesce(excluded.email, buyers.email), name = coalesce(excluded.name, buyers.name)
     returning id, seller_id, external_id, email, name`,
    [newId('byr'), sellerId, input.external_id, input.email ?? null, input.name ?? null],
  );
  return rows[0]!;
}

export async function insertBuyer(db: Queryable, buyer: BuyerRow): Promise<void> {
  await db.query(
    `insert into buyers (id, seller_id, external_id, email, name) values ($1, $2, $3, $4, $5)
     on conflict (id) do nothing`,
    [buyer.id, buyer.seller_id, buyer.external_id, buyer.email, buyer.name],
  );
}

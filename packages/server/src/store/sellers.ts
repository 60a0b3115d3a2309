import type { SellerId } from '@txassist/contract';
import type { Queryable } from '../db/database.js';
import { sha256Hex } from '../security/hash.js';

export interface SellerRow {
  id: SellerId;
  name: string;
  is_demo: boolean;
}

export async function insertSeller(
  db: Queryable,
  seller: { id: SellerId; name: string; secretKey: string; publishableKey: string; isDemo: boolean },
): Promise<void> {
  await db.query(
    `insert into sellers (id, name, secret_key_hash, publishable_key, is_demo) values ($1, $2, $3, $4, $5)
     on conflict (id) do nothing`,
    [seller.id, seller.name, await sha256Hex(seller.secretKey), seller.publishableKey, seller.isDemo],
  );
}

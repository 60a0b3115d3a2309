import { DEFAULT_SELLER_POLICY, type SellerId, type SellerPolicy } from '@txassist/contract';
import type { Queryable } from '../db/database.js';
import { iso } from './rows.js';

export type PolicyValues = Omit<SellerPolicy, 'object' | 'seller_id' | 'updated_at'>;

/** The seller's policy: their stored values over the platform defaults. */
export async function getSellerPolicy(db: Queryable, sellerId: SellerId): Promise<SellerPolicy> {
  const { rows } = await db.query<{ policy: Partial<PolicyValues>; updated_at: Date }>(
    'select policy, updated_at from seller_policies where seller_id = $1',
    [sellerId],
  );
  const stored = rows[0];
  return {
    object: 'seller_policy',
    seller_id: sellerId,
    ...mergePolicy(DEFAULT_SELLER_POLICY, stored?.policy ?? {}),
    updated_at: stored ? iso(stored.updated_at) : new Date(0).toISOString(),
  };
}

export function mergePolicy(base: PolicyValues, change: Partial<PolicyValues>): PolicyValues {
  return {
    ...base,
    ...Object.fromEntries(Object.entries(change).filter(([, value]) => value !== undefined)),
    dispute_windows: { ...base.dispute_windows, ...(change.dispute_windows ?? {}) },
  } as PolicyValues;
}

export async function saveSellerPolicy(db: Queryable, sellerId: SellerId, values: PolicyValues, now: Date) {
  await db.query(
    `insert into seller_policies (seller_id, policy, updated_at) values ($1, $2, $3)
     on conflict (seller_id) do update set policy = excluded.policy, updated_at = excluded.updated_at`,
    [sellerId, JSON.stringify(values), now.toISOString()],
  );
}

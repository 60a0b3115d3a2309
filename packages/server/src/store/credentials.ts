import type { BuyerId, OrderId, SellerId } from '@txassist/contract';
import type { Queryable } from '../db/database.js';
import { sha256Hex } from '../security/hash.js';
import type { SellerRow } from './sellers.js';

/** What a bearer token names, as stored: a buyer session, a seller's secret key or a staff session. */
export type CredentialRow =
  | { kind: 'buyer'; seller_id: SellerId; buyer_id: BuyerId; order_id: OrderId | null; expires_at: Date }
  | { kind: 'seller'; seller: SellerRow }
  | { kind: 'staff'; staff_id: string; role: 'agent' | 'admin'; expires_at: Date; locked_until: Date | null };

export interface CredentialLookup {
  /** `ses_…`, `sk_…` or `sts_…`; other tokens match nothing. */
  token?: string | undefined;
  publishableKey?: string | undefined;
  /** A read the caller needs next, answered in the same statement (`companion`). */
  companion?: CompanionRead | undefined;
}

/**
 * A query whose rows the handler will need anyway, read in the same statement as the credentials
 * so an authorised read costs one round trip. Its rows are returned whatever the credentials turn
 * out to be: the caller uses them only after authorising (and must apply its own visibility rule).
 */
export interface CompanionRead {
  /** A select whose parameters start at `$${first}`. */
  sql(first: number): string;
  params: readonly unknown[];
}

export interface CredentialResult {
  /** Undefined when no token was given or it names nothing (unknown, revoked, erased). */
  credential: CredentialRow | undefined;
  /** Undefined when no key was given or it names no seller (unknown or rotated). */
  publishableSeller: SellerRow | undefined;
  /** The companion read's first row, when one was asked for. */
  companion: Record<string, unknown> | undefined;
}

const TOKEN_KINDS: Record<string, 'ses' | 'sk' | 'sts'> = { ses_: 'ses', sk_: 'sk', sts_: 'sts' };

function tokenKind(token: string | undefined): 'ses' | 'sk' | 'sts' | 'none' {
  if (!token) return 'none';
  for (const [prefix, kind] of Object.entries(TOKEN_KINDS)) if (token.startsWith(prefix)) return kind;
  return 'none';
}

/** One branch per token kind, `$1` the token's SHA-256; every branch has the same columns. */
const CREDENTIAL_SQL: Record<'ses' | 'sk' | 'sts' | 'none', string> = {
  ses: `select 'buyer' as kind, s.seller_id, null::text as seller_name, null::boolean as seller_is_demo,
               s.buyer_id, s.order_id, null::text as staff_id, null::text as staff_role, s.expires_at,
               null::timestamptz as locked_until
        from sessions s where s.token_hash = $1`,
  sk: `select 'seller' as kind, se.id as seller_id, se.name as seller_name, se.is_demo as seller_is_demo,
              null::text as buyer_id, null::text as order_id, null::text as staff_id, null::text as staff_role,
              null::timestamptz as expires_at, null::timestamptz as locked_until
       from sellers se where se.secret_key_hash = $1`,
  sts: `select 'staff' as kind, null::text as seller_id, null::text as seller_name, null::boolean as seller_is_demo,
               null::text as buyer_id, null::text as order_id, ss.staff_id, ss.role as staff_role, ss.expires_at,
               st.locked_until
        from staff_sessions ss join staff st on st.id = ss.staff_id where ss.token_hash = $1`,
  none: `select null::text as kind, null::text as seller_id, null::text as seller_name, null::boolean as seller_is_demo,
                null::text as buyer_id, null::text as order_id, null::text as staff_id, null::text as staff_role,
                null::timestamptz as expires_at, null::timestamptz as locked_until
         where $1::text is null`,
};

interface Row {
  kind: 'buyer' | 'seller' | 'staff' | null;
  seller_id: SellerId | null;
  seller_name: string | null;
  seller_is_demo: boolean | null;
  buyer_id: BuyerId | null;
  order_id: OrderId | null;
  staff_id: string | null;
  staff_role: 'agent' | 'admin' | null;
  expires_at: Date | null;
  locked_until: Date | null;
  key_seller_id: SellerId | null;
  key_seller_name: string | null;
  key_seller_is_demo: boolean | null;
  companion: Record<string, unknown> | null;
}

/**
 * Resolves a bearer token and a publishable key, and optionally a companion read, in ONE
 * statement. Nothing is cached: every request reads the current rows, so a session deleted, a key
 * rotated or a staff account locked by any process is refused on the very next request everywhere.
 */
export async function findCredentials(db: Queryable, lookup: CredentialLookup): Promise<CredentialResult> {
  const kind = tokenKind(lookup.token);
  const hash = kind === 'none' ? '' : await sha256Hex(lookup.token!);
  const companion = lookup.companion;
  const withKey = lookup.publishableKey !== undefined;
  // Only the branch of this token's kind: a smaller statement to plan (PGlite plans in-process).
  const { rows } = await db.query<Row>(
    `select c.kind, c.seller_id, c.seller_name, c.seller_is_demo, c.buyer_id, c.order_id, c.staff_id,
            c.staff_role, c.expires_at, c.locked_until,
            ${!withKey ? 'null::text as key_seller_id, null::text as key_seller_name, null::boolean as key_seller_is_demo' : 'k.id as key_seller_id, k.name as key_seller_name, k.is_demo as key_seller_is_demo'},
            ${companion ? 'to_jsonb(companion) as companion' : 'null::jsonb as companion'}
     from (select 1) as one
     left join lateral (${CREDENTIAL_SQL[kind]}) as c on true
     ${!withKey ? '' : 'left join sellers k on k.publishable_key = $2'}
     ${companion ? `left join lateral (${companion.sql(withKey ? 3 : 2)} limit 1) as companion on true` : ''}`,
    [hash, ...(withKey ? [lookup.publishableKey] : []), ...(companion?.params ?? [])],
    // One of a few texts (token kind × key × companion route): parsed and planned once per connection.
    { prepare: true },
  );
  const row = rows[0]!;
  return {
    credential: toCredential(row),
    publishableSeller: row.key_seller_id
      ? { id: row.key_seller_id, name: row.key_seller_name!, is_demo: row.key_seller_is_demo! }
      : undefined,
    companion: row.companion ?? undefined,
  };
}

function toCredential(row: Row): CredentialRow | undefined {
  switch (row.kind) {
    case 'buyer':
      return {
        kind: 'buyer',
        seller_id: row.seller_id!,
        buyer_id: row.buyer_id!,
        order_id: row.order_id,
        expires_at: row.expires_at!,
      };
    case 'seller':
      return { kind: 'seller', seller: { id: row.seller_id!, name: row.seller_name!, is_demo: row.seller_is_demo! } };
    case 'staff':
      return {
        kind: 'staff',
        staff_id: row.staff_id!,
        role: row.staff_role!,
        expires_at: row.expires_at!,
        locked_until: row.locked_until,
      };
    default:
      return undefined;
  }
}

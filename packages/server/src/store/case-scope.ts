import { isStorableText } from '@txassist/contract';
import type { Queryable } from '../db/database.js';
import type { Principal } from '../domain/principal.js';

/**
 * SQL condition limiting refund requests and disputes (alias `t`) to what the principal may see:
 * buyers their own (guest sessions: that order only), sellers their shop's, staff everything.
 * Params start at `$first`.
 */
export function caseScope(principal: Principal, first: number): { sql: string; params: unknown[] } {
  switch (principal.role) {
    case 'buyer':
      return principal.orderId
        ? {
            sql: `t.seller_id = $${first} and t.buyer_id = $${first + 1} and t.order_id = $${first + 2}`,
            params: [principal.sellerId, principal.buyerId, principal.orderId],
          }
        : {
            sql: `t.seller_id = $${first} and t.buyer_id = $${first + 1}`,
            params: [principal.sellerId, principal.buyerId],
          };
    case 'seller':
      return { sql: `t.seller_id = $${first}`, params: [principal.sellerId] };
    case 'agent':
    case 'admin':
      return { sql: 'true', params: [] };
  }
}

export function encodeListCursor(createdAt: string, id: string): string {
  return btoa(JSON.stringify([createdAt, id])).replaceAll('=', '');
}

export function decodeListCursor(value: string | undefined): { createdAt: string; id: string } | undefined {
  if (!value) return undefined;
  try {
    const parsed: unknown = JSON.parse(atob(value));
    if (Array.isArray(parsed) && typeof parsed[0] === 'string' && typeof parsed[1] === 'string') {
      // A forged cursor may decode to text the database cannot compare with (U+0000): not a cursor of ours.
      if (!isStorableText(parsed[1])) return undefined;
      if (!Number.isNaN(Date.parse(parsed[0]))) return { createdAt: parsed[0], id: parsed[1] };
    }
  } catch {
    return undefined;
  }
  return undefined;
}

export interface CaseListQuery<Status extends string> {
  orderId?: string | undefined;
  status?: Status | undefined;
  limit: number;
  cursor?: string | undefined;
}

/**
 * One page of refund requests or disputes the principal may see, newest first, with the cursor of
 * the next page: the one list query both case tables share.
 */
export async function listCaseRows<Row extends { created_at: string; id: string }>(
  db: Queryable,
  principal: Principal,
  table: 'disputes' | 'refund_requests',
  query: CaseListQuery<string>,
  normalise: (row: Record<string, unknown>) => Row,
): Promise<{ rows: Row[]; nextCursor: string | null }> {
  const scope = caseScope(principal, 1);
  const params = [...scope.params];
  let where = scope.sql;
  if (query.orderId) {
    params.push(query.orderId);
    where += ` and t.order_id = $${params.length}`;
  }
  if (query.status) {
    params.push(query.status);
    where += ` and t.status = $${params.length}`;
  }
  const cursor = decodeListCursor(query.cursor);
  if (cursor) {
    params.push(cursor.createdAt, cursor.id);
    where += ` and (t.created_at, t.id) < ($${params.length - 1}::timestamptz, $${params.length})`;
  }
  params.push(query.limit + 1);
  const { rows } = await db.query<Record<string, unknown>>(
    `select t.* from ${table} t where ${where} order by t.created_at desc, t.id desc limit $${params.length}`,
    params,
  );
  const page = rows.slice(0, query.limit).map(normalise);
  const last = page.at(-1);
  return {
    rows: page,
    nextCursor: rows.length > query.limit && last ? encodeListCursor(last.created_at, last.id) : null,
  };
}

/** Which due cases to settle: all (the background sweep) or those one principal sees, maybe of one order. */
export interface CaseDueQuery {
  principal?: Principal | undefined;
  orderId?: string | undefined;
  limit?: number | undefined;
}

/**
 * Ids of refund requests or disputes whose deadline has passed (oldest first). `pending` narrows it
 * to the statuses that have an automatic step.
 */
export async function dueCaseIds(
  db: Queryable,
  table: 'disputes' | 'refund_requests',
  now: Date,
  query: CaseDueQuery = {},
  pending: readonly string[] | undefined = undefined,
): Promise<string[]> {
  const params: unknown[] = [now.toISOString()];
  let where = 't.due_at <= $1';
  if (pending) {
    params.push(pending);
    where += ` and t.status = any($${params.length}::text[])`;
  }
  if (query.principal) {
    const scope = caseScope(query.principal, params.length + 1);
    params.push(...scope.params);
    where += ` and ${scope.sql}`;
  }
  if (query.orderId) {
    params.push(query.orderId);
    where += ` and t.order_id = $${params.length}`;
  }
  params.push(query.limit ?? 100);
  const { rows } = await db.query<{ id: string }>(
    `select t.id from ${table} t where ${where} order by t.due_at limit $${params.length}`,
    params,
  );
  return rows.map((row) => row.id);
}

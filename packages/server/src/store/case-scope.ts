import type { Principal } from '../http/principal.js';

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
      if (!Number.isNaN(Date.parse(parsed[0]))) return { createdAt: parsed[0], id: parsed[1] };
    }
  } catch {
    return undefined;
  }
  return undefined;
}

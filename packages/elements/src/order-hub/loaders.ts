import type { Dispute, InboxNotification, Order, OrderStatus, RefundRequest } from '@txassist/contract/types';
import type { HubClient } from './client.js';
import type { HistoryFilters, Paged } from './state.js';

/** One page of the buyer's orders with the history's filters applied. */
export async function fetchOrders(
  client: HubClient,
  filters: HistoryFilters,
  limit: number,
  cursor: string | null,
  signal: AbortSignal,
): Promise<Paged<Order>> {
  const page = await client.orders.list(
    { status: (filters.status || undefined) as OrderStatus | undefined, number: filters.number, limit, cursor },
    { signal },
  );
  return { items: page.data, nextCursor: page.has_more ? page.next_cursor : null };
}

/** One page of the inbox, and how many messages are unread in all. */
export async function fetchInbox(
  client: HubClient,
  limit: number,
  cursor: string | null,
  signal: AbortSignal,
): Promise<{ page: Paged<InboxNotification>; unread: number }> {
  const inbox = await client.notifications.list({ limit, cursor }, { signal });
  return {
    page: { items: inbox.data, nextCursor: inbox.has_more ? inbox.next_cursor : null },
    unread: inbox.unread_count,
  };
}

/** An order's disputes and refund requests, as the buyer sees them. */
export interface OrderCases {
  readonly disputes: readonly Dispute[];
  readonly refunds: readonly RefundRequest[];
}

/** Both lists for one order (an order has few cases: one page of 100 holds them all). */
export async function fetchCases(client: HubClient, orderId: string, signal: AbortSignal): Promise<OrderCases> {
  const [disputes, refunds] = await Promise.all([
    client.disputes.list({ orderId, limit: 100 }, { signal }),
    client.refunds.list({ orderId, limit: 100 }, { signal }),
  ]);
  return { disputes: disputes.data, refunds: refunds.data };
}

/** The `page-size` attribute as the API accepts it: a whole number from 1 to 100 (10 when unusable). */
export function pageSizeOf(value: number): number {
  return Math.min(Math.max(Math.trunc(value) || 10, 1), 100);
}

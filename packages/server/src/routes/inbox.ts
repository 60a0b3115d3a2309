import type { ROUTES } from '@txassist/contract';
import { ProblemError } from '../http/problem.js';
import { listInbox, markRead } from '../store/inbox.js';
import { decodeCursor, encodeCursor } from '../store/orders.js';
import type { RouteHandler } from '../http/route-handler.js';

function buyerOf(principal: Parameters<RouteHandler<typeof ROUTES.listNotifications>>[0]['principal']) {
  if (principal.role !== 'buyer' || principal.orderId !== null)
    throw new ProblemError('forbidden', 'Sign in to your account to see messages.');
  return principal;
}

export const listNotificationsHandler: RouteHandler<typeof ROUTES.listNotifications> = async ({
  services,
  principal,
  query,
}) => {
  const buyer = buyerOf(principal);
  const cursor = query.cursor === undefined ? undefined : decodeCursor(query.cursor);
  if (query.cursor !== undefined && !cursor)
    throw new ProblemError('invalid_query', 'The cursor is not valid; start from the first page.');
  const limit = query.limit ?? 20;
  const page = await listInbox(services.db, services.cipher, buyer.buyerId, {
    unreadOnly: query.unread_only === 'true',
    limit,
    before: cursor && { createdAt: cursor.placedAt, id: cursor.id },
  });
  const last = page.items.at(-1);
  return {
    object: 'list',
    data: page.items,
    has_more: page.more,
    next_cursor: page.more && last ? encodeCursor({ placedAt: last.created_at, id: last.id }) : null,
    unread_count: page.unread,
  };
};

export const markNotificationReadHandler: RouteHandler<typeof ROUTES.markNotificationRead> = async ({
  services,
  principal,
  params,
  now,
}) => {
  const buyer = buyerOf(principal);
  const item = await markRead(services.db, services.cipher, buyer.buyerId, params.notification_id, now);
  if (!item) throw new ProblemError('not_found');
  return item;
};

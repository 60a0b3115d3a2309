import { BUYER_ACTION_TARGET, canTransition, DEFAULT_PAGE_SIZE, type ROUTES } from '@txassist/contract';
import { ProblemError } from '../http/problem.js';
import { findBuyer } from '../store/buyers.js';
import { creatorExists } from '../store/creators.js';
import type { Queryable } from '../db/database.js';
import { enqueueOrderNotifications } from '../notifications/outbox.js';
import type { FieldCipher } from '../security/field-cipher.js';
import { appendEvent } from '../store/events.js';
import {
  decodeCursor,
  getVisibleOrder,
  insertOrder,
  listVisibleOrders,
  updateOrderStatus,
  visibleOrderFromCompanion,
} from '../store/orders.js';
import type { RouteHandler } from '../http/route-handler.js';
import { closeOpenIntent } from '../payments/close-intent.js';

/** A change becomes an event (live updates) and outbox rows (notifications) in the same transaction. */
async function recordChange(
  tx: Queryable,
  cipher: FieldCipher,
  type: 'order.created' | 'order.updated',
  orderId: string,
  now: Date,
): Promise<void> {
  const system = { role: 'admin', staffId: 'system', caller: 'system' } as const;
  const snapshot = (await getVisibleOrder(tx, cipher, system, orderId, now, { view: 'event' }))!;
  const event = await appendEvent(tx, cipher, type, snapshot, now);
  if (type === 'order.updated') await enqueueOrderNotifications(tx, cipher, event.id, snapshot, now);
}

export const listOrders: RouteHandler<typeof ROUTES.listOrders> = async ({ services, principal, query, now }) => {
  const cursor = query.cursor === undefined ? undefined : decodeCursor(query.cursor);
  if (query.cursor !== undefined && !cursor) {
    throw new ProblemError('invalid_query', 'The cursor is not valid; start again from the first page.', {
      errors: [{ path: 'cursor', code: 'invalid_cursor', message: 'Use next_cursor from a previous page' }],
    });
  }
  const { orders, nextCursor } = await listVisibleOrders(
    services.db,
    services.cipher,
    principal,
    { status: query.status, number: query.number, limit: query.limit ?? DEFAULT_PAGE_SIZE, cursor },
    now,
  );
  return { object: 'list', data: orders, has_more: nextCursor !== null, next_cursor: nextCursor };
};

export const getOrder: RouteHandler<typeof ROUTES.getOrder> = async ({
  services,
  principal,
  params,
  now,
  companion,
}) => {
  // Read with the credentials in one statement (routes/companions.ts) when the path was valid then.
  const order = companion
    ? await visibleOrderFromCompanion(services.cipher, principal, companion.row, now)
    : await getVisibleOrder(services.db, services.cipher, principal, params.order_id, now);
  if (!order) throw new ProblemError('not_found', 'Check the order id, or sign in as the buyer of this order.');
  return order;
};

export const createOrder: RouteHandler<typeof ROUTES.createOrder> = async ({ services, principal, body, now }) => {
  if (principal.role !== 'seller') throw new ProblemError('forbidden');
  return services.db.transaction(async (tx) => {
    if (!(await findBuyer(tx, principal.sellerId, body.buyer_id))) {
      throw new ProblemError('not_found', 'No buyer with this id belongs to your account.');
    }
    if (body.creator_id && !(await creatorExists(tx, body.creator_id))) {
      throw new ProblemError('not_found', 'No creator with this id exists.');
    }
    const id = await insertOrder(tx, services.cipher, principal.sellerId, body, now);
    const order = (await getVisibleOrder(tx, services.cipher, principal, id, now))!;
    await recordChange(tx, services.cipher, 'order.created', order.id, now);
    return order;
  });
};

/**
 * Cancels the order (its buyer while `buyer_actions` allow it, or its seller). Idempotent by state as
 * well as by key: an order already cancelled is answered as it is. An unpaid order's waiting payment
 * is cancelled with it, so it cannot be paid afterwards.
 */
export const cancelOrder: RouteHandler<typeof ROUTES.cancelOrder> = async ({ services, principal, params, now }) => {
  return services.db.transaction(async (tx) => {
    const order = await getVisibleOrder(tx, services.cipher, principal, params.order_id, now, { forUpdate: true });
    if (!order) throw new ProblemError('not_found', 'Check the order id, or sign in as the buyer of this order.');
    if (order.status === 'cancelled') return order;
    const allowed =
      principal.role === 'buyer'
        ? order.buyer_actions.some((action) => action.action === 'cancel')
        : canTransition(order.status, 'cancelled');
    if (!allowed) {
      throw new ProblemError(
        'action_not_allowed',
        `An order that is ${order.status.replaceAll('_', ' ')} can no longer be cancelled here; ask for a refund instead.`,
      );
    }
    await updateOrderStatus(tx, order.id, BUYER_ACTION_TARGET.cancel ?? 'cancelled', now);
    await closeOpenIntent(tx, order.id, now);
    const updated = (await getVisibleOrder(tx, services.cipher, principal, order.id, now))!;
    await recordChange(tx, services.cipher, 'order.updated', order.id, now);
    return updated;
  });
};

export const updateOrderStatusHandler: RouteHandler<typeof ROUTES.updateOrderStatus> = async ({
  services,
  principal,
  params,
  body,
  now,
}) => {
  return services.db.transaction(async (tx) => {
    const order = await getVisibleOrder(tx, services.cipher, principal, params.order_id, now, { forUpdate: true });
    if (!order) throw new ProblemError('not_found');
    if (order.status === body.status) return order;
    if (!canTransition(order.status, body.status)) {
      throw new ProblemError('invalid_transition', `An order cannot go from ${order.status} to ${body.status}.`);
    }
    await updateOrderStatus(tx, order.id, body.status, now);
    const updated = (await getVisibleOrder(tx, services.cipher, principal, order.id, now))!;
    await recordChange(tx, services.cipher, 'order.updated', order.id, now);
    return updated;
  });
};

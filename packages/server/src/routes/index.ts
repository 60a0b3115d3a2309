import type { ROUTES } from '@txassist/contract';
import type { RouteHandler } from './handler.js';
import { health, openapi } from './meta.js';
import { cancelOrder, createOrder, getOrder, listOrders, updateOrderStatusHandler } from './orders.js';
import { createSession, guestLookup } from './sessions.js';
import { streamEvents } from './events.js';

/** One handler per contract route; TypeScript fails the build when a route has none. */
export const HANDLERS: { [K in keyof typeof ROUTES]: RouteHandler<(typeof ROUTES)[K]> } = {
  health,
  openapi,
  createSession,
  guestLookup,
  listOrders,
  createOrder,
  getOrder,
  cancelOrder,
  updateOrderStatus: updateOrderStatusHandler,
  streamEvents,
};

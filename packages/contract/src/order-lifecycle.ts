import type { BuyerAction, OrderStatus } from './order-status.js';

/** Allowed status transitions, as data: the server refuses anything not listed here. */
export const ORDER_TRANSITIONS: Readonly<Record<OrderStatus, readonly OrderStatus[]>> = {
  unpaid: ['on_hold', 'awaiting_shipment', 'cancelled'],
  on_hold: ['awaiting_shipment', 'cancelled'],
  awaiting_shipment: ['partially_shipped', 'awaiting_collection', 'in_transit', 'cancelled'],
  partially_shipped: ['awaiting_collection', 'in_transit', 'delivered'],
  awaiting_collection: ['in_transit', 'cancelled'],
  in_transit: ['delivered'],
  delivered: ['completed'],
  completed: [],
  cancelled: [],
};

/** Which buyer actions each status allows (DESIGN.md: cancel early, refund in flight, return once delivered). */
export const BUYER_ACTIONS_BY_STATUS: Readonly<Record<OrderStatus, readonly BuyerAction[]>> = {
  unpaid: ['cancel'],
  on_hold: ['cancel'],
  awaiting_shipment: ['cancel'],
  partially_shipped: [],
  awaiting_collection: ['request_refund'],
  in_transit: ['request_refund'],
  delivered: ['request_refund', 'request_return'],
  completed: [],
  cancelled: [],
};

/** Statuses from which nothing further happens. */
export const TERMINAL_ORDER_STATUSES: readonly OrderStatus[] = ['completed', 'cancelled'];

export function canTransition(from: OrderStatus, to: OrderStatus): boolean {
  return ORDER_TRANSITIONS[from].includes(to);
}

export function buyerActionsFor(status: OrderStatus): readonly BuyerAction[] {
  return BUYER_ACTIONS_BY_STATUS[status];
}

/** Which status a buyer action leads to, when it changes the order directly. */
export const BUYER_ACTION_TARGET: Partial<Record<BuyerAction, OrderStatus>> = {
  cancel: 'cancelled',
};

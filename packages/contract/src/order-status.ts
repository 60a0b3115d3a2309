import * as z from 'zod/mini';

/** TikTok Shop's order lifecycle. `completed`: no more returns. `on_hold`: buyer may still cancel alone. */
export const ORDER_STATUSES = [
  'unpaid',
  'on_hold',
  'awaiting_shipment',
  'partially_shipped',
  'awaiting_collection',
  'in_transit',
  'delivered',
  'completed',
  'cancelled',
] as const;
export const OrderStatus = z.enum(ORDER_STATUSES);
export type OrderStatus = z.infer<typeof OrderStatus>;

export const BUYER_ACTIONS = ['cancel', 'request_refund', 'request_return'] as const;
export const BuyerAction = z.enum(BUYER_ACTIONS);
export type BuyerAction = z.infer<typeof BuyerAction>;

import * as z from 'zod/mini';
import { ORDER_STATUSES } from './values/order-statuses.js';

// Zod-free in values/order-statuses.ts (browser bundles import it from `@txassist/contract/values`); re-exported here.
export { ORDER_STATUSES } from './values/order-statuses.js';

export const OrderStatus = z.enum(ORDER_STATUSES);
export type OrderStatus = z.infer<typeof OrderStatus>;

export const BUYER_ACTIONS = ['cancel', 'request_refund', 'request_return'] as const;
export const BuyerAction = z.enum(BUYER_ACTIONS);
export type BuyerAction = z.infer<typeof BuyerAction>;

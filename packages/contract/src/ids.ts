import * as z from 'zod/mini';
import { ID_BODY, type IdPrefix } from './values/ids.js';

// Run-time values live zod-free in values/ids.ts so browser bundles can use them without the schemas;
// re-exported here so every import keeps working.
export { ID_PREFIXES, newId, hasPrefix } from './values/ids.js';
export type { IdKind, IdPrefix } from './values/ids.js';

/** Schema of an id with the given prefix, e.g. `idSchema('ord')` accepts `ord_4f9a…`. */
export function idSchema<P extends IdPrefix>(prefix: P) {
  return z
    .string()
    .check(
      z.regex(new RegExp(`^${prefix}_${ID_BODY}$`), `must be an id starting with "${prefix}_"`),
    ) as unknown as z.ZodMiniType<`${P}_${string}`, string>;
}

export const OrderId = idSchema('ord');
export const LineItemId = idSchema('li');
export const ShipmentId = idSchema('shp');
export const PaymentId = idSchema('pay');
export const BuyerId = idSchema('byr');
export const SellerId = idSchema('sel');
export const CreatorId = idSchema('crt');
export const EventId = idSchema('evt');
export type OrderId = z.infer<typeof OrderId>;
export type BuyerId = z.infer<typeof BuyerId>;
export type SellerId = z.infer<typeof SellerId>;

import * as z from 'zod/mini';
import { Address } from './address.js';
import { CreatorId, LineItemId, OrderId, SellerId, BuyerId } from './ids.js';
import { CurrencyCode, NonNegativeMoney } from './money.js';
import { BuyerAction, OrderStatus } from './order-status.js';
import { Timestamp } from './timestamps.js';

/** An absolute http(s) URL (a pattern, not `z.url()`, to keep URL parsing out of browser bundles). */
export const HttpsUrl = z
  .string()
  .check(z.maxLength(2048), z.regex(/^https?:\/\/[^\s/$.?#][^\s]*$/i, 'must be an http(s) URL'));

export const LineItem = z.object({
  id: LineItemId,
  title: z.string().check(z.minLength(1), z.maxLength(300)),
  variant: z.nullable(z.string()),
  sku: z.nullable(z.string()),
  image_url: z.nullable(HttpsUrl),
  quantity: z.int().check(z.positive()),
  unit_price: NonNegativeMoney,
  total: NonNegativeMoney,
});
export type LineItem = z.infer<typeof LineItem>;

/** Totals are always computed by the server; `total = subtotal + shipping + tax - discount`. */
export const PriceBreakdown = z.object({
  subtotal: NonNegativeMoney,
  shipping: NonNegativeMoney,
  tax: NonNegativeMoney,
  discount: NonNegativeMoney,
  total: NonNegativeMoney,
});
export type PriceBreakdown = z.infer<typeof PriceBreakdown>;

export const SellerSummary = z.object({
  id: SellerId,
  name: z.string(),
});

/** The creator the sale is attributed to (the video the buyer tapped "Buy" under). */
export const CreatorAttribution = z.object({
  id: CreatorId,
  handle: z.string(),
  name: z.string(),
});

export const AllowedBuyerAction = z.object({
  action: BuyerAction,
  /** Until when the action is allowed; null when open-ended. Computed by the server. */
  until: z.nullable(Timestamp),
});
export type AllowedBuyerAction = z.infer<typeof AllowedBuyerAction>;

/**
 * An unpaid order the buyer can still pay: the checkout to resume ("Pay now" continues the same
 * checkout and payment intent) and until when, after which the order is cancelled on its own.
 * Computed by the server for the order's buyer only.
 */
export const PaymentDue = z.object({
  checkout_id: z
    .string()
    .check(
      z.regex(/^cko_[A-Za-z0-9]{8,64}$/, 'must be a checkout id starting with "cko_"'),
    ) as unknown as z.ZodMiniType<`cko_${string}`, string>,
  until: Timestamp,
});
export type PaymentDue = z.infer<typeof PaymentDue>;

export const Order = z.object({
  object: z.literal('order'),
  id: OrderId,
  /** Human-facing order number printed on receipts, e.g. `TX-100042`. */
  number: z.string(),
  status: OrderStatus,
  currency: CurrencyCode,
  seller: SellerSummary,
  buyer_id: BuyerId,
  /**
   * The buyer's email as the caller may see it: in full for the buyer, masked (`a••@example.com`)
   * for sellers and staff outside a case; absent when erased.
   */
  buyer_email: z.optional(z.nullable(z.string())),
  creator: z.nullable(CreatorAttribution),
  line_items: z.array(LineItem),
  amounts: PriceBreakdown,
  shipping_address: z.nullable(Address),
  buyer_actions: z.array(AllowedBuyerAction),
  /** Present (for its buyer) while an unpaid order from a checkout can still be paid; null or absent otherwise. */
  payment_due: z.optional(z.nullable(PaymentDue)),
  placed_at: Timestamp,
  updated_at: Timestamp,
});
export type Order = z.infer<typeof Order>;

// ---- requests -------------------------------------------------------------

export const LineItemInput = z.object({
  title: z.string().check(z.trim(), z.minLength(1), z.maxLength(300)),
  variant: z.optional(z.string().check(z.maxLength(200))),
  sku: z.optional(z.string().check(z.maxLength(100))),
  image_url: z.optional(HttpsUrl),
  quantity: z.int().check(z.positive(), z.maximum(999)),
  /** Minor units in the order's currency. */
  unit_amount: z.int().check(z.nonnegative(), z.maximum(100_000_000_00)),
});
export type LineItemInput = z.infer<typeof LineItemInput>;

/** A seller (secret key) creates an order for a buyer; totals are computed by the server. */
export const CreateOrderRequest = z.object({
  buyer_id: BuyerId,
  currency: CurrencyCode,
  line_items: z.array(LineItemInput).check(z.minLength(1), z.maxLength(100)),
  shipping_amount: z._default(z.int().check(z.nonnegative()), 0),
  discount_amount: z._default(z.int().check(z.nonnegative()), 0),
  creator_id: z.optional(CreatorId),
  shipping_address: z.optional(Address),
});
export type CreateOrderRequest = z.infer<typeof CreateOrderRequest>;

export const UpdateOrderStatusRequest = z.object({
  status: OrderStatus,
});

export const ListOrdersQuery = z.object({
  status: z.optional(OrderStatus),
  limit: z.optional(
    z.coerce.number().check(z.refine(Number.isInteger, 'must be a whole number'), z.minimum(1), z.maximum(100)),
  ),
  cursor: z.optional(z.string().check(z.maxLength(200))),
  /** Part of the order number, any case (`1004` finds `TX-1004`); surrounding spaces are ignored. */
  number: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(40))),
});
export type ListOrdersQuery = z.infer<typeof ListOrdersQuery>;

export const OrderPathParams = z.object({ order_id: OrderId });

import * as z from 'zod/mini';
import { Address } from './address.js';
import { OrderId, SellerId } from './ids.js';
import { CurrencyCode, NonNegativeMoney } from './money.js';
import { PriceBreakdown, HttpsUrl } from './order.js';
import { PAYMENT_METHOD_TYPES, PaymentMethodInput, SavedCard } from './payments.js';
import { Timestamp } from './timestamps.js';

const prefixed = <P extends string>(prefix: P, what: string) =>
  z
    .string()
    .check(
      z.regex(new RegExp(`^${prefix}_[A-Za-z0-9]{8,64}$`), `must be ${what} id starting with "${prefix}_"`),
    ) as unknown as z.ZodMiniType<`${P}_${string}`, string>;

export const ProductId = prefixed('prd', 'a product');
export const CheckoutId = prefixed('cko', 'a checkout');
export const SavedAddressId = prefixed('adr', 'a saved address');

/** A product of a seller, in the seller's catalog (prices only ever come from here). */
export const Product = z.object({
  object: z.literal('product'),
  id: ProductId,
  title: z.string(),
  variant: z.nullable(z.string()),
  sku: z.nullable(z.string()),
  image_url: z.nullable(HttpsUrl),
  price: NonNegativeMoney,
  available: z.boolean(),
});
export type Product = z.infer<typeof Product>;

export const ProductList = z.object({ object: z.literal('list'), data: z.array(Product) });

export const CheckoutItem = z.object({
  product_id: ProductId,
  title: z.string(),
  variant: z.nullable(z.string()),
  image_url: z.nullable(HttpsUrl),
  quantity: z.int().check(z.positive()),
  unit_price: NonNegativeMoney,
  total: NonNegativeMoney,
});
export type CheckoutItem = z.infer<typeof CheckoutItem>;

export const SHIPPING_OPTION_IDS = ['standard', 'express'] as const;
export const ShippingOptionId = z.enum(SHIPPING_OPTION_IDS);
export type ShippingOptionId = z.infer<typeof ShippingOptionId>;

/** Label text is the UI's (catalog key per id); the server gives price and delivery days. */
export const ShippingOption = z.object({
  id: ShippingOptionId,
  amount: NonNegativeMoney,
  min_days: z.int(),
  max_days: z.int(),
});
export type ShippingOption = z.infer<typeof ShippingOption>;

export const SavedAddress = z.object({
  object: z.literal('saved_address'),
  id: SavedAddressId,
  address: Address,
  is_default: z.boolean(),
});
export type SavedAddress = z.infer<typeof SavedAddress>;

export const CHECKOUT_STATUSES = ['open', 'placed', 'expired'] as const;
export const CheckoutStatus = z.enum(CHECKOUT_STATUSES);

export const Checkout = z.object({
  object: z.literal('checkout'),
  id: CheckoutId,
  status: CheckoutStatus,
  seller: z.object({ id: SellerId, name: z.string() }),
  currency: CurrencyCode,
  items: z.array(CheckoutItem),
  /** Recomputed by the server on every change; `total = subtotal + shipping + tax − discount`. */
  amounts: PriceBreakdown,
  /** Tax rate applied, in basis points (2000 = 20 %), from the shipping country. */
  tax_rate_bps: z.int(),
  discount_code: z.nullable(z.string()),
  shipping_address: z.nullable(Address),
  billing_same_as_shipping: z.boolean(),
  billing_address: z.nullable(Address),
  shipping_options: z.array(ShippingOption),
  shipping_option_id: ShippingOptionId,
  /** Payment methods this seller accepts for this checkout. */
  payment_method_types: z.array(z.enum(PAYMENT_METHOD_TYPES)),
  saved_cards: z.array(SavedCard),
  saved_addresses: z.array(SavedAddress),
  /** Set once placed. */
  order_id: z.nullable(OrderId),
  order_number: z.nullable(z.string()),
  payment_intent_id: z.nullable(z.string()),
  expires_at: Timestamp,
  created_at: Timestamp,
  updated_at: Timestamp,
});
export type Checkout = z.infer<typeof Checkout>;

// ---- requests ---------------------------------------------------------------------------

/** Only product ids and quantities: any price the page sends is dropped. */
export const CartItemInput = z.object({
  product_id: ProductId,
  quantity: z.int().check(z.minimum(1), z.maximum(99)),
});
export type CartItemInput = z.infer<typeof CartItemInput>;

const DiscountCode = z.string().check(z.trim(), z.minLength(1), z.maxLength(40));

export const CreateCheckoutRequest = z.object({
  items: z.array(CartItemInput).check(z.minLength(1), z.maxLength(50)),
  discount_code: z.optional(DiscountCode),
});
export type CreateCheckoutRequest = z.infer<typeof CreateCheckoutRequest>;

/** Every field optional: send what changed. Addresses are checked with the country's postal rules. */
export const UpdateCheckoutRequest = z.object({
  items: z.optional(z.array(CartItemInput).check(z.minLength(1), z.maxLength(50))),
  shipping_address: z.optional(Address),
  /** Use a saved address instead of `shipping_address`. */
  saved_address_id: z.optional(SavedAddressId),
  /** Save `shipping_address` to the buyer's address book. */
  save_address: z.optional(z.boolean()),
  billing_same_as_shipping: z.optional(z.boolean()),
  billing_address: z.optional(z.nullable(Address)),
  shipping_option_id: z.optional(ShippingOptionId),
  /** `null` removes the code. */
  discount_code: z.optional(z.nullable(DiscountCode)),
});
export type UpdateCheckoutRequest = z.infer<typeof UpdateCheckoutRequest>;

export const PlaceOrderRequest = z.object({
  payment_method: PaymentMethodInput,
  /** Keep a new card for next time. */
  save_card: z.optional(z.boolean()),
});
export type PlaceOrderRequest = z.infer<typeof PlaceOrderRequest>;

export const CheckoutPathParams = z.object({ checkout_id: CheckoutId });

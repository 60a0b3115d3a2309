import * as z from 'zod/mini';
import { Checkout, ProductId } from './checkout.js';
import { Session } from './session.js';

/**
 * A guest checkout (publishable key only): one product, the buyer's email, and the page's own
 * order-tracking address for the confirmation email. The server prices the product; the key works
 * only from the seller's registered origins, and `track_url` must be on the same origin.
 */
export const CreateGuestCheckoutRequest = z.object({
  product_id: ProductId,
  quantity: z.optional(z.int().check(z.minimum(1), z.maximum(20))),
  email: z.email().check(z.maxLength(254)),
  /** Where the buyer tracks the order (guest lookup), e.g. `https://creator.example/track.html`. */
  track_url: z.optional(z.url({ protocol: /^https?$/ }).check(z.maxLength(500))),
});
export type CreateGuestCheckoutRequest = z.infer<typeof CreateGuestCheckoutRequest>;

/** The guest's session (it reaches only this checkout and the order it becomes) and the checkout. */
export const GuestCheckout = z.object({
  object: z.literal('guest_checkout'),
  session: Session,
  checkout: Checkout,
});
export type GuestCheckout = z.infer<typeof GuestCheckout>;

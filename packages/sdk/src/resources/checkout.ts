import type {
  Checkout,
  CreateCheckoutRequest,
  PaymentIntent,
  PlaceOrderRequest,
  Product,
  UpdateCheckoutRequest,
} from '@txassist/contract/types';
import {
  createCheckoutRoute,
  getCheckoutRoute,
  listProductsRoute,
  placeOrderRoute,
  updateCheckoutRoute,
} from '../internal/contract.generated.js';
import type { Http, MutationOptions, RequestOptions } from '../internal/http.js';

export function createProductsResource(http: Http) {
  return {
    /** The seller's catalog (needs the publishable key): build a cart from these ids. */
    async list(options?: RequestOptions): Promise<Product[]> {
      return (await http.request(listProductsRoute, {}, options)).data;
    },
  };
}

export function createCheckoutsResource(http: Http) {
  return {
    /** Starts a checkout from product ids and quantities; prices and totals always come from the server. */
    create(body: CreateCheckoutRequest, options?: MutationOptions): Promise<Checkout> {
      return http.request(createCheckoutRoute, { body }, options);
    },

    get(checkoutId: string, options?: RequestOptions): Promise<Checkout> {
      return http.request(getCheckoutRoute, { params: { checkout_id: checkoutId } }, options);
    },

    /** Sends what changed (items, address, billing, shipping option, discount code); totals are recomputed. */
    update(checkoutId: string, body: UpdateCheckoutRequest, options?: MutationOptions): Promise<Checkout> {
      return http.request(updateCheckoutRoute, { params: { checkout_id: checkoutId }, body }, options);
    },

    /**
     * Places the order and pays. Read the intent's `status`: `succeeded`/`processing` (placed),
     * `requires_action` (code or wallet redirect), `requires_payment_method` + `last_payment_error`
     * (declined: call again with another method), `failed`. Safe to retry (one idempotency key per call).
     */
    place(checkoutId: string, body: PlaceOrderRequest, options?: MutationOptions): Promise<PaymentIntent> {
      return http.request(placeOrderRoute, { params: { checkout_id: checkoutId }, body }, options);
    },
  };
}

export type ProductsResource = ReturnType<typeof createProductsResource>;
export type CheckoutsResource = ReturnType<typeof createCheckoutsResource>;

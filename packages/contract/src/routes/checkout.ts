import {
  Checkout,
  CheckoutPathParams,
  CreateCheckoutRequest,
  PlaceOrderRequest,
  ProductList,
  UpdateCheckoutRequest,
} from '../checkout.js';
import { PaymentIntent } from '../payment-intent.js';
import { define } from '../route-definition.js';

export const listProductsRoute = /*#__PURE__*/ define({
  operationId: 'listProducts',
  method: 'get',
  path: '/v1/products',
  summary: "The seller's products (publishable key), to build a cart by product id and quantity",
  tag: 'checkout',
  auth: 'publishable_key',
  roles: [],
  response: { status: 200, description: 'Every product of the seller', schema: ProductList },
  errors: ['unauthenticated', 'invalid_api_key'],
});

export const createCheckoutRoute = /*#__PURE__*/ define({
  operationId: 'createCheckout',
  method: 'post',
  path: '/v1/checkouts',
  summary: 'Start a checkout from product ids and quantities (buyer); prices and totals come from the server',
  tag: 'checkout',
  auth: 'token',
  roles: ['buyer'],
  body: CreateCheckoutRequest,
  response: { status: 201, description: 'The new checkout', schema: Checkout },
  errors: [
    'validation_failed',
    'malformed_json',
    'unauthenticated',
    'session_expired',
    'forbidden',
    'product_unavailable',
  ],
});

export const getCheckoutRoute = /*#__PURE__*/ define({
  operationId: 'getCheckout',
  method: 'get',
  path: '/v1/checkouts/{checkout_id}',
  summary: 'Retrieve a checkout',
  tag: 'checkout',
  auth: 'token',
  roles: ['buyer', 'seller'],
  params: CheckoutPathParams,
  response: { status: 200, description: 'The checkout', schema: Checkout },
  errors: ['unauthenticated', 'session_expired', 'not_found'],
});

export const updateCheckoutRoute = /*#__PURE__*/ define({
  operationId: 'updateCheckout',
  method: 'post',
  path: '/v1/checkouts/{checkout_id}',
  summary: 'Change items, addresses, shipping option or discount code; totals are recomputed',
  tag: 'checkout',
  auth: 'token',
  roles: ['buyer'],
  params: CheckoutPathParams,
  body: UpdateCheckoutRequest,
  response: { status: 200, description: 'The updated checkout', schema: Checkout },
  errors: [
    'validation_failed',
    'malformed_json',
    'unauthenticated',
    'session_expired',
    'not_found',
    'checkout_closed',
    'product_unavailable',
    'idempotency_conflict',
  ],
});

export const placeOrderRoute = /*#__PURE__*/ define({
  operationId: 'placeOrder',
  method: 'post',
  path: '/v1/checkouts/{checkout_id}/place',
  summary:
    'Place the order and pay: creates the order and its payment intent (once) and confirms it with the given method',
  tag: 'checkout',
  auth: 'token',
  roles: ['buyer'],
  params: CheckoutPathParams,
  body: PlaceOrderRequest,
  response: {
    status: 200,
    description:
      'The payment intent: `succeeded`/`processing` (order placed), `requires_action` (code or redirect), ' +
      '`requires_payment_method` with `last_payment_error` (declined), or `failed`',
    schema: PaymentIntent,
  },
  errors: [
    'validation_failed',
    'malformed_json',
    'unauthenticated',
    'session_expired',
    'not_found',
    'checkout_closed',
    'payment_method_unavailable',
    'card_token_invalid',
    'payment_intent_unexpected_state',
    'idempotency_conflict',
    'idempotency_in_progress',
  ],
});

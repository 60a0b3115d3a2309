import { CreateGuestCheckoutRequest, GuestCheckout } from '../guest-checkout.js';
import { define } from '../route-definition.js';

export const createGuestCheckoutRoute = /*#__PURE__*/ define({
  operationId: 'createGuestCheckout',
  method: 'post',
  path: '/v1/guest/checkouts',
  summary:
    'Start a guest checkout for one product with the publishable key alone (from a registered origin); ' +
    'returns a session limited to that checkout and its order',
  tag: 'checkout',
  auth: 'publishable_key',
  roles: [],
  body: CreateGuestCheckoutRequest,
  response: { status: 201, description: 'The guest session and the new checkout', schema: GuestCheckout },
  returnsCredential: true,
  errors: [
    'validation_failed',
    'malformed_json',
    'unauthenticated',
    'invalid_api_key',
    'origin_not_allowed',
    'product_unavailable',
    'idempotency_conflict',
    'idempotency_key_used',
  ],
});

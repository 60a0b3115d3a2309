import { CreateSessionRequest, GuestLookupRequest, Session } from '../session.js';
import { define } from '../route-definition.js';

export const createSessionRoute = /*#__PURE__*/ define({
  operationId: 'createSession',
  method: 'post',
  path: '/v1/sessions',
  summary: 'Exchange the secret key for a short-lived buyer session token',
  tag: 'sessions',
  auth: 'secret_key',
  roles: ['seller'],
  body: CreateSessionRequest,
  response: { status: 201, description: 'A buyer session', schema: Session },
  returnsCredential: true,
  errors: [
    'validation_failed',
    'malformed_json',
    'unauthenticated',
    'invalid_api_key',
    'forbidden',
    'not_found',
    'idempotency_conflict',
    'idempotency_key_used',
  ],
});

export const guestLookupRoute = /*#__PURE__*/ define({
  operationId: 'guestLookup',
  method: 'post',
  path: '/v1/guest/order-lookups',
  summary: 'Find one order by order number and email; returns a session limited to that order',
  tag: 'sessions',
  auth: 'publishable_key',
  roles: [],
  body: GuestLookupRequest,
  response: { status: 201, description: 'A guest session for the order', schema: Session },
  returnsCredential: true,
  errors: ['validation_failed', 'malformed_json', 'invalid_api_key', 'not_found', 'idempotency_key_used'],
});

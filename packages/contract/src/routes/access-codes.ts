import { AccessCodeExchange, AccessCodeRequest, AccessCodeRequested } from '../access-codes.js';
import { define } from '../route-definition.js';
import { Session } from '../session.js';

export const requestAccessCodeRoute = /*#__PURE__*/ define({
  operationId: 'requestAccessCode',
  method: 'post',
  path: '/v1/guest/access-codes',
  summary: 'Email a one-time sign-in code to a buyer of this seller (same answer for unknown emails)',
  tag: 'sessions',
  auth: 'publishable_key',
  roles: [],
  body: AccessCodeRequest,
  response: {
    status: 202,
    description: 'A code is on its way if the email has orders here',
    schema: AccessCodeRequested,
  },
  errors: ['validation_failed', 'malformed_json', 'invalid_api_key', 'idempotency_conflict'],
});

export const exchangeAccessCodeRoute = /*#__PURE__*/ define({
  operationId: 'exchangeAccessCode',
  method: 'post',
  path: '/v1/guest/access-codes/exchange',
  summary: 'Exchange an emailed sign-in code for a session limited to that email’s orders at this seller',
  tag: 'sessions',
  auth: 'publishable_key',
  roles: [],
  body: AccessCodeExchange,
  response: { status: 201, description: 'A buyer session', schema: Session },
  returnsCredential: true,
  errors: ['validation_failed', 'malformed_json', 'invalid_api_key', 'verification_failed', 'idempotency_key_used'],
});

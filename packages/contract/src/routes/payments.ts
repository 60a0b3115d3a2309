import * as z from 'zod/mini';
import {
  ConfirmPaymentIntentRequest,
  PaymentIntent,
  PaymentIntentPathParams,
  VerifyPaymentIntentRequest,
  WalletSessionPathParams,
} from '../payment-intent.js';
import { CardToken, CreateCardTokenRequest } from '../payments.js';
import { define } from '../route-definition.js';

export const createCardTokenRoute = /*#__PURE__*/ define({
  operationId: 'createCardToken',
  method: 'post',
  path: '/v1/card-tokens',
  summary:
    'Tokenize a card (called only by the hosted card fields iframe, publishable key); the number is never stored',
  tag: 'payments',
  auth: 'publishable_key',
  roles: [],
  body: CreateCardTokenRequest,
  response: { status: 201, description: 'A single-use token with brand, last4 and expiry', schema: CardToken },
  errors: ['validation_failed', 'malformed_json', 'unauthenticated', 'invalid_api_key'],
});

const intentErrors = ['unauthenticated', 'session_expired', 'not_found'] as const;

export const getPaymentIntentRoute = /*#__PURE__*/ define({
  operationId: 'getPaymentIntent',
  method: 'get',
  path: '/v1/payment-intents/{payment_intent_id}',
  summary: 'Retrieve a payment intent (risk details for the seller and staff only)',
  tag: 'payments',
  auth: 'token',
  roles: ['buyer', 'seller', 'agent', 'admin'],
  params: PaymentIntentPathParams,
  response: { status: 200, description: 'The payment intent', schema: PaymentIntent },
  errors: [...intentErrors],
});

export const confirmPaymentIntentRoute = /*#__PURE__*/ define({
  operationId: 'confirmPaymentIntent',
  method: 'post',
  path: '/v1/payment-intents/{payment_intent_id}/confirm',
  summary:
    'Confirm (pay): idempotent — an intent already processing or succeeded is returned unchanged, and concurrent ' +
    'confirms charge once',
  tag: 'payments',
  auth: 'token',
  roles: ['buyer'],
  params: PaymentIntentPathParams,
  body: ConfirmPaymentIntentRequest,
  response: { status: 200, description: 'The payment intent after the attempt', schema: PaymentIntent },
  errors: [
    ...intentErrors,
    'validation_failed',
    'malformed_json',
    'payment_method_unavailable',
    'card_token_invalid',
    'payment_intent_unexpected_state',
    'idempotency_conflict',
    'idempotency_in_progress',
  ],
});

export const verifyPaymentIntentRoute = /*#__PURE__*/ define({
  operationId: 'verifyPaymentIntent',
  method: 'post',
  path: '/v1/payment-intents/{payment_intent_id}/verify',
  summary: 'Answer a step-up challenge with the one-time code; on success the payment proceeds',
  tag: 'payments',
  auth: 'token',
  roles: ['buyer'],
  params: PaymentIntentPathParams,
  body: VerifyPaymentIntentRequest,
  response: { status: 200, description: 'The payment intent after the code was accepted', schema: PaymentIntent },
  errors: [
    ...intentErrors,
    'validation_failed',
    'malformed_json',
    'verification_failed',
    'verification_expired',
    'verification_locked',
    'payment_intent_unexpected_state',
    'idempotency_conflict',
  ],
});

export const resendPaymentIntentCodeRoute = /*#__PURE__*/ define({
  operationId: 'resendPaymentIntentCode',
  method: 'post',
  path: '/v1/payment-intents/{payment_intent_id}/resend-code',
  summary: 'Send a new one-time code (after a cool-down); the previous code stops working',
  tag: 'payments',
  auth: 'token',
  roles: ['buyer'],
  params: PaymentIntentPathParams,
  body: z.optional(z.object({})),
  response: { status: 200, description: 'The payment intent with the new code’s expiry', schema: PaymentIntent },
  errors: [...intentErrors, 'resend_too_soon', 'verification_locked', 'payment_intent_unexpected_state'],
});

export const cancelPaymentIntentRoute = /*#__PURE__*/ define({
  operationId: 'cancelPaymentIntent',
  method: 'post',
  path: '/v1/payment-intents/{payment_intent_id}/cancel',
  summary: 'Cancel a payment that has not succeeded (the unpaid order is cancelled too)',
  tag: 'payments',
  auth: 'token',
  roles: ['buyer', 'seller'],
  params: PaymentIntentPathParams,
  body: z.optional(z.object({})),
  response: { status: 200, description: 'The canceled payment intent', schema: PaymentIntent },
  errors: [...intentErrors, 'payment_intent_unexpected_state'],
});

export const walletPageRoute = /*#__PURE__*/ define({
  operationId: 'walletPage',
  method: 'get',
  path: '/v1/wallet/{wallet_session}',
  summary: 'The simulated redirect wallet: a page where the buyer approves or cancels the payment',
  tag: 'payments',
  auth: 'none',
  roles: [],
  params: WalletSessionPathParams,
  response: {
    status: 200,
    description: 'An HTML page with Approve and Cancel buttons',
    contentType: 'text/html',
    schema: z.string(),
  },
  errors: ['not_found'],
});

export const walletDecisionRoute = /*#__PURE__*/ define({
  operationId: 'walletDecision',
  method: 'post',
  path: '/v1/wallet/{wallet_session}',
  summary:
    'The simulated wallet’s form posts `decision=approve|cancel`; the answer sends the buyer back to the return URL',
  tag: 'payments',
  auth: 'none',
  roles: [],
  params: WalletSessionPathParams,
  rawBody: true,
  response: {
    status: 200,
    description:
      'An HTML page that forwards the browser (meta refresh, plus a link) to ' +
      '`return_url?payment_intent=pi_…&redirect_status=succeeded|failed|canceled`',
    contentType: 'text/html',
    schema: z.string(),
  },
  errors: ['not_found', 'validation_failed'],
});

import { OrderEligibility } from '../eligibility.js';
import { OrderPathParams } from '../order.js';
import { Page } from '../pagination.js';
import { SellerPolicy, UpdateSellerPolicyRequest } from '../policy.js';
import {
  CreateRefundRequest,
  ListRefundsQuery,
  RefundActionRequest,
  RefundPathParams,
  RefundRequest,
} from '../refund.js';
import { define } from '../route-definition.js';

export const getSellerPolicyRoute = /*#__PURE__*/ define({
  operationId: 'getSellerPolicy',
  method: 'get',
  path: '/v1/policy',
  summary: "The seller's refund, return and dispute policy (platform defaults until changed)",
  tag: 'refunds',
  auth: 'token',
  roles: ['seller'],
  response: { status: 200, description: 'The policy', schema: SellerPolicy },
  errors: ['unauthenticated', 'forbidden'],
});

export const updateSellerPolicyRoute = /*#__PURE__*/ define({
  operationId: 'updateSellerPolicy',
  method: 'post',
  path: '/v1/policy',
  summary: 'Change the policy; applies to cases filed from now on (deadlines already set stay)',
  tag: 'refunds',
  auth: 'token',
  roles: ['seller'],
  body: UpdateSellerPolicyRequest,
  response: { status: 200, description: 'The policy after the change', schema: SellerPolicy },
  errors: ['validation_failed', 'malformed_json', 'unauthenticated', 'forbidden', 'idempotency_conflict'],
});

export const getOrderEligibilityRoute = /*#__PURE__*/ define({
  operationId: 'getOrderEligibility',
  method: 'get',
  path: '/v1/orders/{order_id}/eligibility',
  summary:
    'What the buyer may ask for about the order now (refund, return, replacement, dispute per reason) and until when',
  tag: 'refunds',
  auth: 'token',
  roles: ['buyer', 'seller', 'agent', 'admin'],
  params: OrderPathParams,
  response: { status: 200, description: 'Eligibility', schema: OrderEligibility },
  errors: ['unauthenticated', 'session_expired', 'not_found'],
});

export const createRefundRoute = /*#__PURE__*/ define({
  operationId: 'createRefund',
  method: 'post',
  path: '/v1/orders/{order_id}/refunds',
  summary: 'Ask for a refund, a return and refund, or a replacement of some items (buyer)',
  tag: 'refunds',
  auth: 'token',
  roles: ['buyer'],
  params: OrderPathParams,
  body: CreateRefundRequest,
  response: { status: 201, description: 'The refund request', schema: RefundRequest },
  errors: [
    'validation_failed',
    'malformed_json',
    'unauthenticated',
    'forbidden',
    'not_found',
    'not_eligible',
    'claim_exceeds_order',
    'refund_limit_exceeded',
    'evidence_not_found',
    'evidence_limit_reached',
    'idempotency_conflict',
  ],
});

export const listRefundsRoute = /*#__PURE__*/ define({
  operationId: 'listRefunds',
  method: 'get',
  path: '/v1/refunds',
  summary: "Refund requests the caller may see (buyer: own; seller: their shop's; staff: all), newest first",
  tag: 'refunds',
  auth: 'token',
  roles: ['buyer', 'seller', 'agent', 'admin'],
  query: ListRefundsQuery,
  response: { status: 200, description: 'A page of refund requests', schema: Page(RefundRequest) },
  errors: ['unauthenticated', 'session_expired', 'invalid_query'],
});

export const getRefundRoute = /*#__PURE__*/ define({
  operationId: 'getRefund',
  method: 'get',
  path: '/v1/refunds/{refund_id}',
  summary: 'A refund request (deadlines that have passed are applied first)',
  tag: 'refunds',
  auth: 'token',
  roles: ['buyer', 'seller', 'agent', 'admin'],
  params: RefundPathParams,
  response: { status: 200, description: 'The refund request', schema: RefundRequest },
  errors: ['unauthenticated', 'session_expired', 'not_found'],
});

export const refundActionRoute = /*#__PURE__*/ define({
  operationId: 'refundAction',
  method: 'post',
  path: '/v1/refunds/{refund_id}/actions',
  summary: 'Take one step on a refund request (approve, reject, counter, accept/decline, label, shipped, received, …)',
  tag: 'refunds',
  auth: 'token',
  roles: ['buyer', 'seller'],
  params: RefundPathParams,
  body: RefundActionRequest,
  response: { status: 200, description: 'The refund request after the step', schema: RefundRequest },
  errors: [
    'validation_failed',
    'malformed_json',
    'unauthenticated',
    'forbidden',
    'not_found',
    'transition_not_allowed',
    'refund_limit_exceeded',
    'idempotency_conflict',
  ],
});

import { OrderEligibility } from '../eligibility.js';
import { OrderPathParams } from '../order.js';
import { SellerPolicy, UpdateSellerPolicyRequest } from '../policy.js';
import {
  CreateRefundRequest,
  ListRefundsQuery,
  RefundActionRequest,
  RefundPathParams,
  RefundRequest,
} from '../refund.js';
import { define } from '../route-definition.js';
import { caseRoutes } from './cases.js';

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

const refundRoutes = /*#__PURE__*/ caseRoutes({
  name: 'Refund',
  collection: 'refunds',
  idParam: 'refund_id',
  noun: ['refund request', 'refund requests'],
  summaries: {
    create: 'Ask for a refund, a return and refund, or a replacement of some items (buyer)',
    list: "Refund requests the caller may see (buyer: own; seller: their shop's; staff: all), newest first",
    get: 'A refund request (deadlines that have passed are applied first)',
    action: 'Take one step on a refund request (approve, reject, counter, accept/decline, label, shipped, received, …)',
  },
  schemas: {
    params: RefundPathParams,
    query: ListRefundsQuery,
    create: CreateRefundRequest,
    action: RefundActionRequest,
    view: RefundRequest,
  },
  actionRoles: ['buyer', 'seller'],
  createErrors: [
    'not_eligible',
    'claim_exceeds_order',
    'refund_limit_exceeded',
    'evidence_not_found',
    'evidence_limit_reached',
  ],
  actionErrors: ['transition_not_allowed', 'refund_limit_exceeded'],
});

export const createRefundRoute = refundRoutes.create;
export const listRefundsRoute = refundRoutes.list;
export const getRefundRoute = refundRoutes.get;
export const refundActionRoute = refundRoutes.action;

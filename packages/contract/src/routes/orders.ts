import * as z from 'zod/mini';
import { CreateOrderRequest, ListOrdersQuery, Order, OrderPathParams, UpdateOrderStatusRequest } from '../order.js';
import { Page } from '../pagination.js';
import { define } from '../route-definition.js';

export const listOrdersRoute = /*#__PURE__*/ define({
  operationId: 'listOrders',
  method: 'get',
  path: '/v1/orders',
  summary: "List the caller's orders, newest first",
  tag: 'orders',
  auth: 'token',
  roles: ['buyer', 'seller', 'agent', 'admin'],
  query: ListOrdersQuery,
  response: { status: 200, description: 'A page of orders', schema: Page(Order) },
  errors: ['unauthenticated', 'session_expired', 'invalid_query'],
});

export const createOrderRoute = /*#__PURE__*/ define({
  operationId: 'createOrder',
  method: 'post',
  path: '/v1/orders',
  summary: 'Create an order for a buyer (seller); totals are computed by the server',
  tag: 'orders',
  auth: 'token',
  roles: ['seller'],
  body: CreateOrderRequest,
  response: { status: 201, description: 'The new order', schema: Order },
  errors: ['validation_failed', 'malformed_json', 'unauthenticated', 'forbidden', 'not_found', 'idempotency_conflict'],
});

export const getOrderRoute = /*#__PURE__*/ define({
  operationId: 'getOrder',
  method: 'get',
  path: '/v1/orders/{order_id}',
  summary: 'Retrieve an order',
  tag: 'orders',
  auth: 'token',
  roles: ['buyer', 'seller', 'agent', 'admin'],
  params: OrderPathParams,
  response: { status: 200, description: 'The order', schema: Order },
  errors: ['unauthenticated', 'session_expired', 'not_found'],
});

export const cancelOrderRoute = /*#__PURE__*/ define({
  operationId: 'cancelOrder',
  method: 'post',
  path: '/v1/orders/{order_id}/cancel',
  summary: 'Cancel an order (buyer, while its status allows it)',
  tag: 'orders',
  auth: 'token',
  roles: ['buyer', 'seller'],
  params: OrderPathParams,
  body: z.optional(z.object({})),
  response: { status: 200, description: 'The cancelled order', schema: Order },
  errors: ['unauthenticated', 'not_found', 'action_not_allowed', 'idempotency_conflict'],
});

export const updateOrderStatusRoute = /*#__PURE__*/ define({
  operationId: 'updateOrderStatus',
  method: 'post',
  path: '/v1/orders/{order_id}/status',
  summary: "Move an order along its lifecycle (seller); refused when the transition isn't allowed",
  tag: 'orders',
  auth: 'token',
  roles: ['seller', 'admin'],
  params: OrderPathParams,
  body: UpdateOrderStatusRequest,
  response: { status: 200, description: 'The updated order', schema: Order },
  errors: [
    'validation_failed',
    'malformed_json',
    'unauthenticated',
    'forbidden',
    'not_found',
    'invalid_transition',
    'idempotency_conflict',
  ],
});

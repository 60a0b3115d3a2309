import {
  CarrierEvent,
  CarrierEventReceipt,
  CarrierPathParams,
  CreateShipmentRequest,
  Shipment,
  ShipmentList,
  ShipmentPathParams,
} from '../shipment.js';
import { define } from '../route-definition.js';

export const listShipmentsRoute = /*#__PURE__*/ define({
  operationId: 'listShipments',
  method: 'get',
  path: '/v1/orders/{order_id}/shipments',
  summary: "An order's shipments with their checkpoints (newest first) and delivery estimates",
  tag: 'shipments',
  auth: 'token',
  roles: ['buyer', 'seller', 'agent', 'admin'],
  params: ShipmentPathParams,
  response: { status: 200, description: 'Shipments', schema: ShipmentList },
  errors: ['unauthenticated', 'session_expired', 'not_found'],
});

export const createShipmentRoute = /*#__PURE__*/ define({
  operationId: 'createShipment',
  method: 'post',
  path: '/v1/orders/{order_id}/shipments',
  summary: 'Hand items to a carrier (seller); the order status follows its shipments',
  tag: 'shipments',
  auth: 'token',
  roles: ['seller'],
  params: ShipmentPathParams,
  body: CreateShipmentRequest,
  response: { status: 201, description: 'The shipment', schema: Shipment },
  errors: [
    'validation_failed',
    'malformed_json',
    'unauthenticated',
    'forbidden',
    'not_found',
    'action_not_allowed',
    'idempotency_conflict',
  ],
});

export const carrierEventRoute = /*#__PURE__*/ define({
  operationId: 'carrierEvent',
  method: 'post',
  path: '/v1/carriers/{carrier}/events',
  summary:
    'Carrier checkpoint webhook, signed "Tx-Signature: t=<unix>,v1=<hex HMAC-SHA256 of t.body>"; stored, acknowledged, then processed',
  tag: 'shipments',
  auth: 'none',
  roles: [],
  params: CarrierPathParams,
  body: CarrierEvent,
  rawBody: true,
  response: { status: 202, description: 'Accepted (or a duplicate, already accepted)', schema: CarrierEventReceipt },
  errors: ['invalid_signature', 'validation_failed', 'malformed_json', 'not_found'],
});

import * as z from 'zod/mini';
import {
  ConsentList,
  NotificationPreferences,
  UpdateConsentRequest,
  UpdateNotificationPreferencesRequest,
} from './consent.js';
import { DataExport, DataExportId, ErasurePreview, ErasureRequest, ErasureResult } from './privacy.js';
import {
  AuditEvent,
  AuditQuery,
  CasePathParams,
  OpenCaseRequest,
  StaffSession,
  StaffSignInRequest,
  SupportCase,
  SupportCaseDetail,
} from './staff.js';
import { TxEvent } from './events.js';
import { CreateWebhookEndpointRequest, WebhookDelivery, WebhookDeliveryQuery, WebhookEndpoint } from './webhooks.js';
import { Inbox, InboxNotification, InboxQuery, NotificationPathParams } from './notifications.js';
import {
  CarrierEvent,
  CarrierEventReceipt,
  CarrierPathParams,
  CreateShipmentRequest,
  Shipment,
  ShipmentList,
  ShipmentPathParams,
} from './shipment.js';
import { Health } from './health.js';
import { CreateOrderRequest, ListOrdersQuery, Order, OrderPathParams, UpdateOrderStatusRequest } from './order.js';
import { Page } from './pagination.js';
import type { ErrorCode } from './problem.js';
import { CreateSessionRequest, GuestLookupRequest, Session, type Role } from './session.js';

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/**
 * How a route authenticates:
 * - `none`: public;
 * - `secret_key`: a seller's secret key (server to server only);
 * - `publishable_key`: a seller's publishable key (safe in browsers);
 * - `token`: a bearer token — buyer session, seller secret key or staff key — checked against `roles`.
 */
export type RouteAuth = 'none' | 'secret_key' | 'publishable_key' | 'token';

export interface RouteDefinition {
  readonly operationId: string;
  readonly method: HttpMethod;
  /** OpenAPI-style path template, e.g. `/v1/orders/{order_id}`. */
  readonly path: string;
  readonly summary: string;
  readonly tag: string;
  readonly auth: RouteAuth;
  readonly roles: readonly Role[];
  readonly params?: z.ZodMiniObject;
  readonly query?: z.ZodMiniObject;
  readonly body?: z.ZodMiniType;
  /** The handler reads the raw body itself (webhooks verify a signature over the exact bytes first). */
  readonly rawBody?: boolean;
  readonly response: {
    readonly status: number;
    readonly description: string;
    /** JSON body schema; omitted for non-JSON bodies (described by `contentType`). */
    readonly schema?: z.ZodMiniType;
    readonly contentType?: string;
  };
  /** Error codes the route documents besides the ones every route can give. */
  readonly errors: readonly ErrorCode[];
}

/** Codes any route can answer with. */
export const COMMON_ERROR_CODES: readonly ErrorCode[] = ['internal_error', 'rate_limited'];

const define = <const R extends RouteDefinition>(route: R): R => route;

export const healthRoute = /*#__PURE__*/ define({
  operationId: 'health',
  method: 'get',
  path: '/healthz',
  summary: 'Liveness and database check',
  tag: 'meta',
  auth: 'none',
  roles: [],
  response: { status: 200, description: 'The server is up', schema: Health },
  errors: ['service_unavailable'],
});

export const openapiRoute = /*#__PURE__*/ define({
  operationId: 'openapi',
  method: 'get',
  path: '/openapi.json',
  summary: 'This API description (OpenAPI 3.1)',
  tag: 'meta',
  auth: 'none',
  roles: [],
  response: {
    status: 200,
    description: 'OpenAPI document',
    schema: z.looseObject({ openapi: z.string(), paths: z.record(z.string(), z.unknown()) }),
  },
  errors: [],
});

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
  errors: [
    'validation_failed',
    'malformed_json',
    'unauthenticated',
    'invalid_api_key',
    'forbidden',
    'not_found',
    'idempotency_conflict',
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
  errors: ['validation_failed', 'malformed_json', 'invalid_api_key', 'not_found'],
});

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

export const streamEventsRoute = /*#__PURE__*/ define({
  operationId: 'streamEvents',
  method: 'get',
  path: '/v1/events',
  summary: 'Live updates for the caller (Server-Sent Events); resume with Last-Event-ID',
  tag: 'events',
  auth: 'token',
  roles: ['buyer', 'seller'],
  response: {
    status: 200,
    description: 'A text/event-stream whose `data:` lines are events',
    contentType: 'text/event-stream',
    schema: TxEvent,
  },
  errors: ['unauthenticated', 'session_expired'],
});

export const listConsentsRoute = /*#__PURE__*/ define({
  operationId: 'listConsents',
  method: 'get',
  path: '/v1/me/consents',
  summary: "The buyer's consents per purpose, with version, time and source",
  tag: 'privacy',
  auth: 'token',
  roles: ['buyer'],
  response: { status: 200, description: 'Consents', schema: ConsentList },
  errors: ['unauthenticated', 'forbidden'],
});

export const updateConsentRoute = /*#__PURE__*/ define({
  operationId: 'updateConsent',
  method: 'post',
  path: '/v1/me/consents',
  summary: 'Grant or withdraw a consent; takes effect at once',
  tag: 'privacy',
  auth: 'token',
  roles: ['buyer'],
  body: UpdateConsentRequest,
  response: { status: 200, description: 'Consents after the change', schema: ConsentList },
  errors: [
    'validation_failed',
    'malformed_json',
    'unauthenticated',
    'forbidden',
    'consent_required',
    'idempotency_conflict',
  ],
});

export const getNotificationPreferencesRoute = /*#__PURE__*/ define({
  operationId: 'getNotificationPreferences',
  method: 'get',
  path: '/v1/me/notification-preferences',
  summary: 'Notification preferences per kind and channel',
  tag: 'privacy',
  auth: 'token',
  roles: ['buyer'],
  response: { status: 200, description: 'Preferences', schema: NotificationPreferences },
  errors: ['unauthenticated', 'forbidden'],
});

export const updateNotificationPreferencesRoute = /*#__PURE__*/ define({
  operationId: 'updateNotificationPreferences',
  method: 'post',
  path: '/v1/me/notification-preferences',
  summary: 'Change notification preferences',
  tag: 'privacy',
  auth: 'token',
  roles: ['buyer'],
  body: UpdateNotificationPreferencesRequest,
  response: { status: 200, description: 'Preferences after the change', schema: NotificationPreferences },
  errors: ['validation_failed', 'malformed_json', 'unauthenticated', 'forbidden', 'idempotency_conflict'],
});

export const createDataExportRoute = /*#__PURE__*/ define({
  operationId: 'createDataExport',
  method: 'post',
  path: '/v1/me/exports',
  summary: 'Start a job that collects everything held about the buyer',
  tag: 'privacy',
  auth: 'token',
  roles: ['buyer'],
  body: z.optional(z.object({})),
  response: { status: 202, description: 'The export job', schema: DataExport },
  errors: ['unauthenticated', 'forbidden', 'idempotency_conflict'],
});

export const getDataExportRoute = /*#__PURE__*/ define({
  operationId: 'getDataExport',
  method: 'get',
  path: '/v1/me/exports/{export_id}',
  summary: 'Progress of an export job',
  tag: 'privacy',
  auth: 'token',
  roles: ['buyer'],
  params: z.object({ export_id: DataExportId }),
  response: { status: 200, description: 'The export job', schema: DataExport },
  errors: ['unauthenticated', 'forbidden', 'not_found'],
});

export const downloadDataExportRoute = /*#__PURE__*/ define({
  operationId: 'downloadDataExport',
  method: 'get',
  path: '/v1/me/exports/{export_id}/download',
  summary: 'Download the export (machine-readable JSON), once',
  tag: 'privacy',
  auth: 'token',
  roles: ['buyer'],
  params: z.object({ export_id: DataExportId }),
  response: {
    status: 200,
    description: 'Everything held about the buyer',
    schema: z.looseObject({ format: z.literal('txassist.data-export.v1'), buyer: z.unknown() }),
  },
  errors: ['unauthenticated', 'forbidden', 'not_found', 'export_not_ready', 'export_gone'],
});

export const previewErasureRoute = /*#__PURE__*/ define({
  operationId: 'previewErasure',
  method: 'get',
  path: '/v1/me/erasure',
  summary: 'What deleting my data removes, what is kept and why, and what blocks it now',
  tag: 'privacy',
  auth: 'token',
  roles: ['buyer'],
  response: { status: 200, description: 'Erasure preview', schema: ErasurePreview },
  errors: ['unauthenticated', 'forbidden'],
});

export const eraseMyDataRoute = /*#__PURE__*/ define({
  operationId: 'eraseMyData',
  method: 'post',
  path: '/v1/me/erasure',
  summary: "Erase the buyer's personal data (cannot be undone)",
  tag: 'privacy',
  auth: 'token',
  roles: ['buyer'],
  body: ErasureRequest,
  response: { status: 200, description: 'Erasure done', schema: ErasureResult },
  errors: [
    'validation_failed',
    'malformed_json',
    'unauthenticated',
    'forbidden',
    'erasure_blocked',
    'idempotency_conflict',
  ],
});

export const staffSignInRoute = /*#__PURE__*/ define({
  operationId: 'staffSignIn',
  method: 'post',
  path: '/v1/staff/sessions',
  summary: 'Staff sign-in with password and a second factor (TOTP or recovery code)',
  tag: 'staff',
  auth: 'none',
  roles: [],
  body: StaffSignInRequest,
  response: { status: 201, description: 'A staff session', schema: StaffSession },
  errors: ['validation_failed', 'malformed_json', 'invalid_credentials', 'mfa_required', 'mfa_invalid'],
});

export const openCaseRoute = /*#__PURE__*/ define({
  operationId: 'openCase',
  method: 'post',
  path: '/v1/staff/cases',
  summary: 'Open a support case on an order (the reason is recorded in the audit log)',
  tag: 'staff',
  auth: 'token',
  roles: ['agent', 'admin'],
  body: OpenCaseRequest,
  response: { status: 201, description: 'The case', schema: SupportCase },
  errors: ['validation_failed', 'malformed_json', 'unauthenticated', 'forbidden', 'not_found', 'idempotency_conflict'],
});

export const getCaseRoute = /*#__PURE__*/ define({
  operationId: 'getCase',
  method: 'get',
  path: '/v1/staff/cases/{case_id}',
  summary: "A case with the order and the buyer's full personal data (only while open; audited)",
  tag: 'staff',
  auth: 'token',
  roles: ['agent', 'admin'],
  params: CasePathParams,
  response: { status: 200, description: 'The case', schema: SupportCaseDetail },
  errors: ['unauthenticated', 'forbidden', 'not_found'],
});

export const closeCaseRoute = /*#__PURE__*/ define({
  operationId: 'closeCase',
  method: 'post',
  path: '/v1/staff/cases/{case_id}/close',
  summary: 'Close a case; its personal data is no longer shown',
  tag: 'staff',
  auth: 'token',
  roles: ['agent', 'admin'],
  params: CasePathParams,
  body: z.optional(z.object({})),
  response: { status: 200, description: 'The closed case', schema: SupportCase },
  errors: ['unauthenticated', 'forbidden', 'not_found', 'idempotency_conflict'],
});

export const listAuditEventsRoute = /*#__PURE__*/ define({
  operationId: 'listAuditEvents',
  method: 'get',
  path: '/v1/staff/audit-events',
  summary: 'The append-only audit log (admins)',
  tag: 'staff',
  auth: 'token',
  roles: ['admin'],
  query: AuditQuery,
  response: {
    status: 200,
    description: 'Audit events, oldest first',
    schema: z.object({
      object: z.literal('list'),
      data: z.array(AuditEvent),
      has_more: z.boolean(),
      next_cursor: z.nullable(z.string()),
    }),
  },
  errors: ['unauthenticated', 'forbidden', 'invalid_query'],
});

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

export const listNotificationsRoute = /*#__PURE__*/ define({
  operationId: 'listNotifications',
  method: 'get',
  path: '/v1/me/notifications',
  summary: 'The in-app inbox, newest first, with the unread count',
  tag: 'notifications',
  auth: 'token',
  roles: ['buyer'],
  query: InboxQuery,
  response: { status: 200, description: 'Inbox page', schema: Inbox },
  errors: ['unauthenticated', 'forbidden', 'invalid_query'],
});

export const markNotificationReadRoute = /*#__PURE__*/ define({
  operationId: 'markNotificationRead',
  method: 'post',
  path: '/v1/me/notifications/{notification_id}/read',
  summary: 'Mark one inbox message read',
  tag: 'notifications',
  auth: 'token',
  roles: ['buyer'],
  params: NotificationPathParams,
  body: z.optional(z.object({})),
  response: { status: 200, description: 'The message', schema: InboxNotification },
  errors: ['unauthenticated', 'forbidden', 'not_found', 'idempotency_conflict'],
});

export const createWebhookEndpointRoute = /*#__PURE__*/ define({
  operationId: 'createWebhookEndpoint',
  method: 'post',
  path: '/v1/webhook-endpoints',
  summary: 'Register an endpoint for signed event deliveries (the signing secret is shown once)',
  tag: 'webhooks',
  auth: 'token',
  roles: ['seller'],
  body: CreateWebhookEndpointRequest,
  response: { status: 201, description: 'The endpoint, with its secret', schema: WebhookEndpoint },
  errors: ['validation_failed', 'malformed_json', 'unauthenticated', 'forbidden', 'idempotency_conflict'],
});

export const listWebhookDeliveriesRoute = /*#__PURE__*/ define({
  operationId: 'listWebhookDeliveries',
  method: 'get',
  path: '/v1/webhook-deliveries',
  summary: 'Recent deliveries to your endpoints, e.g. the dead-lettered ones (status=dead)',
  tag: 'webhooks',
  auth: 'token',
  roles: ['seller'],
  query: WebhookDeliveryQuery,
  response: {
    status: 200,
    description: 'Deliveries, newest first',
    schema: z.object({ object: z.literal('list'), data: z.array(WebhookDelivery) }),
  },
  errors: ['unauthenticated', 'forbidden', 'invalid_query'],
});

/** Every HTTP route of the Transaction API. The server mounts exactly these; OpenAPI is generated from them.
 * Each route is also its own export so browser bundles keep only the routes they call. */
export const ROUTES = {
  health: healthRoute,
  openapi: openapiRoute,
  createSession: createSessionRoute,
  guestLookup: guestLookupRoute,
  listOrders: listOrdersRoute,
  createOrder: createOrderRoute,
  getOrder: getOrderRoute,
  cancelOrder: cancelOrderRoute,
  updateOrderStatus: updateOrderStatusRoute,
  streamEvents: streamEventsRoute,
  createWebhookEndpoint: createWebhookEndpointRoute,
  listWebhookDeliveries: listWebhookDeliveriesRoute,
  listNotifications: listNotificationsRoute,
  markNotificationRead: markNotificationReadRoute,
  listShipments: listShipmentsRoute,
  createShipment: createShipmentRoute,
  carrierEvent: carrierEventRoute,
  listConsents: listConsentsRoute,
  updateConsent: updateConsentRoute,
  getNotificationPreferences: getNotificationPreferencesRoute,
  updateNotificationPreferences: updateNotificationPreferencesRoute,
  createDataExport: createDataExportRoute,
  getDataExport: getDataExportRoute,
  downloadDataExport: downloadDataExportRoute,
  previewErasure: previewErasureRoute,
  eraseMyData: eraseMyDataRoute,
  staffSignIn: staffSignInRoute,
  openCase: openCaseRoute,
  getCase: getCaseRoute,
  closeCase: closeCaseRoute,
  listAuditEvents: listAuditEventsRoute,
} as const satisfies Record<string, RouteDefinition>;

export type RouteId = keyof typeof ROUTES;
export const ROUTE_LIST: readonly RouteDefinition[] = Object.values(ROUTES);

/** Fills a path template: `buildPath('/v1/orders/{order_id}', { order_id })`, every value URI-encoded. */
export function buildPath(template: string, params: Readonly<Record<string, string>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new TypeError(`Missing path parameter "${name}"`);
    // URLs treat "." and ".." (even percent-encoded) as dot segments, and "" drops the segment:
    // each would reach another route, so they are refused.
    if (value === '' || value === '.' || value === '..') throw new TypeError(`Invalid path parameter "${name}"`);
    return encodeURIComponent(value);
  });
}

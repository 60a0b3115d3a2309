import { healthRoute, openapiRoute } from './routes/meta.js';
import { createSessionRoute, guestLookupRoute } from './routes/sessions.js';
import {
  listOrdersRoute,
  createOrderRoute,
  getOrderRoute,
  cancelOrderRoute,
  updateOrderStatusRoute,
} from './routes/orders.js';
import { streamEventsRoute } from './routes/events.js';
import {
  listConsentsRoute,
  updateConsentRoute,
  getNotificationPreferencesRoute,
  updateNotificationPreferencesRoute,
  createDataExportRoute,
  getDataExportRoute,
  downloadDataExportRoute,
  previewErasureRoute,
  eraseMyDataRoute,
} from './routes/privacy.js';
import { staffSignInRoute, openCaseRoute, getCaseRoute, closeCaseRoute, listAuditEventsRoute } from './routes/staff.js';
import { listShipmentsRoute, createShipmentRoute, carrierEventRoute } from './routes/shipments.js';
import { listNotificationsRoute, markNotificationReadRoute } from './routes/notifications.js';
import { createWebhookEndpointRoute, listWebhookDeliveriesRoute } from './routes/webhooks.js';
import type { RouteDefinition } from './route-definition.js';

export * from './route-definition.js';
export * from './routes/meta.js';
export * from './routes/sessions.js';
export * from './routes/orders.js';
export * from './routes/events.js';
export * from './routes/privacy.js';
export * from './routes/staff.js';
export * from './routes/shipments.js';
export * from './routes/notifications.js';
export * from './routes/webhooks.js';

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

import type { ROUTES } from '@txassist/contract';
import type { RouteHandler } from './handler.js';
import { health, openapi } from './meta.js';
import { cancelOrder, createOrder, getOrder, listOrders, updateOrderStatusHandler } from './orders.js';
import { createSession, guestLookup } from './sessions.js';
import { streamEvents } from './events.js';
import {
  createExportHandler,
  downloadExportHandler,
  eraseHandler,
  getExportHandler,
  getPreferencesHandler,
  listConsentsHandler,
  previewErasureHandler,
  updateConsentHandler,
  updatePreferencesHandler,
} from './privacy.js';
import { createWebhookEndpointHandler, listWebhookDeliveriesHandler } from './webhooks.js';
import { listNotificationsHandler, markNotificationReadHandler } from './inbox.js';
import { carrierEventHandler, createShipmentHandler, listShipmentsHandler } from './shipments.js';
import { closeCaseHandler, getCase, listAuditEvents, openCase, staffSignIn } from './staff.js';

/** One handler per contract route; TypeScript fails the build when a route has none. */
export const HANDLERS: { [K in keyof typeof ROUTES]: RouteHandler<(typeof ROUTES)[K]> } = {
  health,
  openapi,
  createSession,
  guestLookup,
  listOrders,
  createOrder,
  getOrder,
  cancelOrder,
  updateOrderStatus: updateOrderStatusHandler,
  streamEvents,
  createWebhookEndpoint: createWebhookEndpointHandler,
  listWebhookDeliveries: listWebhookDeliveriesHandler,
  listNotifications: listNotificationsHandler,
  markNotificationRead: markNotificationReadHandler,
  listShipments: listShipmentsHandler,
  createShipment: createShipmentHandler,
  carrierEvent: carrierEventHandler,
  listConsents: listConsentsHandler,
  updateConsent: updateConsentHandler,
  getNotificationPreferences: getPreferencesHandler,
  updateNotificationPreferences: updatePreferencesHandler,
  createDataExport: createExportHandler,
  getDataExport: getExportHandler,
  downloadDataExport: downloadExportHandler,
  previewErasure: previewErasureHandler,
  eraseMyData: eraseHandler,
  staffSignIn,
  openCase,
  getCase,
  closeCase: closeCaseHandler,
  listAuditEvents,
};

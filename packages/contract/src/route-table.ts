import { healthRoute, openapiRoute, readinessRoute } from './routes/meta.js';
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
import { cardFieldsFrameRoute } from './routes/card-fields.js';
import {
  getSellerPolicyRoute,
  updateSellerPolicyRoute,
  getOrderEligibilityRoute,
  createRefundRoute,
  listRefundsRoute,
  getRefundRoute,
  refundActionRoute,
} from './routes/refunds.js';
import { uploadEvidenceRoute, getEvidenceContentRoute } from './routes/evidence.js';
import {
  createDisputeRoute,
  listDisputesRoute,
  getDisputeRoute,
  disputeActionRoute,
  postDisputeMessageRoute,
} from './routes/disputes.js';
import { listAgentQueueRoute, getAgentCaseFileRoute } from './routes/agent.js';
import {
  listProductsRoute,
  createCheckoutRoute,
  getCheckoutRoute,
  updateCheckoutRoute,
  placeOrderRoute,
} from './routes/checkout.js';
import {
  createCardTokenRoute,
  getPaymentIntentRoute,
  confirmPaymentIntentRoute,
  verifyPaymentIntentRoute,
  resendPaymentIntentCodeRoute,
  cancelPaymentIntentRoute,
  walletPageRoute,
  walletDecisionRoute,
} from './routes/payments.js';
import { listAssistantSuggestionsRoute } from './routes/assistant.js';
import { exchangeAccessCodeRoute, requestAccessCodeRoute } from './routes/access-codes.js';
import { createGuestCheckoutRoute } from './routes/guest-checkout.js';
import {
  getSupportContextRoute,
  createSupportConversationRoute,
  listSupportConversationsRoute,
  getSupportConversationRoute,
  replySupportConversationRoute,
  closeSupportConversationRoute,
  listAgentSupportQueueRoute,
  getAgentSupportConversationRoute,
  agentReplySupportConversationRoute,
  agentCloseSupportConversationRoute,
} from './routes/support.js';
import { getFeedbackSummaryRoute, recordSearchMissRoute, sendFeedbackRoute } from './routes/feedback.js';
import type { RouteDefinition } from './route-definition.js';

export * from './route-definition.js';
export * from './routes/checkout.js';
export * from './routes/payments.js';
export * from './routes/refunds.js';
export * from './routes/evidence.js';
export * from './routes/disputes.js';
export * from './routes/agent.js';
export * from './routes/meta.js';
export * from './routes/sessions.js';
export * from './routes/orders.js';
export * from './routes/events.js';
export * from './routes/privacy.js';
export * from './routes/staff.js';
export * from './routes/shipments.js';
export * from './routes/notifications.js';
export * from './routes/webhooks.js';
export * from './routes/card-fields.js';
export * from './routes/assistant.js';
export * from './routes/access-codes.js';
export * from './routes/guest-checkout.js';
export * from './routes/support.js';
export * from './routes/feedback.js';

/** Every HTTP route of the Transaction API. The server mounts exactly these; OpenAPI is generated from them.
 * Each route is also its own export so browser bundles keep only the routes they call. */
export const ROUTES = {
  health: healthRoute,
  readiness: readinessRoute,
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
  cardFieldsFrame: cardFieldsFrameRoute,
  getSellerPolicy: getSellerPolicyRoute,
  updateSellerPolicy: updateSellerPolicyRoute,
  getOrderEligibility: getOrderEligibilityRoute,
  createRefund: createRefundRoute,
  listRefunds: listRefundsRoute,
  getRefund: getRefundRoute,
  refundAction: refundActionRoute,
  uploadEvidence: uploadEvidenceRoute,
  getEvidenceContent: getEvidenceContentRoute,
  createDispute: createDisputeRoute,
  listDisputes: listDisputesRoute,
  getDispute: getDisputeRoute,
  disputeAction: disputeActionRoute,
  postDisputeMessage: postDisputeMessageRoute,
  listAgentQueue: listAgentQueueRoute,
  getAgentCaseFile: getAgentCaseFileRoute,
  listProducts: listProductsRoute,
  createCheckout: createCheckoutRoute,
  getCheckout: getCheckoutRoute,
  updateCheckout: updateCheckoutRoute,
  placeOrder: placeOrderRoute,
  createCardToken: createCardTokenRoute,
  getPaymentIntent: getPaymentIntentRoute,
  confirmPaymentIntent: confirmPaymentIntentRoute,
  verifyPaymentIntent: verifyPaymentIntentRoute,
  resendPaymentIntentCode: resendPaymentIntentCodeRoute,
  cancelPaymentIntent: cancelPaymentIntentRoute,
  walletPage: walletPageRoute,
  walletDecision: walletDecisionRoute,
  listAssistantSuggestions: listAssistantSuggestionsRoute,
  requestAccessCode: requestAccessCodeRoute,
  exchangeAccessCode: exchangeAccessCodeRoute,
  createGuestCheckout: createGuestCheckoutRoute,
  getSupportContext: getSupportContextRoute,
  createSupportConversation: createSupportConversationRoute,
  listSupportConversations: listSupportConversationsRoute,
  getSupportConversation: getSupportConversationRoute,
  replySupportConversation: replySupportConversationRoute,
  closeSupportConversation: closeSupportConversationRoute,
  listAgentSupportQueue: listAgentSupportQueueRoute,
  getAgentSupportConversation: getAgentSupportConversationRoute,
  agentReplySupportConversation: agentReplySupportConversationRoute,
  agentCloseSupportConversation: agentCloseSupportConversationRoute,
  sendFeedback: sendFeedbackRoute,
  recordSearchMiss: recordSearchMissRoute,
  getFeedbackSummary: getFeedbackSummaryRoute,
} as const satisfies Record<string, RouteDefinition>;

export type RouteId = keyof typeof ROUTES;
export const ROUTE_LIST: readonly RouteDefinition[] = Object.values(ROUTES);

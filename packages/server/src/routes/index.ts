import type { ROUTES } from '@txassist/contract';
import type { RouteHandler } from '../http/route-handler.js';
import {
  createCheckoutHandler,
  getCheckoutHandler,
  listProductsHandler,
  placeOrderHandler,
  updateCheckoutHandler,
} from './checkout.js';
import {
  cancelPaymentIntentHandler,
  confirmPaymentIntentHandler,
  createCardTokenHandler,
  getPaymentIntentHandler,
  resendPaymentIntentCodeHandler,
  verifyPaymentIntentHandler,
} from './payments.js';
import { walletDecisionHandler, walletPageHandler } from '../payments/wallet-routes.js';
import { cardFieldsFrame } from '../card-fields/frame-route.js';
import { health, openapi, readiness } from './meta.js';
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
import {
  getOrderEligibilityHandler,
  getSellerPolicyHandler,
  updateSellerPolicyHandler,
  refundCaseHandlers,
} from './refunds.js';
import {
  getEvidenceContentHandler,
  postDisputeMessageHandler,
  uploadEvidenceHandler,
  disputeCaseHandlers,
} from './disputes.js';
import { getAgentCaseFileHandler, listAgentQueueHandler } from './agent-queue.js';
import { listAssistantSuggestionsHandler } from './assistant.js';
import { exchangeAccessCodeHandler, requestAccessCodeHandler } from './access-codes.js';
import { createGuestCheckoutHandler } from './guest-checkout.js';
import {
  agentCloseSupportConversationHandler,
  agentReplySupportConversationHandler,
  closeSupportConversationHandler,
  createSupportConversationHandler,
  getAgentSupportConversationHandler,
  getSupportContextHandler,
  getSupportConversationHandler,
  listAgentSupportQueueHandler,
  listSupportConversationsHandler,
  replySupportConversationHandler,
} from './support.js';
import { getFeedbackSummaryHandler, recordSearchMissHandler, sendFeedbackHandler } from './feedback.js';

/** One handler per contract route; TypeScript fails the build when a route has none. */
export const HANDLERS: { [K in keyof typeof ROUTES]: RouteHandler<(typeof ROUTES)[K]> } = {
  health,
  readiness,
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
  cardFieldsFrame,
  getSellerPolicy: getSellerPolicyHandler,
  updateSellerPolicy: updateSellerPolicyHandler,
  getOrderEligibility: getOrderEligibilityHandler,
  createRefund: refundCaseHandlers.create,
  listRefunds: refundCaseHandlers.list,
  getRefund: refundCaseHandlers.get,
  refundAction: refundCaseHandlers.action,
  uploadEvidence: uploadEvidenceHandler,
  getEvidenceContent: getEvidenceContentHandler,
  createDispute: disputeCaseHandlers.create,
  listDisputes: disputeCaseHandlers.list,
  getDispute: disputeCaseHandlers.get,
  disputeAction: disputeCaseHandlers.action,
  postDisputeMessage: postDisputeMessageHandler,
  listAgentQueue: listAgentQueueHandler,
  getAgentCaseFile: getAgentCaseFileHandler,
  listProducts: listProductsHandler,
  createCheckout: createCheckoutHandler,
  getCheckout: getCheckoutHandler,
  updateCheckout: updateCheckoutHandler,
  placeOrder: placeOrderHandler,
  createCardToken: createCardTokenHandler,
  getPaymentIntent: getPaymentIntentHandler,
  confirmPaymentIntent: confirmPaymentIntentHandler,
  verifyPaymentIntent: verifyPaymentIntentHandler,
  resendPaymentIntentCode: resendPaymentIntentCodeHandler,
  cancelPaymentIntent: cancelPaymentIntentHandler,
  walletPage: walletPageHandler,
  walletDecision: walletDecisionHandler,
  listAssistantSuggestions: listAssistantSuggestionsHandler,
  requestAccessCode: requestAccessCodeHandler,
  exchangeAccessCode: exchangeAccessCodeHandler,
  createGuestCheckout: createGuestCheckoutHandler,
  getSupportContext: getSupportContextHandler,
  createSupportConversation: createSupportConversationHandler,
  listSupportConversations: listSupportConversationsHandler,
  getSupportConversation: getSupportConversationHandler,
  replySupportConversation: replySupportConversationHandler,
  closeSupportConversation: closeSupportConversationHandler,
  listAgentSupportQueue: listAgentSupportQueueHandler,
  getAgentSupportConversation: getAgentSupportConversationHandler,
  agentReplySupportConversation: agentReplySupportConversationHandler,
  agentCloseSupportConversation: agentCloseSupportConversationHandler,
  sendFeedback: sendFeedbackHandler,
  recordSearchMiss: recordSearchMissHandler,
  getFeedbackSummary: getFeedbackSummaryHandler,
};

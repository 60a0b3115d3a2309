export { createClient, type ClientOptions, type TxClient } from './client.js';
export { createClientWith, type ClientWith, type ResourceFactory } from './client-core.js';
// Resource factories for `createClientWith` (a client with only what a page calls).
export { createOrdersResource } from './resources/orders.js';
export { createSessionsResource } from './resources/sessions.js';
export { createGuestCheckoutsResource } from './resources/guest-checkouts.js';
export { createEventsResource } from './resources/events.js';
export { createPrivacyResource } from './resources/privacy.js';
export { createShipmentsResource } from './resources/shipments.js';
export { createNotificationsResource } from './resources/notifications.js';
export { createAssistantResource } from './resources/assistant.js';
export { createSupportResource } from './resources/support.js';
export { createFeedbackResource, createFeedbackSummaryResource } from './resources/feedback.js';
export { createCheckoutsResource, createProductsResource } from './resources/checkout.js';
export { createPaymentIntentsResource } from './resources/payments.js';
export { createDisputesResource } from './resources/disputes.js';
export { createRefundsResource } from './resources/refunds.js';
export { createAgentResource } from './resources/agent.js';
export {
  ApiError,
  AuthenticationError,
  ConflictError,
  IdempotencyConflictError,
  NetworkError,
  NotFoundError,
  PermissionError,
  RateLimitError,
  ResponseValidationError,
  ServerError,
  TimeoutError,
  TxError,
  ValidationError,
  type ApiErrorInit,
} from './errors.js';
export type { GetSessionToken } from './internal/session-token.js';
export { createDraftStore, type DraftStore } from './storage/draft-store.js';
export {
  CHECKOUT_STEPS,
  CheckoutFlow,
  describeCheckoutFailure,
  type ChallengeProblem,
  type CheckoutApi,
  type CheckoutBusy,
  type CheckoutFailure,
  type CheckoutFlowState,
  type CheckoutStep,
  type PaymentPhase,
} from './flows/checkout-flow.js';
export type { MutationOptions, RequestOptions, ResponseValidator } from './internal/http.js';
export type { ListOrdersParams, OrdersResource } from './resources/orders.js';
export type { SessionsResource } from './resources/sessions.js';
export type { GuestCheckoutsResource } from './resources/guest-checkouts.js';
export type { ShipmentsResource } from './resources/shipments.js';
export type { CheckoutsResource, ProductsResource } from './resources/checkout.js';
export type { PaymentIntentsResource } from './resources/payments.js';
export {
  checkEvidenceFile,
  type DisputesResource,
  type EvidenceSource,
  type EvidenceUploadOptions,
  type ListDisputesParams,
} from './resources/disputes.js';
export type { ListRefundsParams, RefundsResource } from './resources/refunds.js';
export type { AgentQueueParams, AgentResource } from './resources/agent.js';
export type { ListNotificationsParams, NotificationsResource } from './resources/notifications.js';
export type { AssistantResource, ConnectionProbe } from './resources/assistant.js';
export type { AgentSupportQueueItem, SupportListParams, SupportResource } from './resources/support.js';
export type {
  FeedbackResource,
  FeedbackSummaryQuery,
  FeedbackSummaryResource,
  SendFeedbackInput,
} from './resources/feedback.js';
export type { EventsResource, StreamStatus, SubscribeOptions } from './resources/events.js';
export {
  DataExportError,
  ErasureBlockedError,
  type DataExportFile,
  type ErasureBlocker,
  type NotificationPreferenceChange,
  type PrivacyResource,
  type WaitForExportOptions,
} from './resources/privacy.js';
export type {
  Consent,
  ConsentList,
  ConsentPurpose,
  DataExport,
  ErasurePreview,
  ErasureResult,
  FieldError,
  NotificationChannel,
  NotificationKind,
  NotificationPreference,
  NotificationPreferences,
  Order,
  OrderStatus,
  PageOf,
  Problem,
  Session,
  TxEvent,
  UpdateConsentRequest,
} from '@txassist/contract/types';

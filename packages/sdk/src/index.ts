export { createClient, type ClientOptions, type TxClient } from './client.js';
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
export type { MutationOptions, RequestOptions } from './internal/http.js';
export type { ListOrdersParams, OrdersResource } from './resources/orders.js';
export type { SessionsResource } from './resources/sessions.js';
export type { ShipmentsResource } from './resources/shipments.js';
export type { ListNotificationsParams, NotificationsResource } from './resources/notifications.js';
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
} from '@txassist/contract';

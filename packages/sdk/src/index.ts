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
export type { EventsResource, StreamStatus, SubscribeOptions } from './resources/events.js';
export type { Order, OrderStatus, PageOf, Problem, Session, TxEvent, FieldError } from '@txassist/contract';

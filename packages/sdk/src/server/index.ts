// `@txassist/sdk/server`: for the seller's back end only (secret key). package.json exports it under the
// `node` condition alone, so a browser bundler cannot resolve it (scripts/check-server-sdk-not-in-browser.mjs).
export { createServerClient, type NewOrder, type ServerClient, type ServerClientOptions } from './client.js';
export {
  DEFAULT_WEBHOOK_TOLERANCE_SECONDS,
  verifyWebhook,
  WEBHOOK_SIGNATURE_HEADER,
  WebhookSignatureError,
  type VerifyWebhookOptions,
  type WebhookSignatureErrorCode,
} from './webhooks.js';
export {
  ApiError,
  AuthenticationError,
  ConflictError,
  NetworkError,
  NotFoundError,
  PermissionError,
  RateLimitError,
  TimeoutError,
  TxError,
  ValidationError,
} from '../errors.js';
export type { MutationOptions, RequestOptions } from '../internal/http.js';

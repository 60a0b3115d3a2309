import type * as z from 'zod/mini';
import type { ErrorCode } from './problem.js';
import type { Role } from './session.js';

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/**
 * How a route authenticates:
 * - `none`: public;
 * - `secret_key`: a seller's secret key (server to server only);
 * - `publishable_key`: a seller's publishable key (safe in browsers);
 * - `token`: a bearer token — buyer session, seller secret key or staff session — checked against `roles`.
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
  /**
   * The answer carries a credential (a session token, a signing secret). It is never stored for
   * replay: the same idempotency key again gets 409 `idempotency_key_used`.
   */
  readonly returnsCredential?: true;
  /** Error codes the route documents besides the ones every route can give. */
  readonly errors: readonly ErrorCode[];
}

/** Codes any route can answer with (`service_unavailable`: e.g. an encryption key cannot be used). */
export const COMMON_ERROR_CODES: readonly ErrorCode[] = [
  'internal_error',
  'rate_limited',
  'service_unavailable',
  // A TxAssist-Version header naming no supported version (docs/api-versions.md).
  'invalid_api_version',
];

/** Keeps a route's literal types (so handlers and the SDK infer its schemas). */
export const define = <const R extends RouteDefinition>(route: R): R => route;

// Zod-free, so `@txassist/contract/values` (which re-exports it) never reaches zod's types.
export { buildPath } from './values/build-path.js';

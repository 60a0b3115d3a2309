import { API_VERSION_HEADER, buildPath, LATEST_API_VERSION } from '@txassist/contract/values';
import ky, { HTTPError, TimeoutError as KyTimeoutError, type KyInstance, type Options as KyOptions } from 'ky';
import type { TxEvent } from '@txassist/contract/types';
import { ApiError, NetworkError, ResponseValidationError, TimeoutError, type ContractIssue } from '../errors.js';
import { newIdempotencyKey } from './idempotency.js';
import { toApiError } from './problem.js';
import { isRetryableStatus, type BackoffOptions } from './retry.js';
import type { RouteRef } from './route-ref.js';
import type { SessionTokenStore } from './session-token.js';

export interface HttpConfig {
  apiBase: string;
  publishableKey: string | undefined;
  locale: string | undefined;
  fetch: typeof globalThis.fetch | undefined;
  /** Per attempt, in ms; 0 disables. */
  timeout: number;
  maxRetries: number;
  backoff: BackoffOptions;
  /** Checks every JSON answer against its contract schema (`@txassist/sdk/validation`). */
  validator: ResponseValidator | undefined;
}

/** Options every SDK call accepts. */
export interface RequestOptions {
  signal?: AbortSignal;
  /** Overrides the client's `maxRetries` for this call. */
  maxRetries?: number;
}

/** Options of calls that change something (POST). */
export interface MutationOptions extends RequestOptions {
  /** Reused across retries; generated once per call when omitted. */
  idempotencyKey?: string;
}

export interface Call {
  params?: Record<string, string>;
  query?: Record<string, string | number | undefined>;
  body?: unknown;
}

/** One prepared attempt (URL, method, every header, JSON body) for a `Transport`. */
export interface TransportRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string | undefined;
  signal: AbortSignal;
}

/**
 * Sends one attempt instead of ky/fetch (e.g. `XMLHttpRequest` for upload progress) and resolves with the
 * full answer; rejects with the signal's reason when aborted and with any other error when unreachable.
 */
export type Transport = (request: TransportRequest) => Promise<Exchange>;

/** Options of a call sent through another transport; the pipeline (headers, auth, retries, errors) stays the same. */
export interface TransportOptions extends MutationOptions {
  transport?: Transport;
}

interface SendOptions extends TransportOptions {
  headers?: Record<string, string>;
  /** Hand back the response with its body unread (event streams); the timeout covers the headers only. */
  stream?: boolean;
}

export interface Exchange {
  response: Response;
  text: string;
}

/** 408, 409, 429 and every 5xx: ky retries these unless `isRetryableStatus` calls the conflict final. */
const RETRY_STATUS_CODES = [408, 409, 429, ...Array.from({ length: 100 }, (_, index) => 500 + index)];
/** Every method the API has (its routes are GET and POST only); ky would not retry POST by default. */
const ALL_METHODS: NonNullable<KyOptions['retry'] & object>['methods'] = ['get', 'post'];

/** Checks answers and events against the contract; `contractValidation` from `@txassist/sdk/validation`. */
export interface ResponseValidator {
  /** The answer as the contract parses it; throws ResponseValidationError when it breaks the contract. */
  validateResponse(operationId: string, json: unknown, status: number, requestId: string | undefined): unknown;
  /** An event of a known type as the contract parses it, or the error when it breaks the contract. */
  validateEvent(json: unknown): TxEvent | ResponseValidationError;
}

/**
 * The request pipeline on ky: ky retries (limit, methods, status codes, `Retry-After`, backoff with jitter),
 * times each attempt out and runs the hooks that add the session token and refresh it after a 401. Ours:
 * one idempotency key across retries, error mapping and the optional contract check.
 */
export class Http {
  readonly tokens: SessionTokenStore;
  readonly backoff: BackoffOptions;
  readonly #config: HttpConfig;
  readonly #ky: KyInstance;
  /** Set by `validateResponses`; undefined in production bundles. */
  readonly validator: ResponseValidator | undefined;

  constructor(config: HttpConfig, tokens: SessionTokenStore) {
    this.#config = config;
    this.backoff = config.backoff;
    this.tokens = tokens;
    this.validator = config.validator;
    const { baseDelay, maxDelay, maxRetryAfter } = config.backoff;
    this.#ky = ky.create({
      fetch: config.fetch,
      timeout: config.timeout > 0 ? config.timeout : false,
      retry: {
        methods: ALL_METHODS,
        statusCodes: RETRY_STATUS_CODES,
        afterStatusCodes: RETRY_STATUS_CODES,
        maxRetryAfter,
        delay: (attempt) => baseDelay * 2 ** (attempt - 1),
        backoffLimit: maxDelay,
        jitter: true,
        retryOnTimeout: true,
      },
    });
  }

  /** Sends a call and parses its JSON answer (checked against the contract when `validateResponses` is set). */
  async request<T>(route: RouteRef<T>, call: Call, options: TransportOptions = {}): Promise<T> {
    const { response, text } = await this.send(route, call, options);
    const requestId = response.headers.get('x-request-id') ?? undefined;
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      const issue: ContractIssue = { code: 'custom', path: [], message: 'The body is not valid JSON', input: text };
      throw new ResponseValidationError([issue], response.status, requestId);
    }
    if (!this.validator) return json as T;
    return this.validator.validateResponse(route.operationId, json, response.status, requestId) as T;
  }

  /**
   * Sends a call with retries; resolves with a 2xx exchange, rejects with a typed error or the abort reason.
   * In `stream` mode the body of a 2xx response is left unread (and `text` is empty).
   */
  async send(route: RouteRef, call: Call, options: SendOptions = {}): Promise<Exchange> {
    const { signal, transport } = options;
    signal?.throwIfAborted();
    const maxRetries = options.maxRetries ?? this.#config.maxRetries;
    const headers: Record<string, string> = {
      Accept: options.stream ? 'text/event-stream' : 'application/json',
      // The API version this release parses (docs/api-versions.md); the server SDK may pin another.
      [API_VERSION_HEADER]: LATEST_API_VERSION,
      ...options.headers,
    };
    if (this.#config.publishableKey) headers['X-Tx-Publishable-Key'] = this.#config.publishableKey;
    if (this.#config.locale) headers['Accept-Language'] = this.#config.locale;
    if (route.method === 'post') headers['Idempotency-Key'] = options.idempotencyKey ?? newIdempotencyKey();
    // The server never replays an answer that carries a credential (409 idempotency_key_used), so a
    // retry of such a call asks anew under a fresh key; a lost token simply expires unused.
    const freshKeyPerAttempt = route.returnsCredential === true && options.idempotencyKey === undefined;
    const usesToken = route.auth === 'token';
    const tokens = this.tokens;
    let token: string | undefined;
    let refreshed = false;

    try {
      const response = await this.#ky(this.#config.apiBase + buildPath(route.path, call.params), {
        method: route.method,
        headers,
        searchParams: call.query,
        json: call.body,
        signal,
        ...(transport ? { fetch: (input: unknown) => viaTransport(transport, input as Request) } : {}),
        retry: {
          // The token refresh below is a retry for ky; it does not count against `maxRetries`.
          limit: maxRetries + (usesToken && tokens.canRefresh ? 1 : 0),
          shouldRetry: async ({ error, retryCount }) => {
            if (retryCount - (refreshed ? 1 : 0) > maxRetries) return false;
            if (!(error instanceof HTTPError)) return undefined;
            const { code } = toApiError(error.response, await error.response.clone().text());
            return isRetryableStatus(error.response.status, code) ? undefined : false;
          },
        },
        hooks: {
          beforeRequest: [
            async (request) => {
              if (!usesToken) return;
              token = await tokens.get();
              if (token) request.headers.set('Authorization', `Bearer ${token}`);
              else request.headers.delete('Authorization');
            },
          ],
          afterResponse: [
            // The token may just have expired: ask the page for a new one and try again, once.
            // (A wrong publishable key is also a 401, but a new token cannot fix it.)
            async (_request, _options, response) => {
              if (response.status !== 401 || !usesToken || refreshed || !tokens.canRefresh) return;
              const { code } = toApiError(response, await response.clone().text());
              if (code === 'invalid_api_key') return;
              refreshed = true;
              await tokens.refresh(token);
              return ky.retry({ delay: 0 });
            },
          ],
          beforeRetry: [
            ({ request }) => {
              if (freshKeyPerAttempt) request.headers.set('Idempotency-Key', newIdempotencyKey());
            },
          ],
        },
      });
      const text = options.stream ? '' : await response.text();
      return { response, text };
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      if (error instanceof HTTPError) throw toApiError(error.response, await error.response.text());
      if (error instanceof ApiError) throw error;
      if (error instanceof KyTimeoutError)
        throw new TimeoutError(`No answer within ${this.#config.timeout} ms`, { cause: error });
      throw new NetworkError(`Could not reach the API: ${(error as Error)?.message ?? String(error)}`, {
        cause: error,
      });
    }
  }
}

/** Hands one attempt ky prepared to a `Transport` and gives ky its answer. */
async function viaTransport(transport: Transport, request: Request): Promise<Response> {
  const body = request.body === null ? undefined : await request.text();
  const { response } = await transport({
    url: request.url,
    method: request.method,
    headers: Object.fromEntries(request.headers),
    body,
    signal: request.signal,
  });
  return response;
}

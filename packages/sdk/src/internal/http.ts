import { buildPath, type RouteDefinition } from '@txassist/contract';
import ky, { type KyInstance } from 'ky';
import { safeParse, type core, type infer as Infer, type ZodMiniType } from 'zod/mini';
import { NetworkError, ResponseValidationError, TimeoutError, TxError } from '../errors.js';
import { sleep } from './abort.js';
import { newIdempotencyKey } from './idempotency.js';
import { toApiError } from './problem.js';
import { isRetryableStatus, parseRetryAfter, retryDelay, type BackoffOptions } from './retry.js';
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

type JsonRoute = RouteDefinition & { response: { schema: ZodMiniType } };

/** The request pipeline: headers, auth refresh, per-attempt timeout, retries, error mapping, validation. */
export class Http {
  readonly tokens: SessionTokenStore;
  readonly backoff: BackoffOptions;
  readonly #config: HttpConfig;
  readonly #ky: KyInstance;

  constructor(config: HttpConfig, tokens: SessionTokenStore) {
    this.#config = config;
    this.backoff = config.backoff;
    this.tokens = tokens;
    // Retries, timeouts and error mapping are ours so the policy is exact; ky builds and sends requests.
    this.#ky = ky.create({ fetch: config.fetch, retry: 0, timeout: false, throwHttpErrors: false });
  }

  /** Sends a call and validates the JSON answer with the route's contract schema. */
  async request<R extends JsonRoute>(
    route: R,
    call: Call,
    options: TransportOptions = {},
  ): Promise<Infer<R['response']['schema']>> {
    const { response, text } = await this.send(route, call, options);
    const requestId = response.headers.get('x-request-id') ?? undefined;
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      const issue: core.$ZodIssue = { code: 'custom', path: [], message: 'The body is not valid JSON', input: text };
      throw new ResponseValidationError([issue], response.status, requestId);
    }
    const result = safeParse(route.response.schema, json);
    if (!result.success) throw new ResponseValidationError(result.error.issues, response.status, requestId);
    return result.data as Infer<R['response']['schema']>;
  }

  /**
   * Sends a call with retries; resolves with a 2xx exchange, rejects with a typed error or the abort reason.
   * In `stream` mode the body of a 2xx response is left unread (and `text` is empty).
   */
  async send(route: RouteDefinition, call: Call, options: SendOptions = {}): Promise<Exchange> {
    const { signal } = options;
    signal?.throwIfAborted();
    const maxRetries = options.maxRetries ?? this.#config.maxRetries;
    const url = this.#config.apiBase + buildPath(route.path, call.params);
    const headers: Record<string, string> = {
      Accept: options.stream ? 'text/event-stream' : 'application/json',
      ...options.headers,
    };
    if (this.#config.publishableKey) headers['X-Tx-Publishable-Key'] = this.#config.publishableKey;
    if (this.#config.locale) headers['Accept-Language'] = this.#config.locale;
    if (route.method === 'post') headers['Idempotency-Key'] = options.idempotencyKey ?? newIdempotencyKey();
    // The server never replays an answer that carries a credential (409 idempotency_key_used), so a
    // retry of such a call asks anew under a fresh key; a lost token simply expires unused.
    const freshKeyPerAttempt = route.returnsCredential === true && options.idempotencyKey === undefined;
    const usesToken = route.auth === 'token';
    let refreshedToken = false;

    for (let retry = 0; ;) {
      const token = usesToken ? await this.tokens.get() : undefined;
      if (token) headers.Authorization = `Bearer ${token}`;
      else delete headers.Authorization;
      let outcome: Exchange | TxError;
      try {
        outcome = await this.#attempt(url, route, call, headers, options);
      } catch (error) {
        if (signal?.aborted) throw signal.reason;
        if (!(error instanceof NetworkError || error instanceof TimeoutError)) throw error;
        outcome = error;
      }
      let retryAfterMs: number | undefined;
      if (!(outcome instanceof TxError)) {
        const { response, text } = outcome;
        if (response.ok) return outcome;
        const error = toApiError(response, text);
        // The token may just have expired: ask the page for a new one and try again, once.
        // (A wrong publishable key is also a 401, but a new token cannot fix it.)
        if (
          error.status === 401 &&
          error.code !== 'invalid_api_key' &&
          usesToken &&
          !refreshedToken &&
          this.tokens.canRefresh
        ) {
          refreshedToken = true;
          await this.tokens.refresh(token);
          continue;
        }
        if (!isRetryableStatus(error.status, error.code)) throw error;
        outcome = error;
        retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
      }
      if (retry >= maxRetries) throw outcome;
      await sleep(retryDelay(retry++, this.backoff, retryAfterMs), signal);
      if (freshKeyPerAttempt) headers['Idempotency-Key'] = newIdempotencyKey();
    }
  }

  /** One HTTP exchange, body included, bounded by the timeout; connection failures become NetworkError/TimeoutError. */
  async #attempt(
    url: string,
    route: RouteDefinition,
    call: Call,
    headers: Record<string, string>,
    options: SendOptions,
  ): Promise<Exchange> {
    const timeout = new AbortController();
    const signals = options.signal ? [options.signal, timeout.signal] : [timeout.signal];
    const timer = this.#config.timeout > 0 ? setTimeout(() => timeout.abort(), this.#config.timeout) : undefined;
    try {
      if (options.transport) {
        const body = call.body === undefined ? undefined : JSON.stringify(call.body);
        const query = Object.entries(call.query ?? {}).filter(([, value]) => value !== undefined);
        return await options.transport({
          url: query.length
            ? `${url}?${new URLSearchParams(query.map(([name, value]) => [name, String(value)]))}`
            : url,
          method: route.method.toUpperCase(),
          headers: body === undefined ? headers : { ...headers, 'Content-Type': 'application/json' },
          body,
          signal: AbortSignal.any(signals),
        });
      }
      const response = await this.#ky(url, {
        method: route.method,
        headers,
        searchParams: call.query,
        json: call.body,
        signal: AbortSignal.any(signals),
      });
      const text = options.stream && response.ok ? '' : await response.text();
      return { response, text };
    } catch (error) {
      if (options.signal?.aborted) throw options.signal.reason;
      if (timeout.signal.aborted)
        throw new TimeoutError(`No answer within ${this.#config.timeout} ms`, { cause: error });
      throw new NetworkError(`Could not reach the API: ${(error as Error)?.message ?? String(error)}`, {
        cause: error,
      });
    } finally {
      clearTimeout(timer);
    }
  }
}

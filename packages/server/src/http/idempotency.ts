import type { Context } from 'hono';
import { claimIdempotencyKey, completeIdempotencyKey, releaseIdempotencyKey } from '../store/idempotency.js';
import type { AppEnv } from './env.js';
import { ProblemError, problemResponse } from './problem.js';

export const IDEMPOTENCY_HEADER = 'Idempotency-Key';

/**
 * Runs `handle` at most once per (caller, key). A replay gets the first response byte for byte
 * (errors included); the same key with another request is refused; a key still running gets 409.
 * Server failures (5xx) and rate limiting (429) did nothing, so they release the key for a retry.
 */
const releases = (status: number) => status >= 500 || status === 429;

export async function withIdempotency(
  c: Context<AppEnv>,
  caller: string,
  handle: () => Promise<Response>,
): Promise<Response> {
  const key = c.req.header(IDEMPOTENCY_HEADER);
  if (key === undefined) return handle();
  if (key.length < 1 || key.length > 255 || !/^[\x21-\x7e]+$/.test(key)) {
    throw new ProblemError('invalid_idempotency_key', 'Use 1 to 255 visible ASCII characters, e.g. a UUID.');
  }
  const services = c.var.services;
  const { db, config } = services;
  // Keyed (HMAC under the index key), not a bare SHA-256: a body may hold something guessable and
  // secret (a card number on POST /v1/card-tokens), and a plain hash of it could be brute-forced.
  const fingerprint = await services.cipher.blindIndex(
    `${c.req.method} ${new URL(c.req.url).pathname}\n${await c.req.text()}`,
    'idempotency_keys.fingerprint',
  );
  const expiredBefore = new Date(config.now().getTime() - config.idempotencyTtlMs);
  const claim = await claimIdempotencyKey(db, caller, key, fingerprint, expiredBefore, config.now());

  if (claim.kind !== 'claimed' && claim.fingerprint !== fingerprint) {
    throw new ProblemError('idempotency_conflict', 'Use a new idempotency key for a different request.');
  }
  if (claim.kind === 'in_progress') {
    throw new ProblemError('idempotency_in_progress', 'Wait a moment and retry with the same key.', {
      retryAfterSeconds: 1,
    });
  }
  if (claim.kind === 'done') {
    const body = await services.cipher.decrypt(claim.response.body, 'idempotency_keys.response_body');
    return new Response(body, {
      status: claim.response.status,
      headers: { 'Content-Type': claim.response.contentType, 'Idempotent-Replayed': 'true' },
    });
  }

  let response: Response;
  try {
    response = await handle();
  } catch (error) {
    if (error instanceof ProblemError && !releases(error.status)) {
      response = problemResponse(error, c.var.requestId);
    } else {
      await releaseIdempotencyKey(db, caller, key);
      throw error;
    }
  }
  if (releases(response.status)) {
    await releaseIdempotencyKey(db, caller, key);
    return response;
  }
  const body = await response.text();
  const contentType = response.headers.get('Content-Type') ?? '';
  // Stored encrypted: replies hold tokens and personal data.
  const sealed = await services.cipher.encrypt(body, 'idempotency_keys.response_body');
  await completeIdempotencyKey(db, caller, key, { status: response.status, contentType, body: sealed });
  return new Response(body, { status: response.status, headers: response.headers });
}

import type { Context } from 'hono';
import type { Services } from '../services.js';
import {
  claimIdempotencyKey,
  completeIdempotencyKey,
  holdIdempotencyClaim,
  releaseIdempotencyKey,
  type StoredOutcome,
} from '../store/idempotency.js';
import type { AppEnv } from './env.js';
import { ProblemError, problemResponse } from './problem.js';
import { inRequestTransaction } from './request-transaction.js';

export const IDEMPOTENCY_HEADER = 'Idempotency-Key';

/** The `Idempotency-Key` header, checked: 1–255 visible ASCII characters; undefined when absent. */
export function idempotencyKeyOf(c: Context<AppEnv>): string | undefined {
  const key = c.req.header(IDEMPOTENCY_HEADER);
  if (key === undefined) return undefined;
  if (key.length < 1 || key.length > 255 || !/^[\x21-\x7e]+$/.test(key)) {
    throw new ProblemError('invalid_idempotency_key', 'Use 1 to 255 visible ASCII characters, e.g. a UUID.');
  }
  return key;
}

/** Server failures (5xx) and rate limiting (429) did nothing: their effect is rolled back and the key released. */
const releases = (status: number) => status >= 500 || status === 429;

/** Thrown inside the request transaction to roll it back and answer with `response`. */
class RolledBack extends Error {
  constructor(readonly response: Response) {
    super('rolled back');
  }
}

/** Our lease lapsed and another request took the key over: our effect is rolled back. */
const overtaken = () =>
  new ProblemError('idempotency_in_progress', 'Wait a moment and retry with the same key.', { retryAfterSeconds: 1 });

/**
 * Runs `handle` at most once per (caller, key). A replay gets the first response byte for byte
 * (errors included); the same key with another request is refused; a key still running gets 409.
 *
 * The handler runs in one transaction with the completion of the key's record, so a crash leaves
 * either both (a retry gets the stored answer) or neither (once the claim's lease lapses, a retry
 * runs the request). A claim overtaken after its lease lapsed rolls its effect back: never two.
 *
 * `returnsCredential`: the answer carries a token or secret, which is never stored; the key is
 * kept as used, and a replay gets 409 `idempotency_key_used`.
 */
export async function withIdempotency(
  c: Context<AppEnv>,
  caller: string,
  options: { returnsCredential: boolean },
  handle: (services: Services) => Promise<Response>,
): Promise<Response> {
  const services = c.var.services;
  const key = idempotencyKeyOf(c);
  if (key === undefined) return handle(services);
  const { db, config } = services;
  // Keyed (HMAC under the index key), not a bare SHA-256: a body may hold something guessable and
  // secret (a card number on POST /v1/card-tokens), and a plain hash of it could be brute-forced.
  const fingerprint = await services.cipher.blindIndex(
    `${c.req.method} ${new URL(c.req.url).pathname}\n${await c.req.text()}`,
    'idempotency_keys.fingerprint',
  );
  const now = config.now();
  const claim = await claimIdempotencyKey(db, caller, key, fingerprint, {
    now,
    expiredBefore: new Date(now.getTime() - config.idempotencyTtlMs),
    leaseMs: config.idempotencyLeaseMs,
  });

  if (claim.kind !== 'claimed' && claim.fingerprint !== fingerprint) {
    throw new ProblemError('idempotency_conflict', 'Use a new idempotency key for a different request.');
  }
  if (claim.kind === 'in_progress') throw overtaken();
  if (claim.kind === 'done') {
    if (!claim.outcome.replayable) {
      throw new ProblemError(
        'idempotency_key_used',
        'This request returned a credential, which is never sent twice. Send it again with a new idempotency key.',
      );
    }
    const { response } = claim.outcome;
    const body = await services.cipher.decrypt(response.body, 'idempotency_keys.response_body');
    return new Response(body, {
      status: response.status,
      headers: { 'Content-Type': response.contentType, 'Idempotent-Replayed': 'true' },
    });
  }

  const { claimToken } = claim;
  try {
    return await inRequestTransaction(services, async (scoped) => {
      if (!(await holdIdempotencyClaim(scoped.db, caller, key, claimToken))) throw overtaken();
      let response: Response;
      try {
        response = await handle(scoped);
      } catch (error) {
        // A refusal (4xx) is an answer like any other: stored, and what the handler wrote before
        // refusing (e.g. a failed-attempt counter) commits with it.
        if (!(error instanceof ProblemError) || releases(error.status)) throw error;
        response = problemResponse(error, c.var.requestId);
      }
      if (releases(response.status)) throw new RolledBack(response);
      const body = await response.text();
      const outcome: StoredOutcome =
        options.returnsCredential && response.status < 300
          ? { replayable: false, status: response.status }
          : {
              replayable: true,
              response: {
                status: response.status,
                contentType: response.headers.get('Content-Type') ?? '',
                // Stored encrypted: replies hold personal data.
                body: await services.cipher.encrypt(body, 'idempotency_keys.response_body'),
              },
            };
      if (!(await completeIdempotencyKey(scoped.db, caller, key, claimToken, outcome))) throw overtaken();
      return new Response(body, { status: response.status, headers: response.headers });
    });
  } catch (error) {
    // Nothing of the request committed. Should the release fail too, the lease frees the key.
    await releaseIdempotencyKey(db, caller, key, claimToken).catch(() => undefined);
    if (error instanceof RolledBack) return error.response;
    throw error;
  }
}

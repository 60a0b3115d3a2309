import type { Queryable } from '../db/database.js';
import { randomToken } from '../security/hash.js';

export interface StoredResponse {
  status: number;
  contentType: string;
  body: string;
}

/** What a finished request left for its retries: its answer, or (a credential) only that it ran. */
export type StoredOutcome = { replayable: true; response: StoredResponse } | { replayable: false; status: number };

export type ClaimResult =
  | { kind: 'claimed'; claimToken: string }
  | { kind: 'in_progress'; fingerprint: string }
  | { kind: 'done'; fingerprint: string; outcome: StoredOutcome };

interface KeyRow {
  fingerprint: string;
  state: 'in_progress' | 'done';
  claim_token: string | null;
  locked_until: string | Date | null;
  replayable: boolean;
  response_status: number | null;
  response_content_type: string | null;
  response_body: string | null;
}

export interface ClaimTimes {
  now: Date;
  /** Records created before this are forgotten (the retention period). */
  expiredBefore: Date;
  /** How long the claim holds the key while the request runs. */
  leaseMs: number;
}

/**
 * Claims `(caller, key)`: exactly one concurrent request wins and runs. Each claim holds a lease;
 * a record still `in_progress` after its lease lapsed belongs to a request that died with its
 * server (its effect was rolled back with it, see `withIdempotency`), so the next request with
 * the key takes it over and runs. Taking over is a compare-and-set on the claim token; on
 * PostgreSQL it also waits for the row lock a still-running request holds, so a live request is
 * never overtaken.
 */
export async function claimIdempotencyKey(
  db: Queryable,
  caller: string,
  key: string,
  fingerprint: string,
  times: ClaimTimes,
): Promise<ClaimResult> {
  const { now, expiredBefore, leaseMs } = times;
  const lockedUntil = new Date(now.getTime() + leaseMs).toISOString();
  // An expired record is replaced, as if the key were new.
  await db.query('delete from idempotency_keys where caller = $1 and key = $2 and created_at < $3', [
    caller,
    key,
    expiredBefore.toISOString(),
  ]);
  for (;;) {
    const claimToken = randomToken('idc_', 12);
    const inserted = await db.query(
      `insert into idempotency_keys (caller, key, fingerprint, state, created_at, claim_token, locked_until)
       values ($1, $2, $3, 'in_progress', $4, $5, $6)
       on conflict (caller, key) do nothing returning key`,
      [caller, key, fingerprint, now.toISOString(), claimToken, lockedUntil],
    );
    if (inserted.rows.length === 1) return { kind: 'claimed', claimToken };
    const { rows } = await db.query<KeyRow>(
      `select fingerprint, state, claim_token, locked_until, replayable, response_status, response_content_type, response_body
       from idempotency_keys where caller = $1 and key = $2`,
      [caller, key],
    );
    const row = rows[0];
    if (!row) continue; // released meanwhile: claim again
    if (row.state === 'done') return { kind: 'done', fingerprint: row.fingerprint, outcome: outcomeOf(row) };
    const leaseLapsed = row.locked_until === null || new Date(row.locked_until).getTime() <= now.getTime();
    if (!leaseLapsed || row.fingerprint !== fingerprint) return { kind: 'in_progress', fingerprint: row.fingerprint };
    const taken = await db.query(
      `update idempotency_keys set claim_token = $3, locked_until = $4
       where caller = $1 and key = $2 and state = 'in_progress' and claim_token is not distinct from $5
       returning key`,
      [caller, key, claimToken, lockedUntil, row.claim_token],
    );
    if (taken.rows.length === 1) return { kind: 'claimed', claimToken };
    // Someone else finished or took it over first: look again.
  }
}

function outcomeOf(row: KeyRow): StoredOutcome {
  if (!row.replayable) return { replayable: false, status: row.response_status ?? 0 };
  return {
    replayable: true,
    response: {
      status: row.response_status!,
      contentType: row.response_content_type ?? '',
      body: row.response_body ?? '',
    },
  };
}

/**
 * Inside the request's transaction: locks the record (PostgreSQL keeps other takers waiting until
 * this transaction ends) and says whether the claim is still ours.
 */
export async function holdIdempotencyClaim(
  tx: Queryable,
  caller: string,
  key: string,
  claimToken: string,
): Promise<boolean> {
  const { rows } = await tx.query<{ claim_token: string | null; state: string }>(
    'select claim_token, state from idempotency_keys where caller = $1 and key = $2 for update',
    [caller, key],
  );
  return rows[0]?.state === 'in_progress' && rows[0].claim_token === claimToken;
}

/**
 * Records the outcome, in the same transaction as the request's effect. False when the claim is
 * no longer ours: the caller must then roll the effect back.
 */
export async function completeIdempotencyKey(
  tx: Queryable,
  caller: string,
  key: string,
  claimToken: string,
  outcome: StoredOutcome,
): Promise<boolean> {
  const { status, contentType, body } = outcome.replayable
    ? outcome.response
    : { status: outcome.status, contentType: null, body: null };
  const { rows } = await tx.query(
    `update idempotency_keys
     set state = 'done', replayable = $4, response_status = $5, response_content_type = $6, response_body = $7,
         claim_token = null, locked_until = null
     where caller = $1 and key = $2 and claim_token = $3 and state = 'in_progress'
     returning key`,
    [caller, key, claimToken, outcome.replayable, status, contentType, body],
  );
  return rows.length === 1;
}

/** Forgets a claim whose request failed on our side (nothing of it committed), so a retry can run. */
export async function releaseIdempotencyKey(
  db: Queryable,
  caller: string,
  key: string,
  claimToken: string,
): Promise<void> {
  await db.query(
    `delete from idempotency_keys where caller = $1 and key = $2 and claim_token = $3 and state = 'in_progress'`,
    [caller, key, claimToken],
  );
}

export async function purgeIdempotencyKeys(db: Queryable, olderThan: Date): Promise<number> {
  const { rows } = await db.query('delete from idempotency_keys where created_at < $1 returning key', [
    olderThan.toISOString(),
  ]);
  return rows.length;
}

import type { Queryable } from '../db/database.js';

export interface StoredResponse {
  status: number;
  contentType: string;
  body: string;
}

export type ClaimResult =
  | { kind: 'claimed' }
  | { kind: 'in_progress'; fingerprint: string }
  | { kind: 'done'; fingerprint: string; response: StoredResponse };

/** Claims `(caller, key)` atomically: exactly one concurrent request wins and runs. */
export async function claimIdempotencyKey(
  db: Queryable,
  caller: string,
  key: string,
  fingerprint: string,
  expiredBefore: Date,
  now: Date,
): Promise<ClaimResult> {
  // An expired record is replaced, as if the key were new.
  await db.query('delete from idempotency_keys where caller = $1 and key = $2 and created_at < $3', [
    caller,
    key,
    expiredBefore.toISOString(),
  ]);
  const inserted = await db.query(
    `insert into idempotency_keys (caller, key, fingerprint, state, created_at) values ($1, $2, $3, 'in_progress', $4)
     on conflict (caller, key) do nothing returning key`,
    [caller, key, fingerprint, now.toISOString()],
  );
  if (inserted.rows.length === 1) return { kind: 'claimed' };
  const { rows } = await db.query<{
    fingerprint: string;
    state: 'in_progress' | 'done';
    response_status: number | null;
    response_content_type: string | null;
    response_body: string | null;
  }>(
    'select fingerprint, state, response_status, response_content_type, response_body from idempotency_keys where caller = $1 and key = $2',
    [caller, key],
  );
  const row = rows[0];
  if (!row) return claimIdempotencyKey(db, caller, key, fingerprint, expiredBefore, now);
  if (row.state === 'in_progress') return { kind: 'in_progress', fingerprint: row.fingerprint };
  return {
    kind: 'done',
    fingerprint: row.fingerprint,
    response: {
      status: row.response_status!,
      contentType: row.response_content_type ?? '',
      body: row.response_body ?? '',
    },
  };
}

export async function completeIdempotencyKey(
  db: Queryable,
  caller: string,
  key: string,
  response: StoredResponse,
): Promise<void> {
  await db.query(
    `update idempotency_keys set state = 'done', response_status = $3, response_content_type = $4, response_body = $5
     where caller = $1 and key = $2`,
    [caller, key, response.status, response.contentType, response.body],
  );
}

/** Forgets a claim whose request failed on our side, so a retry with the same key can run. */
export async function releaseIdempotencyKey(db: Queryable, caller: string, key: string): Promise<void> {
  await db.query('delete from idempotency_keys where caller = $1 and key = $2', [caller, key]);
}

export async function purgeIdempotencyKeys(db: Queryable, olderThan: Date): Promise<number> {
  const { rows } = await db.query('delete from idempotency_keys where created_at < $1 returning key', [
    olderThan.toISOString(),
  ]);
  return rows.length;
}

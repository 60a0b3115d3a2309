import type { Migration } from './migration.js';

/**
 * Migration 0010_idempotency_lease. Shipped: never edit, add a new migration instead.
 *
 * A running request holds its idempotency key with a lease (`locked_until`) and a claim token; a
 * record left `in_progress` by a server that died is taken over once the lease lapses (rows from
 * before this migration have no lease: they count as lapsed). `replayable` is false for answers
 * that carried a credential, which are not stored.
 */
export const migration0010: Migration = {
  id: '0010_idempotency_lease',
  sql: `
    alter table idempotency_keys add column claim_token text;
    alter table idempotency_keys add column locked_until timestamptz;
    alter table idempotency_keys add column replayable boolean not null default true;
  `,
};

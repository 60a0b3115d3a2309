import type { Migration } from './migration.js';

/**
 * Migration 0018_notification_claims. Shipped: never edit, add a new migration instead.
 *
 * A dispatcher holds the notifications it claimed with a claim token and a lease (`lease_until`),
 * renewed before each send: a process killed mid-send (`kill -9`) hands its messages to the next
 * dispatcher once the lease lapses (seconds, `TXASSIST_JOB_LEASE_MS`), not after a fixed five
 * minutes; and a dispatcher whose lease lapsed and was taken over sends nothing more. Rows claimed
 * before this migration have no lease: they count as claimed for five minutes after `claimed_at`.
 */
export const migration0018: Migration = {
  id: '0018_notification_claims',
  sql: `
    alter table notifications add column claim_token text;
    alter table notifications add column lease_until timestamptz;
  `,
};

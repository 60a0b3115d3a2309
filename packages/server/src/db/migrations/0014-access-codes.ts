import type { Migration } from './migration.js';

/**
 * Migration 0014_access_codes. Shipped: never edit, add a new migration instead.
 *
 * Email sign-in codes for buyers who cannot sign in (issue 16): one live code per email and seller,
 * kept only as a keyed hash; the email only as its blind index. A code is deleted when used, and a
 * new request replaces it. Erasing the buyer deletes the code with them.
 */
export const migration0014: Migration = {
  id: '0014_access_codes',
  sql: `
    create table access_codes (
      seller_id text not null references sellers(id),
      email_hash text not null,
      buyer_id text not null references buyers(id) on delete cascade,
      code_hash text not null,
      expires_at timestamptz not null,
      failed_attempts integer not null default 0,
      created_at timestamptz not null default now(),
      primary key (seller_id, email_hash)
    );
    create index access_codes_expires on access_codes (expires_at);
  `,
};

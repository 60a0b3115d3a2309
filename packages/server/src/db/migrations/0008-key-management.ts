import type { Migration } from './migration.js';

/**
 * Migration 0008_key_management. Shipped: never edit, add a new migration instead.
 *
 * Several server processes share one database, so which key is in use is recorded in the
 * database, not decided by each process: exactly one `active` key per purpose (a unique partial
 * index makes a second one impossible), the one every process encrypts with (`fields`) or hashes
 * with (`index`). The others are kept for decryption; `retired_at` says nothing names them any
 * more, `destroyed_at` that the wrapped key was wiped after the grace period.
 *
 * Databases written before this (possibly by processes that raced each other at start) get:
 * the newest live `fields` key active (processes picked the newest one wrapped by their master
 * key); the newest `index` key active (each process kept the last index key it read, so the
 * newest), the older ones retired: email lookups and idempotency fingerprints made with those no
 * longer match (SECURITY.md says so); key maintenance moves every value onto the active data key.
 */
export const migration0008: Migration = {
  id: '0008_key_management',
  sql: `
    alter table data_keys add column active boolean not null default false;
    alter table data_keys add column destroyed_at timestamptz;
    update data_keys set destroyed_at = coalesce(retired_at, now()) where wrapped_key = 'destroyed';
    update data_keys set active = true where id = (
      select id from data_keys where purpose = 'fields' and retired_at is null
      order by created_at desc, id desc limit 1
    );
    update data_keys set active = true where id = (
      select id from data_keys where purpose = 'index' order by created_at desc, id desc limit 1
    );
    update data_keys set retired_at = now() where purpose = 'index' and not active and retired_at is null;
    create unique index data_keys_one_active_per_purpose on data_keys (purpose) where active;
    alter table data_keys add constraint data_keys_active_is_live
      check (not active or (retired_at is null and destroyed_at is null));
  `,
};

import type { Migration } from './migration.js';

/**
 * Migration 0011_fleet. Shipped: never edit, add a new migration instead.
 *
 * Several server processes on one database: rate-limit windows are counted in the database so a
 * limit holds whichever process answers (`key` is a SHA-256 of the limit's key: no address or id
 * is stored), and a data export holds a lease while a process builds it, so an export whose
 * process died is taken over by another one.
 */
export const migration0011: Migration = {
  id: '0011_fleet',
  sql: `
    create table rate_limit_windows (
      key text primary key,
      window_start timestamptz not null,
      hits integer not null
    );
    create index rate_limit_windows_start on rate_limit_windows (window_start);
    alter table data_exports add column lease_until timestamptz;
    create index data_exports_unfinished on data_exports (created_at) where status in ('queued', 'running');
  `,
};

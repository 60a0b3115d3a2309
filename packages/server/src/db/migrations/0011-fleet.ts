import type { Migration } from './migration.js';

/**
 * Migration 0011_fleet. Shipped: never edit, add a new migration instead.
 *
 * Several server processes on one database: rate-limit windows are counted in the database so a
 * limit holds whichever process answers (`key` is a SHA-256 of the limit's key: no address or id
 * is stored); a periodic job records when the fleet next owes a run (`fleet_jobs`), so of several
 * processes only one runs it per interval; and a data export holds a lease while a process builds it, so an export whose
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
    create table fleet_jobs (
      name text primary key,
      next_run_at timestamptz not null,
      last_run_at timestamptz not null,
      runs bigint not null default 1
    );
    alter table data_exports add column lease_until timestamptz;
    create index data_exports_unfinished on data_exports (created_at) where status in ('queued', 'running');
  `,
};

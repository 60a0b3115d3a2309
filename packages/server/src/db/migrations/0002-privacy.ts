import type { Migration } from './migration.js';

/** Migration 0002_privacy. Shipped: never edit, add a new migration instead. */
export const migration0002: Migration = {
  id: '0002_privacy',
  sql: `
    create table data_keys (
      id text primary key,
      purpose text not null check (purpose in ('fields', 'index')),
      master_key_id text not null,
      wrapped_key text not null,
      created_at timestamptz not null default now(),
      retired_at timestamptz
    );
    create table seller_origins (
      seller_id text not null references sellers(id),
      origin text not null,
      primary key (seller_id, origin)
    );
    create table consents (
      buyer_id text not null references buyers(id) on delete cascade,
      purpose text not null,
      granted boolean not null,
      version text not null,
      source text not null,
      updated_at timestamptz not null,
      primary key (buyer_id, purpose)
    );
    create table consent_events (
      id bigint generated always as identity primary key,
      buyer_id text not null,
      purpose text not null,
      granted boolean not null,
      version text not null,
      source text not null,
      at timestamptz not null
    );
    create table notification_preferences (
      buyer_id text not null references buyers(id) on delete cascade,
      kind text not null,
      channel text not null,
      enabled boolean not null,
      primary key (buyer_id, kind, channel)
    );
    create table notifications (
      id text primary key,
      buyer_id text not null,
      seller_id text not null,
      event_id text not null,
      kind text not null,
      channel text not null,
      payload text not null,
      status text not null check (status in ('pending', 'sending', 'sent', 'skipped', 'failed')),
      claimed_at timestamptz,
      skip_reason text,
      attempts integer not null default 0,
      created_at timestamptz not null,
      sent_at timestamptz,
      read_at timestamptz,
      unique (event_id, channel)
    );
    create index notifications_pending_idx on notifications (status, created_at);
    create table data_exports (
      id text primary key,
      buyer_id text not null references buyers(id) on delete cascade,
      status text not null,
      progress integer not null default 0,
      payload text,
      created_at timestamptz not null,
      expires_at timestamptz,
      downloaded_at timestamptz
    );
    create table support_cases (
      id text primary key,
      order_id text not null references orders(id),
      buyer_id text not null,
      status text not null check (status in ('open', 'closed')),
      reason text not null,
      opened_by text not null,
      opened_at timestamptz not null,
      closed_at timestamptz
    );
    create table audit_events (
      sequence bigint generated always as identity primary key,
      at timestamptz not null,
      actor_type text not null,
      actor_id text not null,
      action text not null,
      subject_type text not null,
      subject_id text not null,
      case_id text,
      reason text,
      request_id text
    );
    create index audit_events_at_idx on audit_events (at);
    create index audit_events_subject_idx on audit_events (subject_id);
    create function audit_events_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'audit_events is append-only';
    end
    $$;
    create trigger audit_events_no_change before update or delete on audit_events
      for each row execute function audit_events_append_only();
  `,
};

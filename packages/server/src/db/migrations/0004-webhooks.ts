import type { Migration } from './migration.js';

/** Migration 0004_webhooks. Shipped: never edit, add a new migration instead. */
export const migration0004: Migration = {
  id: '0004_webhooks',
  sql: `
    create table webhook_endpoints (
      id text primary key,
      seller_id text not null references sellers(id),
      url text not null,
      events jsonb not null,
      secret text not null,
      created_at timestamptz not null,
      disabled_at timestamptz
    );
    create table webhook_deliveries (
      id text primary key,
      endpoint_id text not null references webhook_endpoints(id),
      event_id text not null,
      event_type text not null,
      status text not null check (status in ('pending', 'delivered', 'dead')),
      attempts integer not null default 0,
      next_attempt_at timestamptz,
      last_response_status integer,
      last_error text,
      created_at timestamptz not null,
      delivered_at timestamptz,
      unique (endpoint_id, event_id)
    );
    create index webhook_deliveries_due_idx on webhook_deliveries (next_attempt_at) where status = 'pending';
  `,
};

import type { Migration } from './migration.js';

/** Migration 0003_shipments. Shipped: never edit, add a new migration instead. */
export const migration0003: Migration = {
  id: '0003_shipments',
  sql: `
    create table carriers (
      code text primary key,
      name text not null
    );
    create table carrier_secrets (
      id text primary key,
      carrier text not null references carriers(code),
      secret text not null,
      created_at timestamptz not null default now(),
      retired_at timestamptz
    );
    create table shipments (
      id text primary key,
      order_id text not null references orders(id),
      carrier text not null references carriers(code),
      tracking_number text not null,
      tag text not null,
      subtag text,
      tag_occurred_at timestamptz,
      line_item_ids jsonb not null,
      estimated_earliest timestamptz,
      estimated_latest timestamptz,
      estimate_revised boolean not null default false,
      delivered_at timestamptz,
      late_notified boolean not null default false,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      unique (carrier, tracking_number)
    );
    create index shipments_order_idx on shipments (order_id);
    create table checkpoints (
      id text primary key,
      shipment_id text not null references shipments(id),
      carrier_event_id text,
      tag text not null,
      subtag text,
      message text not null,
      location jsonb,
      occurred_at timestamptz not null
    );
    create index checkpoints_shipment_idx on checkpoints (shipment_id, occurred_at desc);
    create table carrier_events (
      carrier text not null,
      event_id text not null,
      payload text not null,
      received_at timestamptz not null,
      processed_at timestamptz,
      outcome text,
      primary key (carrier, event_id)
    );
    create index carrier_events_unprocessed_idx on carrier_events (received_at) where processed_at is null;
  `,
};

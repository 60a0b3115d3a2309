import type { Migration } from './migration.js';

/** Migration 0001_core. Shipped: never edit, add a new migration instead. */
export const migration0001: Migration = {
  id: '0001_core',
  sql: `
    create table sellers (
      id text primary key,
      name text not null,
      secret_key_hash text not null unique,
      publishable_key text not null unique,
      is_demo boolean not null default false,
      created_at timestamptz not null default now()
    );
    create table creators (
      id text primary key,
      handle text not null unique,
      name text not null
    );
    create table buyers (
      id text primary key,
      seller_id text not null references sellers(id),
      external_id text,
      email text,
      email_hash text,
      name text,
      phone text,
      erased_at timestamptz,
      created_at timestamptz not null default now(),
      unique (seller_id, external_id)
    );
    create index buyers_email_hash_idx on buyers (seller_id, email_hash);
    create table staff (
      id text primary key,
      role text not null check (role in ('agent', 'admin')),
      name text not null,
      email text not null,
      email_hash text not null unique,
      password_hash text not null,
      totp_secret text not null,
      totp_last_step bigint not null default 0,
      recovery_code_hashes jsonb not null default '[]',
      failed_attempts integer not null default 0,
      locked_until timestamptz,
      created_at timestamptz not null default now()
    );
    create table staff_sessions (
      token_hash text primary key,
      staff_id text not null references staff(id),
      role text not null,
      expires_at timestamptz not null,
      created_at timestamptz not null default now()
    );
    create table sessions (
      token_hash text primary key,
      role text not null,
      seller_id text not null references sellers(id),
      buyer_id text not null references buyers(id),
      order_id text,
      expires_at timestamptz not null,
      created_at timestamptz not null default now()
    );
    create sequence order_numbers start 100001;
    create table orders (
      id text primary key,
      number text not null unique,
      seller_id text not null references sellers(id),
      buyer_id text not null references buyers(id),
      creator_id text references creators(id),
      status text not null,
      currency text not null,
      line_items jsonb not null,
      amounts jsonb not null,
      shipping_address text,
      placed_at timestamptz not null,
      status_changed_at timestamptz not null,
      updated_at timestamptz not null
    );
    create index orders_buyer_idx on orders (buyer_id, placed_at desc, id desc);
    create index orders_seller_idx on orders (seller_id, placed_at desc, id desc);
    create table events (
      sequence bigint generated always as identity primary key,
      id text not null unique,
      type text not null,
      seller_id text not null,
      buyer_id text not null,
      order_id text,
      payload text not null,
      created_at timestamptz not null default now()
    );
    create index events_buyer_idx on events (buyer_id, sequence);
    create index events_seller_idx on events (seller_id, sequence);
    create table idempotency_keys (
      caller text not null,
      key text not null,
      fingerprint text not null,
      state text not null check (state in ('in_progress', 'done')),
      response_status integer,
      response_content_type text,
      response_body text,
      created_at timestamptz not null default now(),
      primary key (caller, key)
    );
    create index idempotency_created_idx on idempotency_keys (created_at);
  `,
};

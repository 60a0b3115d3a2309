import type { Migration } from './migration.js';

/** Migration 0005_payments. Shipped: never edit, add a new migration instead. */
export const migration0005: Migration = {
  id: '0005_payments',
  sql: `
    create table seller_payment_settings (
      seller_id text primary key references sellers(id),
      cash_on_delivery boolean not null default false
    );
    create table products (
      id text primary key,
      seller_id text not null references sellers(id),
      title text not null,
      variant text,
      sku text,
      image_url text,
      currency text not null,
      unit_amount bigint not null check (unit_amount >= 0),
      available boolean not null default true,
      created_at timestamptz not null default now()
    );
    create index products_seller_idx on products (seller_id, created_at, id);
    create table saved_addresses (
      id text primary key,
      buyer_id text not null references buyers(id) on delete cascade,
      address text not null,
      is_default boolean not null default false,
      created_at timestamptz not null
    );
    create index saved_addresses_buyer_idx on saved_addresses (buyer_id, created_at);
    create table checkouts (
      id text primary key,
      seller_id text not null references sellers(id),
      buyer_id text not null references buyers(id) on delete cascade,
      status text not null check (status in ('open', 'placed', 'expired')),
      currency text not null,
      items jsonb not null,
      discount_code text,
      shipping_address text,
      billing_same_as_shipping boolean not null default true,
      billing_address text,
      shipping_option text not null default 'standard',
      order_id text references orders(id),
      payment_intent_id text,
      expires_at timestamptz not null,
      created_at timestamptz not null,
      updated_at timestamptz not null
    );
    create table card_tokens (
      id text primary key,
      seller_id text not null references sellers(id),
      brand text not null,
      last4 text not null,
      exp_month integer not null,
      exp_year integer not null,
      fingerprint text not null,
      gateway_ref text not null,
      created_at timestamptz not null,
      expires_at timestamptz not null,
      used_at timestamptz
    );
    create table saved_cards (
      id text primary key,
      buyer_id text not null references buyers(id) on delete cascade,
      seller_id text not null references sellers(id),
      brand text not null,
      last4 text not null,
      exp_month integer not null,
      exp_year integer not null,
      fingerprint text not null,
      gateway_ref text not null,
      created_at timestamptz not null,
      unique (buyer_id, fingerprint)
    );
    -- Kept after a buyer's erasure (financial record): no foreign key to buyers.
    create table payment_intents (
      id text primary key,
      seller_id text not null references sellers(id),
      buyer_id text not null,
      order_id text not null unique references orders(id),
      checkout_id text,
      status text not null,
      amount bigint not null check (amount >= 0),
      currency text not null,
      method jsonb,
      card_fingerprint text,
      gateway_ref text,
      next_action jsonb,
      last_error jsonb,
      raw_decline_code text,
      risk jsonb,
      risk_cleared boolean not null default false,
      card_authenticated boolean not null default false,
      in_review boolean not null default false,
      save_card boolean not null default false,
      wallet_return_url text,
      created_at timestamptz not null,
      updated_at timestamptz not null
    );
    create index payment_intents_buyer_idx on payment_intents (buyer_id, created_at);
    create table payment_attempts (
      id text primary key,
      intent_id text not null references payment_intents(id),
      seller_id text not null,
      buyer_id text not null,
      card_fingerprint text,
      ip_index text,
      amount bigint not null,
      currency text not null,
      outcome text not null,
      decline_code text,
      created_at timestamptz not null
    );
    create index payment_attempts_buyer_idx on payment_attempts (buyer_id, created_at);
    create index payment_attempts_card_idx on payment_attempts (card_fingerprint, created_at);
    create index payment_attempts_ip_idx on payment_attempts (ip_index, created_at);
    create unique index payment_attempts_one_success on payment_attempts (intent_id) where outcome = 'succeeded';
    create table step_up_challenges (
      intent_id text primary key references payment_intents(id),
      code_hash text not null,
      reason text not null,
      expires_at timestamptz not null,
      failed_attempts integer not null default 0,
      sends integer not null default 1,
      last_sent_at timestamptz not null,
      verified_at timestamptz
    );
    create table wallet_sessions (
      token_hash text primary key,
      intent_id text not null references payment_intents(id),
      return_url text not null,
      status text not null check (status in ('pending', 'approved', 'canceled')),
      expires_at timestamptz not null,
      created_at timestamptz not null
    );
  `,
};

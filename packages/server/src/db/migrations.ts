import type { Database } from './database.js';

/**
 * One ordered list of migrations for PGlite and PostgreSQL alike. Append only: never edit a
 * migration that has shipped; add a new one.
 */
export const MIGRATIONS: readonly { id: string; sql: string }[] = [
  {
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
        name text,
        created_at timestamptz not null default now(),
        unique (seller_id, external_id)
      );
      create table staff (
        id text primary key,
        role text not null check (role in ('agent', 'admin')),
        name text not null,
        key_hash text not null unique,
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
        shipping_address jsonb,
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
        payload jsonb not null,
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
  },
];

/** Applies pending migrations; safe when several processes start at once (advisory lock). */
export async function migrate(db: Database): Promise<string[]> {
  return db.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock(727274)');
    await tx.query(
      'create table if not exists schema_migrations (id text primary key, applied_at timestamptz not null default now())',
    );
    const { rows } = await tx.query<{ id: string }>('select id from schema_migrations');
    const applied = new Set(rows.map((row) => row.id));
    const ran: string[] = [];
    for (const migration of MIGRATIONS) {
      if (applied.has(migration.id)) continue;
      for (const statement of splitStatements(migration.sql)) await tx.query(statement);
      await tx.query('insert into schema_migrations (id) values ($1)', [migration.id]);
      ran.push(migration.id);
    }
    return ran;
  });
}

/** Our migrations hold no functions or string literals with `;`, so splitting on `;` is safe. */
function splitStatements(sql: string): string[] {
  return sql
    .split(';')
    .map((statement) => statement.trim())
    .filter(Boolean);
}

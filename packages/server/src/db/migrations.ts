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
  },
  {
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
  },
  {
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
  },
  {
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
  },
  {
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
  },
  {
    id: '0006_disputes',
    sql: `
      create table seller_policies (
        seller_id text primary key references sellers(id),
        policy jsonb not null,
        updated_at timestamptz not null
      );
      create table evidence_files (
        id text primary key,
        order_id text not null references orders(id),
        uploader_role text not null,
        uploader_id text not null,
        content_type text not null,
        size integer not null,
        filename text not null,
        sha256 text not null,
        content bytea not null,
        attached_to text,
        created_at timestamptz not null
      );
      create index evidence_files_order_idx on evidence_files (order_id, uploader_id);
      create index evidence_files_attached_idx on evidence_files (attached_to);
      create table refund_requests (
        id text primary key,
        order_id text not null references orders(id),
        seller_id text not null references sellers(id),
        buyer_id text not null,
        dispute_id text,
        type text not null,
        status text not null,
        reason text not null,
        note text,
        items jsonb not null,
        currency text not null,
        requested_amount bigint not null check (requested_amount >= 0),
        offer jsonb,
        approved_amount bigint,
        refunded_amount bigint not null default 0,
        auto_approved boolean not null default false,
        rejection_reason text,
        return_label jsonb,
        return_shipment jsonb,
        replacement_shipment jsonb,
        flags jsonb not null default '[]',
        history jsonb not null default '[]',
        due_at timestamptz,
        created_at timestamptz not null,
        updated_at timestamptz not null
      );
      create index refund_requests_order_idx on refund_requests (order_id);
      create index refund_requests_buyer_idx on refund_requests (buyer_id, created_at desc, id desc);
      create index refund_requests_seller_idx on refund_requests (seller_id, created_at desc, id desc);
      create index refund_requests_due_idx on refund_requests (due_at) where due_at is not null;
      create table disputes (
        id text primary key,
        order_id text not null references orders(id),
        seller_id text not null references sellers(id),
        buyer_id text not null,
        refund_id text,
        reason text not null,
        status text not null,
        items jsonb not null,
        description text not null,
        desired_outcome text not null,
        currency text not null,
        amount bigint not null check (amount >= 0),
        offer jsonb,
        escalation_reason text,
        escalated_at timestamptz,
        info_request jsonb,
        decision jsonb,
        decided_by text,
        refunded_amount bigint not null default 0,
        flags jsonb not null default '[]',
        history jsonb not null default '[]',
        due_at timestamptz,
        created_at timestamptz not null,
        updated_at timestamptz not null,
        closed_at timestamptz
      );
      create unique index disputes_one_open_per_order on disputes (order_id)
        where status in ('awaiting_seller', 'offer_pending', 'no_agreement', 'escalated', 'awaiting_info');
      create index disputes_buyer_idx on disputes (buyer_id, created_at desc, id desc);
      create index disputes_seller_idx on disputes (seller_id, created_at desc, id desc);
      create index disputes_queue_idx on disputes (status, escalated_at);
      create index disputes_due_idx on disputes (due_at) where due_at is not null;
      create table case_messages (
        id text primary key,
        dispute_id text not null references disputes(id),
        author text not null,
        author_id text not null,
        body text not null,
        evidence_ids jsonb not null default '[]',
        addressed_to text,
        created_at timestamptz not null
      );
      create index case_messages_dispute_idx on case_messages (dispute_id, created_at, id);
      create table refund_transactions (
        id text primary key,
        order_id text not null references orders(id),
        amount bigint not null check (amount > 0),
        currency text not null,
        payment_intent_id text,
        source_id text not null,
        created_at timestamptz not null
      );
      create index refund_transactions_order_idx on refund_transactions (order_id);
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
      await tx.exec(migration.sql);
      await tx.query('insert into schema_migrations (id) values ($1)', [migration.id]);
      ran.push(migration.id);
    }
    return ran;
  });
}

import type { Migration } from './migration.js';

/** Migration 0006_disputes. Shipped: never edit, add a new migration instead. */
export const migration0006: Migration = {
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
};

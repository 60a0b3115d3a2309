import type { Migration } from './migration.js';

/**
 * Migration 0016_support_conversations. Shipped: never edit, add a new migration instead.
 *
 * Support conversations between a buyer and the seller's agents (issue 16 item 2): the topic, the
 * status, the context snapshot taken when the buyer wrote (codes and ids only), and the messages
 * (bodies encrypted: `support_messages.body`). Internal notes are messages with `internal = true`.
 * Ratings (migration 0017) refer to closed conversations by `support_conversations.id`.
 */
export const migration0016: Migration = {
  id: '0016_support_conversations',
  sql: `
    create table support_conversations (
      id text primary key,
      seller_id text not null references sellers(id),
      buyer_id text not null,
      order_id text references orders(id),
      topic text not null,
      status text not null,
      context jsonb not null,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      closed_at timestamptz
    );
    create index support_conversations_buyer_idx on support_conversations (buyer_id, updated_at desc, id desc);
    create index support_conversations_queue_idx on support_conversations (status, updated_at, id);
    create table support_messages (
      id text primary key,
      conversation_id text not null references support_conversations(id) on delete cascade,
      author text not null,
      author_id text not null,
      internal boolean not null default false,
      body text not null,
      evidence_ids jsonb not null default '[]',
      created_at timestamptz not null
    );
    create index support_messages_conversation_idx on support_messages (conversation_id, created_at, id);
  `,
};

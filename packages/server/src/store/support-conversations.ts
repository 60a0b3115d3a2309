import { newId, type SupportContext, type SupportConversation, type SupportMessage } from '@txassist/contract';
import type { Queryable } from '../db/database.js';
import type { FieldCipher } from '../security/field-cipher.js';
import { evidenceAttachedTo, toEvidence } from './evidence-files.js';
import { iso } from './rows.js';

export interface SupportConversationRow {
  id: SupportConversation['id'];
  seller_id: string;
  buyer_id: string;
  order_id: string | null;
  topic: string;
  status: string;
  context: SupportContext;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
}

export interface SupportMessageRow {
  id: SupportMessage['id'];
  conversation_id: string;
  author: 'buyer' | 'agent';
  author_id: string;
  internal: boolean;
  body: string;
  created_at: string;
}

const BODY_FIELD = 'support_messages.body';

function toRow(row: Record<string, unknown>): SupportConversationRow {
  return {
    ...(row as unknown as SupportConversationRow),
    created_at: iso(row.created_at),
    updated_at: iso(row.updated_at),
    closed_at: row.closed_at === null ? null : iso(row.closed_at),
  };
}

export async function insertConversation(
  db: Queryable,
  input: Omit<SupportConversationRow, 'id' | 'created_at' | 'updated_at' | 'closed_at' | 'status'>,
  now: Date,
): Promise<SupportConversationRow> {
  const row: SupportConversationRow = {
    ...input,
    id: newId('conv'),
    status: 'open',
    created_at: now.toISOString(),
    updated_at: now.toISOString(),
    closed_at: null,
  };
  await db.query(
    `insert into support_conversations (id, seller_id, buyer_id, order_id, topic, status, context, created_at, updated_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $8)`,
    [
      row.id,
      row.seller_id,
      row.buyer_id,
      row.order_id,
      row.topic,
      row.status,
      JSON.stringify(row.context),
      row.created_at,
    ],
  );
  return row;
}

/** Writes a message; its body is encrypted (`support_messages.body`). */
export async function insertSupportMessage(
  db: Queryable,
  cipher: FieldCipher,
  input: Omit<SupportMessageRow, 'id' | 'created_at'>,
  now: Date,
): Promise<SupportMessageRow> {
  const row: SupportMessageRow = { ...input, id: newId('smsg'), created_at: now.toISOString() };
  await db.query(
    `insert into support_messages (id, conversation_id, author, author_id, internal, body, created_at)
     values ($1, $2, $3, $4, $5, $6, $7)`,
    [
      row.id,
      row.conversation_id,
      row.author,
      row.author_id,
      row.internal,
      await cipher.encrypt(row.body, BODY_FIELD),
      row.created_at,
    ],
  );
  return row;
}

/**
 * One conversation by id, narrowed to a buyer of a seller (and, for a one-order session, that order);
 * `for update` locks it for a write. Someone else's conversation reads as missing.
 */
export async function findConversation(
  db: Queryable,
  id: string,
  scope: { sellerId: string; buyerId: string; orderId: string | null } | 'staff',
  forUpdate = false,
): Promise<SupportConversationRow | undefined> {
  const lock = forUpdate ? ' for update' : '';
  const { rows } =
    scope === 'staff'
      ? await db.query<Record<string, unknown>>(`select * from support_conversations where id = $1${lock}`, [id])
      : await db.query<Record<string, unknown>>(
          `select * from support_conversations where id = $1 and seller_id = $2 and buyer_id = $3
             and ($4::text is null or order_id = $4)${lock}`,
          [id, scope.sellerId, scope.buyerId, scope.orderId],
        );
  return rows[0] ? toRow(rows[0]) : undefined;
}

export async function listBuyerConversations(
  db: Queryable,
  scope: { sellerId: string; buyerId: string; orderId: string | null },
  offset: number,
  limit: number,
): Promise<{ rows: SupportConversationRow[]; more: boolean }> {
  const { rows } = await db.query<Record<string, unknown>>(
    `select * from support_conversations where seller_id = $1 and buyer_id = $2 and ($3::text is null or order_id = $3)
     order by updated_at desc, id desc offset $4 limit $5`,
    [scope.sellerId, scope.buyerId, scope.orderId, offset, limit + 1],
  );
  return { rows: rows.slice(0, limit).map(toRow), more: rows.length > limit };
}

/**
 * Not closed: waiting on an agent (`open`) before waiting on the buyer (`answered`), oldest first,
 * each with its order's number (null without an order).
 */
export async function listQueue(
  db: Queryable,
  offset: number,
  limit: number,
): Promise<{ rows: (SupportConversationRow & { order_number: string | null })[]; more: boolean }> {
  const { rows } = await db.query<Record<string, unknown>>(
    `select c.*, o.number as order_number from support_conversations c left join orders o on o.id = c.order_id
     where c.status <> 'closed'
     order by (c.status = 'open') desc, c.updated_at, c.id offset $1 limit $2`,
    [offset, limit + 1],
  );
  return {
    rows: rows
      .slice(0, limit)
      .map((row) => ({ ...toRow(row), order_number: (row.order_number as string | null) ?? null })),
    more: rows.length > limit,
  };
}

export async function setConversationStatus(
  db: Queryable,
  id: string,
  status: 'open' | 'answered' | 'closed',
  now: Date,
): Promise<SupportConversationRow> {
  const { rows } = await db.query<Record<string, unknown>>(
    `update support_conversations set status = $2, updated_at = $3,
       closed_at = case when $2 = 'closed' then $3::timestamptz else closed_at end
     where id = $1 returning *`,
    [id, status, now.toISOString()],
  );
  return toRow(rows[0]!);
}

export async function conversationMessages(
  db: Queryable,
  cipher: FieldCipher,
  conversationId: string,
  includeInternal: boolean,
): Promise<SupportMessage[]> {
  const { rows } = await db.query<Record<string, unknown>>(
    `select * from support_messages where conversation_id = $1 ${includeInternal ? '' : 'and internal = false'}
     order by created_at, id`,
    [conversationId],
  );
  const files = await evidenceAttachedTo(
    db,
    cipher,
    rows.map((row) => String(row.id)),
  );
  return Promise.all(
    rows.map(async (row) => ({
      object: 'support_message' as const,
      id: row.id as SupportMessage['id'],
      author: row.author as SupportMessage['author'],
      body: await cipher.decrypt(String(row.body), BODY_FIELD),
      attachments: files.filter((file) => file.attached_to === row.id).map(toEvidence),
      internal: row.internal === true,
      created_at: iso(row.created_at),
    })),
  );
}

export async function toConversation(
  db: Queryable,
  cipher: FieldCipher,
  row: SupportConversationRow,
  includeInternal: boolean,
): Promise<SupportConversation> {
  return {
    object: 'support_conversation',
    id: row.id,
    topic: row.topic,
    status: row.status,
    order_id: row.order_id as SupportConversation['order_id'],
    context: row.context,
    messages: await conversationMessages(db, cipher, row.id, includeInternal),
    created_at: row.created_at,
    updated_at: row.updated_at,
    closed_at: row.closed_at,
  };
}

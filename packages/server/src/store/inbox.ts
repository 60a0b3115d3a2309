import type { InboxNotification } from '@txassist/contract';
import type { Queryable } from '../db/database.js';
import type { NotificationPayload } from '../notifications/outbox.js';
import type { FieldCipher } from '../security/field-cipher.js';
import { iso } from './rows.js';

interface InboxRow {
  id: InboxNotification['id'];
  kind: InboxNotification['kind'];
  payload: string;
  created_at: Date;
  read_at: Date | null;
}

async function toInbox(cipher: FieldCipher, row: InboxRow): Promise<InboxNotification> {
  const payload = JSON.parse(await cipher.decrypt(row.payload, 'notifications.payload')) as NotificationPayload;
  return {
    object: 'notification',
    id: row.id,
    kind: row.kind,
    order_id: payload.order_id as InboxNotification['order_id'],
    order_number: payload.order_number,
    status: payload.status,
    milestone: payload.milestone ?? null,
    ...(payload.case ? { case: payload.case } : {}),
    ...(payload.support ? { support: payload.support as NonNullable<InboxNotification['support']> } : {}),
    created_at: iso(row.created_at),
    read_at: row.read_at ? iso(row.read_at) : null,
  };
}

/** In-app messages that were delivered (consent and preferences allowed them), newest first. */
export async function listInbox(
  db: Queryable,
  cipher: FieldCipher,
  buyerId: string,
  query: { unreadOnly: boolean; limit: number; before?: { createdAt: string; id: string } | undefined },
): Promise<{ items: InboxNotification[]; more: boolean; unread: number }> {
  const params: unknown[] = [buyerId];
  let where = `buyer_id = $1 and channel = 'in_app' and status = 'sent'`;
  if (query.unreadOnly) where += ' and read_at is null';
  if (query.before) {
    params.push(query.before.createdAt, query.before.id);
    where += ` and (created_at, id) < ($${params.length - 1}::timestamptz, $${params.length})`;
  }
  params.push(query.limit + 1);
  const { rows } = await db.query<InboxRow>(
    `select id, kind, payload, created_at, read_at from notifications where ${where}
     order by created_at desc, id desc limit $${params.length}`,
    params,
  );
  const { rows: count } = await db.query<{ n: unknown }>(
    `select count(*) as n from notifications where buyer_id = $1 and channel = 'in_app' and status = 'sent' and read_at is null`,
    [buyerId],
  );
  return {
    items: await Promise.all(rows.slice(0, query.limit).map((row) => toInbox(cipher, row))),
    more: rows.length > query.limit,
    unread: Number(count[0]!.n),
  };
}

export async function markRead(
  db: Queryable,
  cipher: FieldCipher,
  buyerId: string,
  id: string,
  now: Date,
): Promise<InboxNotification | undefined> {
  const { rows } = await db.query<InboxRow>(
    `update notifications set read_at = coalesce(read_at, $3)
     where id = $1 and buyer_id = $2 and channel = 'in_app' and status = 'sent'
     returning id, kind, payload, created_at, read_at`,
    [id, buyerId, now.toISOString()],
  );
  return rows[0] && toInbox(cipher, rows[0]);
}

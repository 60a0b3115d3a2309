import {
  newId,
  type DisputeUpdate,
  type EventType,
  type Order,
  type RefundRequestUpdate,
  type Shipment,
  type SupportReply,
  type TxEvent,
} from '@txassist/contract';
import type { Queryable } from '../db/database.js';
import type { Principal } from '../domain/principal.js';
import type { FieldCipher } from '../security/field-cipher.js';
import { iso, num } from './rows.js';

/** NOTIFY channel that tells every server process (and every SSE stream) that events were written. */
export const EVENTS_CHANNEL = 'tx_events';

/** Whose event it is: who may see it on the stream (buyer, order) and whose webhooks get it (seller). */
export interface EventOwner {
  sellerId: string;
  buyerId: string;
  /** Null: not about one order (a support conversation without one); one-order sessions do not see it. */
  orderId: string | null;
}

/** What an event carries as `data.object`. */
export type EventObject = Order | Shipment | DisputeUpdate | RefundRequestUpdate | SupportReply;

const ownerOf = (owner: Order | EventOwner): EventOwner =>
  'object' in owner ? { sellerId: owner.seller.id, buyerId: owner.buyer_id, orderId: owner.id } : owner;

/**
 * Stores an event in the caller's transaction (payload encrypted: it holds the shipping address)
 * and notifies listeners when it commits. `order` must be an `event` view (no buyer email); or,
 * for objects that are not the order itself (a case update), pass its owner and the object.
 *
 * The row gets its real `sequence` only at COMMIT (migration 0009: sequences become visible in
 * increasing order, so a reader of "sequence > n" never skips one); until then it holds a
 * negative placeholder, which is why no sequence is returned.
 */
export async function appendEvent(
  tx: Queryable,
  cipher: FieldCipher,
  type: EventType,
  order: Order,
  now: Date,
  object?: Order | Shipment,
): Promise<{ id: TxEvent['id'] }>;
export async function appendEvent(
  tx: Queryable,
  cipher: FieldCipher,
  type: EventType,
  owner: EventOwner,
  now: Date,
  object: EventObject,
): Promise<{ id: TxEvent['id'] }>;
export async function appendEvent(
  tx: Queryable,
  cipher: FieldCipher,
  type: EventType,
  source: Order | EventOwner,
  now: Date,
  object: EventObject = source as Order,
): Promise<{ id: TxEvent['id'] }> {
  const owner = ownerOf(source);
  const id = newId('evt');
  const payload = await cipher.encrypt(JSON.stringify({ object }), 'events.payload');
  await tx.query(
    `insert into events (sequence, id, type, seller_id, buyer_id, order_id, payload, created_at)
     overriding system value
     values (-nextval('events_unpublished_sequence'), $1, $2, $3, $4, $5, $6, $7)`,
    [id, type, owner.sellerId, owner.buyerId, owner.orderId, payload, now.toISOString()],
  );
  // Seller webhooks: one delivery per subscribed endpoint, in the same transaction (outbox).
  await tx.query(
    `insert into webhook_deliveries (id, endpoint_id, event_id, event_type, status, next_attempt_at, created_at)
     select 'whd_' || substr(md5(random()::text || e.id || $1), 1, 24), e.id, $1, $2, 'pending', $4, $4
     from webhook_endpoints e where e.seller_id = $3 and e.disabled_at is null and e.events ? $2`,
    [id, type, owner.sellerId, now.toISOString()],
  );
  await tx.query(`select pg_notify('${EVENTS_CHANNEL}', '')`);
  return { id };
}

interface EventRow {
  sequence: unknown;
  id: TxEvent['id'];
  type: EventType;
  payload: string;
  created_at: Date;
}

/** Events after `afterSequence` that the principal may see, oldest first. */
export async function listEventsAfter(
  db: Queryable,
  cipher: FieldCipher,
  principal: Principal,
  afterSequence: number,
  limit = 500,
): Promise<TxEvent[]> {
  let scope: { sql: string; params: unknown[] };
  if (principal.role === 'buyer') {
    scope = principal.orderId
      ? {
          sql: 'seller_id = $2 and buyer_id = $3 and order_id = $4',
          params: [principal.sellerId, principal.buyerId, principal.orderId],
        }
      : { sql: 'seller_id = $2 and buyer_id = $3', params: [principal.sellerId, principal.buyerId] };
  } else if (principal.role === 'seller') {
    scope = { sql: 'seller_id = $2', params: [principal.sellerId] };
  } else {
    scope = { sql: 'true', params: [] };
  }
  const { rows } = await db.query<EventRow>(
    `select sequence, id, type, payload, created_at from events
     where sequence > $1 and ${scope.sql} order by sequence limit ${Math.max(1, Math.min(limit, 1000))}`,
    [afterSequence, ...scope.params],
  );
  return Promise.all(
    rows.map(
      async (row) =>
        ({
          object: 'event',
          id: row.id,
          sequence: num(row.sequence),
          type: row.type,
          created_at: iso(row.created_at),
          data: JSON.parse(await cipher.decrypt(row.payload, 'events.payload')) as TxEvent['data'],
        }) as TxEvent,
    ),
  );
}

/** The newest sequence number, so a fresh subscriber starts from "now". */
export async function latestSequence(db: Queryable): Promise<number> {
  const { rows } = await db.query<{ max: unknown }>('select coalesce(max(sequence), 0) as max from events');
  return num(rows[0]!.max);
}

import type { NotificationKind, OrderStatus } from '@txassist/contract';
import type { Queryable } from '../db/database.js';
import type { FieldCipher } from '../security/field-cipher.js';
import type { SupportConversationRow } from '../store/support-conversations.js';
import { enqueueNotifications, type NotificationPayload } from './outbox.js';

/**
 * Which of the buyer's notification preferences a reply follows, by the conversation's topic: the
 * kinds the privacy center already offers (a delivery question follows "Delivery problems", a refund
 * or dispute question "Refunds and disputes", the rest "Order updates").
 */
const KIND_OF_TOPIC: Readonly<Record<string, NotificationKind>> = {
  delivery: 'delivery_problems',
  refund: 'refunds_and_disputes',
  dispute: 'refunds_and_disputes',
};

export const supportReplyKind = (topic: string): NotificationKind => KIND_OF_TOPIC[topic] ?? 'order_updates';

/**
 * Queues the buyer's messages about an agent's reply (call it in the reply's transaction, with the
 * `support.replied` event): an inbox message, an email and a text, each sent or skipped by the buyer's
 * preferences and consents at send time and worded in their language. They say that an agent
 * answered, never what: the reply stays behind the sign-in. A conversation without an order gets no
 * inbox message (inbox messages name an order), only the email and text.
 */
export async function enqueueSupportReply(
  tx: Queryable,
  cipher: FieldCipher,
  eventId: string,
  row: SupportConversationRow,
  now: Date,
): Promise<void> {
  const support = { conversation_id: row.id, topic: row.topic };
  const order = row.order_id
    ? (
        await tx.query<{ number: string; status: OrderStatus }>('select number, status from orders where id = $1', [
          row.order_id,
        ])
      ).rows[0]
    : undefined;
  const payload: NotificationPayload = order
    ? { order_id: row.order_id!, order_number: order.number, status: order.status, support }
    : { order_id: '', order_number: '', status: 'completed', support };
  await enqueueNotifications(
    tx,
    cipher,
    eventId,
    { buyerId: row.buyer_id, sellerId: row.seller_id },
    supportReplyKind(row.topic),
    payload,
    now,
    order ? undefined : ['email', 'sms'],
  );
}

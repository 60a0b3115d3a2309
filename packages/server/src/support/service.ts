import {
  SUPPORT_ATTACHMENTS_MAX,
  type CreateSupportConversationRequest,
  type ReplySupportConversationRequest,
  type SupportConversation,
  type SupportMessage,
} from '@txassist/contract';
import { attachCaseEvidence } from '../cases/evidence.js';
import type { Queryable } from '../db/database.js';
import type { Principal } from '../domain/principal.js';
import { ProblemError } from '../http/problem.js';
import { enqueueSupportReply } from '../notifications/support-replies.js';
import type { FieldCipher } from '../security/field-cipher.js';
import type { Services } from '../services.js';
import { audit } from '../store/audit.js';
import { appendEvent } from '../store/events.js';
import {
  conversationMessages,
  findConversation,
  insertConversation,
  insertSupportMessage,
  setConversationStatus,
  toConversation,
  type SupportConversationRow,
} from '../store/support-conversations.js';
import { supportContext, type SupportScope } from './context.js';

type Staff = Extract<Principal, { role: 'agent' | 'admin' }>;

export function buyerScope(principal: Principal): SupportScope {
  if (principal.role !== 'buyer') throw new ProblemError('forbidden');
  return { sellerId: principal.sellerId, buyerId: principal.buyerId, orderId: principal.orderId };
}

export function staffOf(principal: Principal): Staff {
  if (principal.role !== 'agent' && principal.role !== 'admin') throw new ProblemError('forbidden');
  return principal;
}

const NOT_FOUND = () => new ProblemError('not_found', 'Check the conversation id.');
const CLOSED = () =>
  new ProblemError('transition_not_allowed', 'This conversation is closed. Start a new one to ask again.');

/**
 * Tells the buyer's open pages live that the conversation changed (an agent's reply, or a close by an
 * agent or by the buyer elsewhere): ids and the new status only, the page re-reads it. A close is
 * news on the stream only: no inbox message, email or text.
 */
function publishUpdate(tx: Queryable, cipher: FieldCipher, row: SupportConversationRow, now: Date) {
  return appendEvent(
    tx,
    cipher,
    'support.replied',
    { sellerId: row.seller_id, buyerId: row.buyer_id, orderId: row.order_id },
    now,
    {
      object: 'support_update',
      id: row.id,
      order_id: row.order_id as SupportConversation['order_id'],
      status: row.status,
      updated_at: row.updated_at,
    },
  );
}

/** Attachments are evidence uploaded on the conversation's order, attached to the message (existing checks). */
async function attach(
  tx: Queryable,
  principal: Principal,
  orderId: string | null,
  messageId: string,
  ids: readonly string[] | undefined,
): Promise<void> {
  if (!ids || ids.length === 0) return;
  if (orderId === null) {
    throw new ProblemError('validation_failed', 'Choose the order the files are about, then attach them.', {
      errors: [{ path: 'order_id', code: 'required', message: 'attachments need an order_id' }],
    });
  }
  await attachCaseEvidence(tx, principal, ids, { orderId, attachTo: messageId, maxFiles: SUPPORT_ATTACHMENTS_MAX });
}

export async function openConversation(
  services: Services,
  principal: Principal,
  body: CreateSupportConversationRequest,
  now: Date,
): Promise<SupportConversation> {
  const scope = buyerScope(principal);
  return services.db.transaction(async (tx) => {
    const context = await supportContext(tx, scope, body.order_id ?? null);
    if (!context) throw new ProblemError('not_found', 'Check the order id: it is not one of your orders.');
    const row = await insertConversation(
      tx,
      {
        seller_id: scope.sellerId,
        buyer_id: scope.buyerId,
        order_id: context.order_id,
        topic: body.topic,
        context,
      },
      now,
    );
    const message = await insertSupportMessage(
      tx,
      services.cipher,
      { conversation_id: row.id, author: 'buyer', author_id: scope.buyerId, internal: false, body: body.message },
      now,
    );
    await attach(tx, principal, row.order_id, message.id, body.attachments);
    return toConversation(tx, services.cipher, row, false);
  });
}

async function messageOf(
  tx: Queryable,
  cipher: FieldCipher,
  row: SupportConversationRow,
  id: string,
  internal: boolean,
) {
  const messages = await conversationMessages(tx, cipher, row.id, internal);
  return messages.find((message) => message.id === id)!;
}

export async function buyerReply(
  services: Services,
  principal: Principal,
  id: string,
  body: ReplySupportConversationRequest,
  now: Date,
): Promise<SupportMessage> {
  const scope = buyerScope(principal);
  return services.db.transaction(async (tx) => {
    const row = await findConversation(tx, id, scope, true);
    if (!row) throw NOT_FOUND();
    if (row.status === 'closed') throw CLOSED();
    const message = await insertSupportMessage(
      tx,
      services.cipher,
      { conversation_id: row.id, author: 'buyer', author_id: scope.buyerId, internal: false, body: body.message },
      now,
    );
    await attach(tx, principal, row.order_id, message.id, body.attachments);
    const updated = await setConversationStatus(tx, row.id, 'open', now);
    return messageOf(tx, services.cipher, updated, message.id, false);
  });
}

export async function buyerClose(
  services: Services,
  principal: Principal,
  id: string,
  now: Date,
): Promise<SupportConversation> {
  const scope = buyerScope(principal);
  return services.db.transaction(async (tx) => {
    const row = await findConversation(tx, id, scope, true);
    if (!row) throw NOT_FOUND();
    if (row.status === 'closed') return toConversation(tx, services.cipher, row, false);
    const closed = await setConversationStatus(tx, row.id, 'closed', now);
    await publishUpdate(tx, services.cipher, closed, now); // the buyer's other open pages
    return toConversation(tx, services.cipher, closed, false);
  });
}

/**
 * An agent's reply (the buyer is told live, and by inbox, email and text per their preferences) or
 * internal note (nobody but agents sees it; no notification).
 */
export async function agentReply(
  services: Services,
  principal: Principal,
  id: string,
  body: { message: string; internal?: boolean | undefined },
  now: Date,
  requestId: string,
): Promise<SupportMessage> {
  const staff = staffOf(principal);
  const internal = body.internal === true;
  return services.db.transaction(async (tx) => {
    const row = await findConversation(tx, id, 'staff', true);
    if (!row) throw NOT_FOUND();
    if (row.status === 'closed') throw CLOSED();
    const message = await insertSupportMessage(
      tx,
      services.cipher,
      { conversation_id: row.id, author: 'agent', author_id: staff.staffId, internal, body: body.message },
      now,
    );
    const updated = internal ? row : await setConversationStatus(tx, row.id, 'answered', now);
    await audit(
      tx,
      {
        actorType: 'staff',
        actorId: staff.staffId,
        action: internal ? 'support.note_added' : 'support.replied',
        subjectType: 'support_conversation',
        subjectId: row.id,
        caseId: row.id,
        requestId,
      },
      now,
    );
    if (!internal) {
      const event = await publishUpdate(tx, services.cipher, updated, now);
      // The buyer's inbox message, email and text, by their preferences and in their language.
      await enqueueSupportReply(tx, services.cipher, event.id, updated, now);
    }
    return messageOf(tx, services.cipher, updated, message.id, true);
  });
}

/** Staff read a conversation only with a reason, audited before anything is read (like case reads). */
export async function agentRead(
  services: Services,
  principal: Principal,
  id: string,
  reason: string,
  now: Date,
  requestId: string,
): Promise<SupportConversation> {
  const staff = staffOf(principal);
  const row = await findConversation(services.db, id, 'staff');
  if (!row) throw NOT_FOUND();
  await audit(
    services.db,
    {
      actorType: 'staff',
      actorId: staff.staffId,
      action: 'support.read_conversation',
      subjectType: 'buyer',
      subjectId: row.buyer_id,
      caseId: row.id,
      reason,
      requestId,
    },
    now,
  );
  return toConversation(services.db, services.cipher, row, true);
}

export async function agentClose(
  services: Services,
  principal: Principal,
  id: string,
  now: Date,
  requestId: string,
): Promise<SupportConversation> {
  const staff = staffOf(principal);
  return services.db.transaction(async (tx) => {
    const row = await findConversation(tx, id, 'staff', true);
    if (!row) throw NOT_FOUND();
    const closed = row.status === 'closed' ? row : await setConversationStatus(tx, row.id, 'closed', now);
    if (row.status !== 'closed') {
      await audit(
        tx,
        {
          actorType: 'staff',
          actorId: staff.staffId,
          action: 'support.closed',
          subjectType: 'support_conversation',
          subjectId: row.id,
          caseId: row.id,
          requestId,
        },
        now,
      );
      await publishUpdate(tx, services.cipher, closed, now);
    }
    return toConversation(tx, services.cipher, closed, true);
  });
}

import type { Message, MessageBundle } from '@txassist/sdk/i18n';
import { inboxLoaders } from './loaders.js';

/**
 * Namespace `inbox`, English: the order hub's Messages tab (the list, case news, Mark as read), which loads with
 * that view (`order-hub/inbox-chunk.ts`), so the hub's first render and its extra locale carry none of them.
 */
export const inboxMessages = {
  'inbox.heading': 'Messages',
  'inbox.list_label': 'Messages, newest first',
  'inbox.empty': 'No messages yet.',
  'inbox.empty_next': 'We’ll let you know here when something happens with your orders.',
  'inbox.new': 'New',
  'inbox.message': 'Order {number}: {what}',
  'inbox.view': 'View order {number}',
  'inbox.support_reply': 'Reply from support',
  'inbox.read_reply': 'Read the reply',
  'inbox.mark_read': 'Mark as read',
  'inbox.marked_read': 'Marked as read.',
  'inbox.more': 'Show older messages',
  'inbox.case_news.message_added': 'New message about your request',
  'inbox.case_news.deadline_passed': 'A deadline passed',
  'inbox.case_news.decided': 'Our team made a decision',
  'inbox.case_news.updated': 'Your request was updated',
} as const satisfies Record<`inbox.${string}`, Message>;

/** The `inbox` namespace for `LocaleController` / `loadCatalog`: its name, its English and a loader per locale. */
export const INBOX: MessageBundle<'inbox'> = { namespace: 'inbox', english: inboxMessages, locales: inboxLoaders };

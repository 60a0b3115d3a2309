import type { Message, MessageBundle } from '@txassist/sdk/i18n';
import { supportLoaders } from './loaders.js';

/** Namespace `support`, English: "Talk to a person" in the help assistant (loaded with that view). */
export const supportMessages = {
  'support.heading': 'Talk to a person',
  'support.hours': 'Our team answers {days}, {opens}–{closes} ({zone}).',
  'support.first_response': 'Expected first answer: within {duration}.',
  'support.context_intro': 'The agent will see:',
  'support.context.order': 'Order status: {status}',
  'support.context.payment': 'Last payment problem: {code}',
  'support.context.cases': 'Open cases: {count}',
  'support.context.none': 'No order selected.',
  'support.topic': 'Topic',
  'support.topic.payment': 'A payment',
  'support.topic.delivery': 'A delivery',
  'support.topic.refund': 'A refund or return',
  'support.topic.dispute': 'A dispute',
  'support.topic.account': 'My account',
  'support.topic.other': 'Something else',
  'support.order': 'Order (optional)',
  'support.order.none': 'No order',
  'support.message': 'Your message',
  'support.message_empty': 'Write your message first.',
  'support.send': 'Send',
  'support.thread': 'Conversation',
  'support.author.buyer': 'You',
  'support.author.agent': 'Support',
  'support.status.open': 'Waiting for an answer',
  'support.status.answered': 'Answered',
  'support.status.closed': 'Closed',
  'support.reply': 'Reply',
  'support.send_reply': 'Send reply',
  'support.close': 'Close conversation',
  'support.sent': 'Message sent.',
  'support.replied': 'Support answered.',
  'support.closed': 'Conversation closed.',
} as const satisfies Record<`support.${string}`, Message>;

/** The `support` namespace for `LocaleController` / `loadCatalog`: its name and its English. */
export const SUPPORT: MessageBundle<'support'> = {
  namespace: 'support',
  english: supportMessages,
  locales: supportLoaders,
};

import type { Message, MessageBundle } from '@txassist/sdk/i18n';
import { unpaidLoaders } from './loaders.js';

/**
 * Namespace `unpaid`, English: Pay now / Cancel order for an order that waits for its payment, and the
 * question before it is cancelled (order hub and tracker alike). Loaded with the block itself (`import()`
 * the first time an unpaid order shows), so neither element carries these words until then.
 */
export const unpaidMessages = {
  'unpaid.due': 'Pay by {date} to keep this order; after that it is cancelled on its own.',
  'unpaid.pay': 'Pay now',
  'unpaid.cancel': 'Cancel order',
  'unpaid.cancelling': 'Cancelling…',
  'unpaid.confirm': 'Cancel order {number}? This can’t be undone.',
  'unpaid.keep': 'Keep order',
} as const satisfies Record<`unpaid.${string}`, Message>;

export const UNPAID: MessageBundle<'unpaid'> = {
  namespace: 'unpaid',
  english: unpaidMessages,
  locales: unpaidLoaders,
};

import type { Message, MessageBundle } from '@txassist/sdk/i18n';
import { erasureLoaders } from './loaders.js';

/**
 * Namespace `erasure`, English: the privacy centre's erasure views (what blocks "Delete my data", the
 * confirmation), which load with those views (`privacy-center/sections/erasure-blockers.ts`), so its first
 * render and its extra locale (and the order hub's, which shows the `privacy` preferences) carry none of them.
 */
export const erasureMessages = {
  'erasure.blocked_heading': 'You can’t delete your data yet',
  'erasure.blocker.open_orders': {
    one: 'You have {count} order that isn’t finished yet.',
    other: 'You have {count} orders that aren’t finished yet.',
  },
  'erasure.blocker.open_orders.next_step':
    'Cancel the orders that offer it, or wait until they are delivered, then come back here.',
  'erasure.blocker.open_refunds': {
    one: 'You have {count} refund in progress.',
    other: 'You have {count} refunds in progress.',
  },
  'erasure.blocker.open_refunds.next_step': 'Wait until your refund is finished, then come back here.',
  'erasure.blocker.open_disputes': {
    one: 'You have {count} open dispute.',
    other: 'You have {count} open disputes.',
  },
  'erasure.blocker.open_disputes.next_step': 'Wait for the decision, or close the dispute, then come back here.',
  'erasure.records': 'Orders',
  'erasure.confirm_heading': 'Delete your data for good?',
  'erasure.confirm_text': 'We delete your personal data straight away and sign you out. We can’t bring it back.',
  'erasure.understand': 'I understand this cannot be undone',
  'erasure.understand_required': 'Tick the box to confirm that you understand.',
  'erasure.confirm': 'Delete my data permanently',
  'erasure.erasing': 'Deleting your data…',
  'erasure.cancel': 'Cancel',
  'erasure.cancelled': 'Nothing was deleted.',
  'erasure.cancel_order': 'Cancel order {number}',
  'erasure.cancelling': 'Cancelling…',
  'erasure.order_cancelled': 'Order {number} is cancelled.',
} as const satisfies Record<`erasure.${string}`, Message>;

/** The `erasure` namespace for `LocaleController` / `loadCatalog`: its name, its English and a loader per locale. */
export const ERASURE: MessageBundle<'erasure'> = {
  namespace: 'erasure',
  english: erasureMessages,
  locales: erasureLoaders,
};

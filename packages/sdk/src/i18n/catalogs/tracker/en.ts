import type { Message } from '../../message.js';
import type { MessageBundle } from '../../namespaces.js';

/** Namespace `tracker`, English: the order tracker's own words (statuses and errors are in `core`). */
export const trackerMessages = {
  'tracker.heading': 'Order {number}',
  'tracker.loading': 'Loading your order…',
  'tracker.loaded': 'Order {number} loaded. Status: {status}.',
  'tracker.placed': 'Placed on {date}',
  'tracker.sold_by': 'Sold by {seller}',
  'tracker.status_heading': 'Status',
  'tracker.items_heading': { one: '{count} item', other: '{count} items' },
  'tracker.quantity': 'Quantity: {count}',
  'tracker.unit_price': '{price} each',
  'tracker.variant': 'Option: {variant}',
  'tracker.summary_heading': 'Payment summary',
  'tracker.subtotal': 'Subtotal',
  'tracker.shipping': 'Shipping',
  'tracker.tax': 'Tax',
  'tracker.discount': 'Discount',
  'tracker.total': 'Total',
  'tracker.not_found.title': 'We can’t find this order',
  'tracker.not_found.next_step':
    'Check the order number in your confirmation email, and make sure you are signed in with the account you ordered with.',
  'tracker.not_configured.title': 'Order tracking is not set up on this page',
  'tracker.not_configured.next_step': 'Contact the seller and tell them the order tracker is missing its settings.',
} as const satisfies Record<`tracker.${string}`, Message>;

/** The `tracker` namespace for `LocaleController` / `loadCatalog`: its name and its English. */
export const TRACKER: MessageBundle<'tracker'> = { namespace: 'tracker', english: trackerMessages };

import type { Message, MessageBundle } from '@txassist/sdk/i18n';
import { hubLoaders } from './loaders.js';

/** Namespace `hub`, English: the order hub's own words (statuses and errors are in `core`). */
export const hubMessages = {
  'hub.heading': 'Your orders',
  'hub.intro': 'Your orders, the messages we sent you about them, and how we contact you.',
  'hub.tabs_label': 'Order hub',
  'hub.tab.orders': 'Orders',
  'hub.tab.inbox': 'Messages',
  'hub.tab.preferences': 'Notification settings',
  'hub.unread': { one: '{count} unread', other: '{count} unread' },
  'hub.loading': 'Loading…',
  'hub.offline': 'You’re offline. What you see may be out of date; it refreshes when you’re back online.',
  'hub.online': 'You’re back online. Refreshing…',

  'hub.history.heading': 'Order history',
  'hub.history.search_label': 'Order number',
  'hub.history.search_hint': 'All or part of it, for example TX-1004 or 1004.',
  'hub.history.status_label': 'Status',
  'hub.history.status_all': 'All statuses',
  'hub.history.search': 'Search',
  'hub.history.clear': 'Clear search',
  'hub.history.list_label': 'Your orders, newest first',
  'hub.history.shown': { one: '{count} order shown.', other: '{count} orders shown.' },
  'hub.history.empty': 'You have no orders yet.',
  'hub.history.empty_next': 'When you buy something, it shows up here.',
  'hub.history.no_match': 'No orders match your search.',
  'hub.history.no_match_next': 'Check the order number, choose another status, or clear the search.',
  'hub.history.more': 'Show more orders',
  'hub.history.more_loading': 'Loading more orders…',

  'hub.order.number': 'Order {number}',
  'hub.order.placed': 'Placed on {date}',
  'hub.order.items': { one: '{count} item', other: '{count} items' },
  'hub.order.total': 'Total: {total}',

  'hub.detail.back': 'Back to your orders',
  'hub.detail.loading': 'Loading the order…',
  'hub.detail.loaded': 'Order {number}: {status}.',

  // Neutral words for a value a newer API added (issue 14): shown instead of a missing key.
  'hub.other': 'Status: updating',
} as const satisfies Record<`hub.${string}`, Message>;

/** The `hub` namespace for `LocaleController` / `loadCatalog`: its name, its English and a loader per locale. */
export const HUB: MessageBundle<'hub'> = { namespace: 'hub', english: hubMessages, locales: hubLoaders };

import type { Message } from '../../message.js';
import type { MessageBundle } from '../../namespaces.js';

/** Namespace `hub`, English: the order hub's own words (statuses and errors are in `core`). */
export const hubMessages = {
  'hub.heading': 'Your orders',
} as const satisfies Record<`hub.${string}`, Message>;

/** The `hub` namespace for `LocaleController` / `loadCatalog`: its name and its English. */
export const HUB: MessageBundle<'hub'> = { namespace: 'hub', english: hubMessages };

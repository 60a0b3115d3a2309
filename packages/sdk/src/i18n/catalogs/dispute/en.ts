import type { Message } from '../../message.js';
import type { MessageBundle } from '../../namespaces.js';

/** Namespace `dispute`, English: the dispute form's and case view's own words (statuses and errors are in `core`). */
export const disputeMessages = {
  'dispute.heading': 'Report a problem with your order',
} as const satisfies Record<`dispute.${string}`, Message>;

/** The `dispute` namespace for `LocaleController` / `loadCatalog`: its name and its English. */
export const DISPUTE: MessageBundle<'dispute'> = { namespace: 'dispute', english: disputeMessages };

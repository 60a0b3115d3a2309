import type { Message } from '../../message.js';
import type { MessageBundle } from '../../namespaces.js';

/** Namespace `refund`, English: the refund request's own words (statuses and errors are in `core`). */
export const refundMessages = {
  'refund.heading': 'Request a refund',
} as const satisfies Record<`refund.${string}`, Message>;

/** The `refund` namespace for `LocaleController` / `loadCatalog`: its name and its English. */
export const REFUND: MessageBundle<'refund'> = { namespace: 'refund', english: refundMessages };

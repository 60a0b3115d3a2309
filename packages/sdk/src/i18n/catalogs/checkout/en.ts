import type { Message } from '../../message.js';
import type { MessageBundle } from '../../namespaces.js';

/** Namespace `checkout`, English: the checkout helper's own words (statuses and errors are in `core`). */
export const checkoutMessages = {
  'checkout.heading': 'Checkout',
} as const satisfies Record<`checkout.${string}`, Message>;

/** The `checkout` namespace for `LocaleController` / `loadCatalog`: its name and its English. */
export const CHECKOUT: MessageBundle<'checkout'> = { namespace: 'checkout', english: checkoutMessages };

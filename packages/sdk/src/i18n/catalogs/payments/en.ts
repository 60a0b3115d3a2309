import type { Message } from '../../message.js';
import type { MessageBundle } from '../../namespaces.js';

/** Namespace `payments`, English: payment outcomes and decline guidance, shared by the SDK and every element that takes payments (statuses and errors are in `core`). */
export const paymentsMessages = {
  'payments.declined.title': 'Your payment was declined',
} as const satisfies Record<`payments.${string}`, Message>;

/** The `payments` namespace for `LocaleController` / `loadCatalog`: its name and its English. */
export const PAYMENTS: MessageBundle<'payments'> = { namespace: 'payments', english: paymentsMessages };

import type { coreMessages } from './catalogs/core/en.js';
import type { privacyMessages } from './catalogs/privacy/en.js';
import type { trackerMessages } from './catalogs/tracker/en.js';
import type { hubMessages } from './catalogs/hub/en.js';
import type { checkoutMessages } from './catalogs/checkout/en.js';
import type { paymentsMessages } from './catalogs/payments/en.js';
import type { disputeMessages } from './catalogs/dispute/en.js';
import type { refundMessages } from './catalogs/refund/en.js';
import type { assistantMessages } from './catalogs/assistant/en.js';

/**
 * The catalog is one set of typed keys split into namespaces, so a page downloads only the words of
 * the elements it shows: `core` (statuses, errors: the SDK's and every element's), then one namespace
 * per element. Each namespace × locale is its own lazy chunk; English is bundled only for the
 * namespaces an element imports. Type-only imports here: this file costs nothing at run time.
 */
export interface NamespaceMessages {
  readonly core: typeof coreMessages;
  readonly tracker: typeof trackerMessages;
  readonly privacy: typeof privacyMessages;
  readonly hub: typeof hubMessages;
  readonly checkout: typeof checkoutMessages;
  readonly payments: typeof paymentsMessages;
  readonly dispute: typeof disputeMessages;
  readonly refund: typeof refundMessages;
  readonly assistant: typeof assistantMessages;
}

export type Namespace = keyof NamespaceMessages;

export const NAMESPACES: readonly Namespace[] = [
  'core',
  'tracker',
  'privacy',
  'hub',
  'checkout',
  'payments',
  'dispute',
  'refund',
  'assistant',
];

/** Every English message, namespaces merged: the source of the key and placeholder types. */
export type EnglishCatalog = NamespaceMessages['core'] &
  NamespaceMessages['tracker'] &
  NamespaceMessages['privacy'] &
  NamespaceMessages['hub'] &
  NamespaceMessages['checkout'] &
  NamespaceMessages['payments'] &
  NamespaceMessages['dispute'] &
  NamespaceMessages['refund'] &
  NamespaceMessages['assistant'];

export type MessageKey = keyof EnglishCatalog;

/** The keys of a namespace (of several, for a union). */
export type KeyOf<N extends Namespace> = N extends Namespace ? keyof NamespaceMessages[N] & MessageKey : never;

/** A namespace's English messages, tagged with its name: what an element hands to the locale controller. */
export interface MessageBundle<N extends Namespace = Namespace> {
  readonly namespace: N;
  readonly english: NamespaceMessages[N];
}

/** `status.delivered.label` → `core`; `tracker.heading` → `tracker`. */
export function namespaceOf(key: string): Namespace | undefined {
  const first = key.slice(0, key.indexOf('.'));
  if (first === 'status' || first === 'error') return 'core';
  return NAMESPACES.find((namespace) => namespace === first);
}

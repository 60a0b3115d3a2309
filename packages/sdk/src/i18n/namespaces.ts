import type { coreMessages } from './catalogs/core/en.js';
import type { errorsMessages } from './catalogs/errors/en.js';
import type { paymentsMessages } from './catalogs/payments/en.js';
import type { LocaleLoaders } from './locales.js';

/**
 * The catalog is one set of typed keys split into namespaces, so a page downloads only the words of
 * the elements it shows. The SDK owns `core` (statuses and the error words a first render may need),
 * `errors` (every other error message, loaded when a problem is first worded) and `payments` (decline
 * guidance); `@txassist/elements` adds one namespace per element to this interface
 * (declaration merging), so keys, `t()` and `CompleteCatalog<'tracker'>` are typed there too while the
 * SDK ships none of the elements' words. Type-only imports here: this file costs nothing at run time.
 */
export interface NamespaceMessages {
  readonly core: typeof coreMessages;
  readonly errors: typeof errorsMessages;
  readonly payments: typeof paymentsMessages;
}

export type Namespace = keyof NamespaceMessages;

/** The SDK's own namespaces (the elements export the full list as their `NAMESPACES`). */
export const NAMESPACES: readonly Namespace[] = ['core', 'errors', 'payments'];

type Intersection<Union> = (Union extends unknown ? (part: Union) => void : never) extends (all: infer All) => void
  ? All
  : never;

/** Every English message of every namespace known to the program, merged: the source of the key and placeholder types. */
export type EnglishCatalog = Intersection<NamespaceMessages[Namespace]>;

export type MessageKey = keyof EnglishCatalog;

/** The keys of a namespace (of several, for a union). */
export type KeyOf<N extends Namespace> = N extends Namespace ? keyof NamespaceMessages[N] & MessageKey : never;

/**
 * A namespace's English messages and a loader per other locale, tagged with its name: what an element
 * hands to the locale controller, and what `loadCatalog` downloads from.
 */
export interface MessageBundle<N extends Namespace = Namespace> {
  readonly namespace: N;
  readonly english: NamespaceMessages[N];
  readonly locales: LocaleLoaders;
}

/** The `error.` keys in `core`: the code to quote, Try again, and the `network` and `not_configured` groups. */
const CORE_ERROR_KEY = /^error\.(code|retry|retrying|(network|not_configured)\.\w+)$/;

/**
 * `status.delivered.label` → `core`; `error.timeout.title` → `errors` (but `error.network.title` → `core`);
 * `tracker.heading` → `tracker` (given the namespaces to look in).
 */
export function namespaceOf(key: string, namespaces: readonly Namespace[] = NAMESPACES): Namespace | undefined {
  const first = key.slice(0, key.indexOf('.'));
  if (first === 'status' || CORE_ERROR_KEY.test(key)) return 'core';
  if (first === 'error') return 'errors';
  return namespaces.find((namespace) => namespace === first);
}

import type { Message, MessageBundle } from '@txassist/sdk/i18n';
import { compatLoaders } from './loaders.js';

/**
 * Namespace `compat`, English: what the unsupported-browser fallback (`cdn/compat.js`, a classic
 * script) writes into every `tx-*` tag when the browser lacks what the elements need. The build copies
 * every locale's words into that script; no element loads them.
 */
export const compatMessages = {
  'compat.unsupported': 'This browser can’t show this part of the page.',
  'compat.next_step': 'Update your browser or open this page in another one. Until then:',
  'compat.lookup': 'Find your order by its number and email',
  'compat.email': 'Email us at {email}',
} as const satisfies Record<`compat.${string}`, Message>;

/** The `compat` namespace for `loadCatalog` and the catalog checks: its name and its English. */
export const COMPAT: MessageBundle<'compat'> = {
  namespace: 'compat',
  english: compatMessages,
  locales: compatLoaders,
};

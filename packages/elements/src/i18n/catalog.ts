import type { MessageKey } from './en.js';
import type { Message } from './message.js';

/** A translation: any subset of the English keys (missing keys fall back to English, key by key). */
export type Catalog = { readonly [Key in MessageKey]?: Message };

/** A translation that covers every key; shipped locales use it so gaps fail the type check. */
export type CompleteCatalog = { readonly [Key in MessageKey]: Message };

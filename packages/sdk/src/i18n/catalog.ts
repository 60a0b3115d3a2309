import type { EnglishCatalog, KeyOf, MessageKey, Namespace } from './namespaces.js';
import type { PluralMessage } from './message.js';

/** The shape a translation of `key` must have: text where English has text, plural forms where it has plurals. */
export type TranslationOf<Key extends MessageKey> = EnglishCatalog[Key] extends string ? string : PluralMessage;

/** A translation of a whole namespace; every shipped locale without a parent is one, so a gap fails the type check. */
export type CompleteCatalog<N extends Namespace = Namespace> = { readonly [Key in KeyOf<N>]: TranslationOf<Key> };

/**
 * Any subset of a namespace's keys (all keys by default): a regional variant (es-MX) lists only what
 * differs from its parent (es); a key missing everywhere falls back to English.
 */
export type Catalog<N extends Namespace = Namespace> = { readonly [Key in KeyOf<N>]?: TranslationOf<Key> };

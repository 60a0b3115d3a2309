import { coreMessages } from './catalogs/core/en.js';
import { errorsMessages } from './catalogs/errors/en.js';
import { paymentsMessages } from './catalogs/payments/en.js';
import type { NamespaceMessages } from './namespaces.js';

/** The SDK's English messages (`core`, `errors` and `payments`). */
export type SdkEnglishCatalog = NamespaceMessages['core'] & NamespaceMessages['errors'] & NamespaceMessages['payments'];

/**
 * Every English message of the SDK's namespaces, merged: the fallback for any of their keys. English
 * is written per namespace in `catalogs/<namespace>/en.ts`; `@txassist/elements/i18n` exports an `en`
 * with the elements' namespaces too. Use `en` where size does not matter (servers, tests, tools).
 */
export const en: SdkEnglishCatalog = { ...coreMessages, ...errorsMessages, ...paymentsMessages };

export type { EnglishCatalog, MessageKey } from './namespaces.js';

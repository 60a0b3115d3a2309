/**
 * `@txassist/sdk/i18n`: the typed message catalog, its loading and the translator, for headless use
 * and for the elements (which add their own namespaces in `@txassist/elements/i18n`).
 *
 * - Keys are split into namespaces (here `core`: statuses and the first render's error words, `errors`:
 *   every other error message, and `payments`: decline guidance), each namespace × locale its own lazy chunk; English is bundled for the namespaces a page
 *   imports (`CORE`, `PAYMENTS`, …).
 * - Fallback, key by key: a regional variant → its parent → English (`es-MX` → `es` → `en`).
 * - `matchLocale` picks the best catalog for what a page asks for (`zh-TW` → `zh-Hant`, `pt` → `pt-BR`,
 *   `es-AR` → `es`, `tl` → `fil`) and keeps the requested tag for Intl formatting.
 * - `errorMessage(error)` turns anything the SDK throws into a title, a next step and a code to quote.
 */
export { en, type SdkEnglishCatalog } from './en.js';
export { CORE, coreMessages } from './catalogs/core/en.js';
export { ERRORS, errorsMessages } from './catalogs/errors/en.js';
export { PAYMENTS, paymentsMessages } from './catalogs/payments/en.js';
export {
  NAMESPACES,
  namespaceOf,
  type EnglishCatalog,
  type KeyOf,
  type MessageBundle,
  type MessageKey,
  type Namespace,
  type NamespaceMessages,
} from './namespaces.js';
export type { Catalog, CompleteCatalog, TranslationOf } from './catalog.js';
export type { Message, ParamsOf, ParamValue, PluralCategory, PluralMessage, Placeholders } from './message.js';
export {
  AVAILABLE_LOCALES,
  SOURCE_LOCALE,
  cachedCatalog,
  fallbackChain,
  importCatalog,
  loadCatalog,
  localeDirection,
  matchLocale,
  type Direction,
  type LocaleLoaders,
  type LocaleMatch,
  type LocaleModule,
} from './locales.js';
export { createTranslator, type MessageArgs, type Translator } from './translator.js';
export { errorMessage, type ErrorMessage } from './errors.js';
export { declineMessage, type BuyerDeclineCode, type DeclineMessage } from './decline.js';
export {
  CLIENT_ERROR_CODES,
  ERROR_GUIDANCE,
  type ClientErrorCode,
  type ErrorGuidance,
  type ErrorMessageGroup,
} from './error-groups.js';

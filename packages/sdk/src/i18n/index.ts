/**
 * `@txassist/sdk/i18n`: the one typed message catalog shared by the SDK and the elements.
 *
 * - Keys are split into namespaces (`core`: statuses and errors; one per element), each namespace ×
 *   locale its own lazy chunk; English is bundled for the namespaces a page imports (`CORE`, `TRACKER`, …).
 * - Fallback, key by key: a regional variant → its parent → English (`es-MX` → `es` → `en`).
 * - `matchLocale` picks the best catalog for what a page asks for (`zh-TW` → `zh-Hant`, `pt` → `pt-BR`,
 *   `es-AR` → `es`, `tl` → `fil`) and keeps the requested tag for Intl formatting.
 * - `errorMessage(error)` turns anything the SDK throws into a title, a next step and a code to quote.
 */
export { en } from './en.js';
export { CORE, coreMessages } from './catalogs/core/en.js';
export { TRACKER, trackerMessages } from './catalogs/tracker/en.js';
export { PRIVACY, privacyMessages } from './catalogs/privacy/en.js';
export { HUB, hubMessages } from './catalogs/hub/en.js';
export { CHECKOUT, checkoutMessages } from './catalogs/checkout/en.js';
export { PAYMENTS, paymentsMessages } from './catalogs/payments/en.js';
export { DISPUTE, disputeMessages } from './catalogs/dispute/en.js';
export { REFUND, refundMessages } from './catalogs/refund/en.js';
export { ASSISTANT, assistantMessages } from './catalogs/assistant/en.js';
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

export { en, type EnglishCatalog, type MessageKey } from './en.js';
export type { Catalog, CompleteCatalog } from './catalog.js';
export type { Message, ParamsOf, ParamValue, PluralMessage } from './message.js';
export {
  AVAILABLE_LOCALES,
  SOURCE_LOCALE,
  cachedCatalog,
  loadCatalog,
  matchLocale,
  type LocaleMatch,
} from './locales.js';
export { createTranslator, type MessageArgs, type Translator } from './translator.js';
export { LocaleController, browserLanguages, inheritedLang } from './locale-controller.js';

// The locales the example pages offer, named in their own language, in the storefront's order (its
// twin is `LOCALES` in examples/storefront/public/page-text.js; a test keeps the two the same). Plain
// JavaScript with no imports, so a page (the agent console serves it as /shared/locales.js) and a
// Node back end (the creator page's) read the same list.

/** Every locale the elements support, named in its own language (docs/languages.md). */
export const LOCALES = [
  ['en', 'English'],
  ['en-GB', 'English (UK)'],
  ['es', 'Español'],
  ['es-MX', 'Español (México)'],
  ['pt-BR', 'Português (Brasil)'],
  ['pt-PT', 'Português (Portugal)'],
  ['fr', 'Français'],
  ['fr-CA', 'Français (Canada)'],
  ['de', 'Deutsch'],
  ['it', 'Italiano'],
  ['id', 'Bahasa Indonesia'],
  ['ms', 'Bahasa Melayu'],
  ['nl', 'Nederlands'],
  ['pl', 'Polski'],
  ['th', 'ไทย'],
  ['vi', 'Tiếng Việt'],
  ['fil', 'Filipino'],
  ['ja', '日本語'],
  ['ko', '한국어'],
  ['zh-Hans', '简体中文'],
  ['zh-Hant', '繁體中文'],
  ['ar', 'العربية'],
  ['he', 'עברית'],
  ['sv', 'Svenska'],
  ['da', 'Dansk'],
  ['nb', 'Norsk bokmål'],
  ['fi', 'Suomi'],
  ['cs', 'Čeština'],
  ['tr', 'Türkçe'],
  ['uk', 'Українська'],
  ['ro', 'Română'],
  ['el', 'Ελληνικά'],
  ['hu', 'Magyar'],
  ['hi', 'हिन्दी'],
  ['ur', 'اردو'],
  ['fa', 'فارسی'],
  ['bn', 'বাংলা'],
  ['ca', 'Català'],
  ['hr', 'Hrvatski'],
  ['bg', 'Български'],
];

/** The locales written right to left. */
export const RIGHT_TO_LEFT = new Set(['ar', 'he', 'ur', 'fa']);

/** `rtl` or `ltr` for a locale of LOCALES. */
export const directionOf = (tag) => (RIGHT_TO_LEFT.has(tag) ? 'rtl' : 'ltr');

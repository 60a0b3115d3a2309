// The storefront pages' own words in the buyer's language, and the language picker. The choice is
// kept on this device (localStorage) so every page opens in it; the elements follow the provider's
// `locale`. Words live in text/<locale>.js, one file per locale, loaded with import() when chosen.

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
const RIGHT_TO_LEFT = new Set(['ar', 'he', 'ur', 'fa']);
const STORAGE_KEY = 'lumen-beauty.locale';

let words = {};

/** The page's word for `key`, with `{name}` placeholders filled from `values`. */
export function t(key, values = {}) {
  const template = words[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name) => String(values[name] ?? ''));
}

/** The locale this device chose before (or the browser's, when it is one we have), else English. */
export function storedLocale() {
  let saved;
  try {
    saved = localStorage.getItem(STORAGE_KEY);
  } catch {
    saved = null; // storage blocked: English, and the choice lasts for this page only
  }
  const known = new Set(LOCALES.map(([tag]) => tag));
  if (saved && known.has(saved)) return saved;
  return known.has(navigator.language) ? navigator.language : 'en';
}

async function wordsFor(locale) {
  const [english, own] = await Promise.all([import('./text/en.js'), import(`./text/${locale}.js`)]);
  const parent = own.parent ? (await import(`./text/${own.parent}.js`)).default : {};
  return { ...english.default, ...parent, ...own.default };
}

/** Shows the page in `locale`: its own words, `lang` and `dir`, the provider's locale; remembers it. */
export async function showPageIn(locale, provider) {
  words = await wordsFor(locale);
  document.documentElement.lang = locale;
  document.documentElement.dir = RIGHT_TO_LEFT.has(locale) ? 'rtl' : 'ltr';
  for (const element of document.querySelectorAll('[data-text]')) element.textContent = t(element.dataset.text);
  for (const element of document.querySelectorAll('[data-label]'))
    element.setAttribute('aria-label', t(element.dataset.label));
  document.title = `${t(document.body.dataset.title)} · Lumen Beauty`;
  if (provider) provider.locale = locale;
  document.dispatchEvent(new Event('page-language')); // scripts re-word what they wrote
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // nothing to remember it in
  }
}

/** Fills the picker with every locale and follows it. Resolves once the page shows the stored choice. */
export async function setUpLanguage(provider) {
  const picker = document.querySelector('#language');
  picker.replaceChildren(
    ...LOCALES.map(([tag, name]) => {
      const option = document.createElement('option');
      option.value = tag;
      option.lang = tag;
      option.textContent = name;
      return option;
    }),
  );
  const locale = storedLocale();
  picker.value = locale;
  await showPageIn(locale, provider);
  picker.addEventListener('change', () => void showPageIn(picker.value, provider));
}

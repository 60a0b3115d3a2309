// The agent console's words, looked up by key, in the language chosen with the header's picker. Each
// locale's words are text/<tag>.js (English is the source; a regional file names its `parent`), loaded
// with import() when chosen and merged over English, so a missing word reads in English. Plural entries
// hold the forms Intl.PluralRules picks from; {name} is filled in by t(). Codes the API or the console's
// server answer with are worded under `error.<code>`; an unknown code gets `error.unknown` (the code is
// shown too). The choice is kept on this device (localStorage), like the storefront's.

import english from './text/en.js';
import { directionOf, LOCALES } from '/shared/locales.js';

export { LOCALES };
const STORAGE_KEY = 'txassist-agent-console.locale';

/** The words of the language shown (English until another one is chosen). */
export let MESSAGES = english;

const locale = () => document.documentElement.lang || 'en';

/** The message for `key` with `{name}` filled in; a plural entry picks its form by `vars.count`. */
export function t(key, vars = {}) {
  let entry = MESSAGES[key];
  if (entry === undefined) return key;
  if (typeof entry === 'object') {
    const form = new Intl.PluralRules(locale()).select(Number(vars.count));
    entry = entry[form] ?? entry.other;
  }
  return entry.replace(/\{(\w+)\}/g, (whole, name) => {
    const value = vars[name];
    if (value === undefined) return whole;
    return name === 'count' ? new Intl.NumberFormat(locale()).format(value) : String(value);
  });
}

/** A value the API sends as a code (status, reason, party…), worded; an unknown one stays readable. */
export function label(group, value) {
  const key = `${group}.${value}`;
  return key in MESSAGES ? t(key) : t('unknownValue', { value: String(value).replaceAll('_', ' ') });
}

/** An error code in plain words, with the code for the record. */
export function errorText(code, fallback, vars = {}) {
  const key = `error.${code}`;
  const message = key in MESSAGES ? t(key, vars) : fallback || t('error.unknown');
  return t('error.withCode', { message, code });
}

const known = new Set(LOCALES.map(([tag]) => tag));

/** The locale this device chose before, else the browser's when it is one we have, else English. */
export function storedLocale() {
  let saved = null;
  try {
    saved = localStorage.getItem(STORAGE_KEY);
  } catch {
    // storage blocked: the browser's language, and a choice lasts for this page only
  }
  if (saved && known.has(saved)) return saved;
  // The browser's languages in its order; "ar-EG" is read as "ar" when only that one is here.
  for (const tag of navigator.languages ?? [navigator.language]) {
    if (known.has(tag)) return tag;
    if (known.has(tag.split('-')[0])) return tag.split('-')[0];
  }
  return 'en';
}

/** English, the parent's words (en-GB → en, es-MX → es) and the locale's own, merged in that order. */
async function wordsFor(tag) {
  if (tag === 'en') return english;
  const own = await import(`./text/${tag}.js`);
  const parent = own.parent && own.parent !== 'en' ? (await import(`./text/${own.parent}.js`)).default : {};
  return { ...english, ...parent, ...own.default };
}

let asked = 0;

/**
 * Shows the console in `tag`: loads its words, sets `lang` and `dir` on the page and remembers the
 * choice; resolves with the locale shown. A locale whose words cannot be loaded shows English (and is
 * not remembered). When another locale was asked for meanwhile, that one wins: this resolves with
 * undefined and changes nothing.
 */
export async function useLocale(tag) {
  const ticket = ++asked;
  const wanted = known.has(tag) ? tag : 'en';
  const words = await wordsFor(wanted).catch(() => undefined);
  if (ticket !== asked) return undefined;
  const shown = words ? wanted : 'en';
  MESSAGES = words ?? english;
  document.documentElement.lang = shown;
  document.documentElement.dir = directionOf(shown);
  try {
    if (words) localStorage.setItem(STORAGE_KEY, wanted);
  } catch {
    // nothing to remember it in
  }
  return shown;
}

/**
 * The creator pages' language: `?lang=<tag>` (a creator links to the page in a language), else the
 * browser's (`Accept-Language`, best match: `ja-JP` → `ja`, `zh-TW` → `zh-Hant`), else English. The
 * words are `public/text/<locale>.js` (English under the parent's and the locale's own), filled into
 * the page's `%t:key%` places, HTML-escaped; `lang` and `dir` go on `<html>`, so the txassist
 * elements on the page speak it too. The pages stay static with one script tag: a small form with
 * the language list (no script) reloads the page in another language.
 */
import { matchLocale } from '@txassist/sdk/i18n';
import type { IncomingMessage } from 'node:http';
import { directionOf, LOCALES } from '../shared/locales.js';

type Words = Readonly<Record<string, string>>;
const TEXT_DIR = new URL('./public/text/', import.meta.url);
const KNOWN = new Set(LOCALES.map(([tag]) => tag));
const loaded = new Map<string, Promise<Words>>();

/** The tags of an `Accept-Language` header, most wanted first (`q=0` left out). */
export function acceptedLanguages(header: string | undefined): string[] {
  return (header ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...parameters] = part.trim().split(';');
      const q = parameters.map((parameter) => /^\s*q=([\d.]+)\s*$/.exec(parameter)?.[1]).find(Boolean);
      return { tag: tag.trim(), weight: q === undefined ? 1 : Number(q), index };
    })
    .filter(({ tag, weight }) => tag && tag !== '*' && weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index)
    .map(({ tag }) => tag);
}

/** The best locale we have for `tag` (`ja-JP` → `ja`), or undefined when it is none of ours or no tag. */
function ours(tag: string): string | undefined {
  const english = /^en(-|$)/i.test(tag);
  const { catalogLocale } = matchLocale([tag]);
  return KNOWN.has(catalogLocale) && (catalogLocale !== 'en' || english) ? catalogLocale : undefined;
}

/**
 * The page's locale: `?lang=` when it names one we have (`chosen`: links on the page keep it), else
 * the browser's best match, else English. A `lang` that is none of ours is passed over, not refused:
 * a mistyped link still opens the page.
 */
export function pageLocale(url: URL, request: IncomingMessage): { locale: string; chosen: boolean } {
  const asked = ours(url.searchParams.get('lang') ?? '');
  if (asked) return { locale: asked, chosen: true };
  const browser = acceptedLanguages(request.headers['accept-language']).map(ours).find(Boolean);
  return { locale: browser ?? 'en', chosen: false };
}

async function own(tag: string): Promise<{ words: Words; parent?: string }> {
  const module = (await import(new URL(`${tag}.js`, TEXT_DIR).href)) as { default: Words; parent?: string };
  return { words: module.default, ...(module.parent && { parent: module.parent }) };
}

/** English, then the parent's words (`es-MX` → `es`), then the locale's own. */
export function wordsOf(locale: string): Promise<Words> {
  let words = loaded.get(locale);
  if (!words) {
    words = (async () => {
      const [english, mine] = await Promise.all([own('en'), own(locale)]);
      const parent = mine.parent && mine.parent !== 'en' ? (await own(mine.parent)).words : {};
      return { ...english.words, ...parent, ...mine.words };
    })();
    loaded.set(locale, words);
  }
  return words;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/** The language form: every locale named in its own language, the page's selected. */
function switcher(locale: string, words: Words): string {
  const options = LOCALES.map(
    ([tag, name]) =>
      `<option value="${tag}" lang="${tag}"${tag === locale ? ' selected' : ''}>${escapeHtml(name)}</option>`,
  ).join('');
  return (
    `<footer class="language"><form method="get">` +
    `<label for="lang">${escapeHtml(words['language']!)}</label> <select id="lang" name="lang">${options}</select> ` +
    `<button type="submit">${escapeHtml(words['language.show']!)}</button></form></footer>`
  );
}

/** `page` (one of public/*.html) in `locale`: its words, `lang`, `dir` and the language form. */
export async function wordPage(page: string, locale: string, chosen: boolean): Promise<string> {
  const words = await wordsOf(locale);
  return page
    .replaceAll('%LANG%', locale)
    .replaceAll('%DIR%', directionOf(locale))
    .replaceAll('%LANG_QUERY%', chosen ? `?lang=${encodeURIComponent(locale)}` : '')
    .replaceAll('%LANGUAGE_SWITCHER%', switcher(locale, words))
    .replace(/%t:([\w.]+)%/g, (_, key: string) => escapeHtml(words[key] ?? key));
}

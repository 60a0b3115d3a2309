/**
 * Translation quality of every locale found on disk (elements' and SDK catalogs, guides, server
 * wording, storefront words), in Node: the same ids as English, English's placeholders in every
 * form, exactly the plural categories of the language's `Intl.PluralRules`, nothing left in English
 * in a full locale (but `i18n/untranslated-ok.json`), each locale's glossary (`i18n/glossary/<tag>.json`)
 * used for every message whose English names the term, and `{count}` messages and money formatted
 * through `Intl` with the right plural branch.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { createTranslator, type Catalog, type Message, type MessageKey } from '@txassist/sdk/i18n';
import {
  catalogLocales,
  load,
  localesOf,
  merged,
  ROOT,
  SOURCE_LOCALE,
  SOURCES,
  type TextSource,
} from './locale-texts.js';

const UNTRANSLATED_OK: Readonly<Record<string, readonly string[]>> = JSON.parse(
  readFileSync(join(ROOT, 'i18n/untranslated-ok.json'), 'utf8'),
);
const GLOSSARY_TERMS = ['refund', 'dispute', 'tracking number', 'evidence'] as const;

const forms = (message: Message): [string, string][] =>
  typeof message === 'string' ? [['text', message]] : Object.entries(message);
const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!))].sort();
const categoriesOf = (tag: string) => [...new Intl.PluralRules(tag).resolvedOptions().pluralCategories].sort();
/** Whether `category` stands for exactly one integer in `tag` (Arabic "two"): its form may leave `{count}` out. */
const singleNumber = (tag: string, category: string) => {
  const rules = new Intl.PluralRules(tag);
  return Array.from({ length: 1001 }, (_, n) => n).filter((n) => rules.select(n) === category).length === 1;
};

/** Whether some form of `message` is word for word English's form of the same category. */
const sameForm = (message: Message, english: Message) =>
  forms(message).some(
    ([category, form]) => hasWords(form) && forms(english).some(([other, text]) => other === category && text === form),
  );
/** Whether a text has words once its placeholders are gone (`{file}, {size}` has none: nothing to translate). */
const hasWords = (text: string) => /\p{L}/u.test(text.replace(/\{\w+\}/g, ''));

/** What is wrong with one locale's message against English's. */
export function messageProblems(
  tag: string,
  where: string,
  id: string,
  message: Message,
  english: Message,
  rule?: TextSource['placeholders'],
): string[] {
  if (typeof message !== typeof english)
    return [`${where} ${id}: ${typeof english === 'string' ? 'text' : 'plural forms'} expected`];
  const problems: string[] = [];
  const expected = placeholders(forms(english).map(([, form]) => form).join(' ')); // prettier-ignore
  for (const [category, form] of forms(message)) {
    if (form.trim() === '' || form !== form.trim()) problems.push(`${where} ${id} [${category}]: empty or padded`);
    const found = placeholders(form);
    const wanted =
      typeof message !== 'string' && singleNumber(tag, category) && !found.includes('count')
        ? expected.filter((name) => name !== 'count')
        : expected;
    const fits = rule
      ? found.every((name) => wanted.includes(name) || rule.extra.includes(name)) &&
        wanted.every(
          (name) =>
            found.includes(name) || rule.optional.includes(name) || (name === 'number' && found.includes('subject')),
        )
      : found.join() === wanted.join();
    if (!fits)
      problems.push(
        `${where} ${id} [${category}]: placeholders {${found.join('}, {')}} instead of {${wanted.join('}, {')}}`,
      );
  }
  if (typeof message !== 'string' && Object.keys(message).sort().join() !== categoriesOf(tag).join())
    problems.push(
      `${where} ${id}: plural categories [${Object.keys(message).sort().join(', ')}], Intl uses [${categoriesOf(tag).join(', ')}]`,
    );
  return problems;
}

/** Problems of one locale of one source: missing/extra ids, placeholders, plurals, English left in. */
export async function localeProblems(source: TextSource, tag: string): Promise<string[]> {
  const english = (await load(source, SOURCE_LOCALE)).own;
  const { own, parent } = await load(source, tag);
  const where = `${source.name}/${tag}`;
  const strict = (id: string) => !source.loose?.(id);
  const problems: string[] = [];
  for (const id of english.keys()) if (strict(id) && !parent && !own.has(id)) problems.push(`${where}: ${id} missing`);
  for (const [id, message] of own) {
    const englishMessage =
      english.get(id) ?? (source.loose?.(id) ? english.get(`${id.replace(/\d+$/, '')}0`) : undefined);
    if (englishMessage === undefined) {
      problems.push(`${where}: ${id} is not in English`);
      continue;
    }
    problems.push(...messageProblems(tag, where, id, message, englishMessage, source.placeholders));
    const sameAsEnglish = sameForm(message, englishMessage);
    if (!parent && sameAsEnglish && !UNTRANSLATED_OK[tag]?.includes(`${source.name}:${id}`))
      problems.push(
        `${where}: ${id} is still English ("${forms(message)[0]![1]}"); translate it or allowlist "${source.name}:${id}"`,
      );
  }
  return problems;
}

describe('catalog quality, every locale on disk', async () => {
  const locales = await catalogLocales();

  it('every source has a file for every catalog locale (a regional variant may read its parent’s wording)', () => {
    const problems: string[] = [];
    for (const source of SOURCES) {
      const found = new Set(localesOf(source));
      for (const [tag, parent] of locales)
        if (!found.has(tag) && !(parent && source.variantOptional)) problems.push(`${source.name}: no ${tag}`);
      for (const tag of found) if (!locales.has(tag)) problems.push(`${source.name}: ${tag} is no catalog locale`);
    }
    assert.deepEqual(problems, [], problems.join('\n'));
  });

  it('the same ids as English, English’s placeholders, Intl’s plural categories, nothing left in English', async () => {
    const problems: string[] = [];
    for (const source of SOURCES)
      for (const tag of localesOf(source))
        if (tag !== SOURCE_LOCALE) problems.push(...(await localeProblems(source, tag)));
    assert.deepEqual(problems, [], problems.join('\n'));
  });

  it('every allowlisted untranslated id exists and is still the same as English', async () => {
    const problems: string[] = [];
    for (const [tag, ids] of Object.entries(UNTRANSLATED_OK))
      for (const entry of ids) {
        const [name, id] = [entry.slice(0, entry.indexOf(':')), entry.slice(entry.indexOf(':') + 1)];
        const source = SOURCES.find((candidate) => candidate.name === name);
        const message = source && (await load(source, tag)).own.get(id);
        const english = source && (await load(source, SOURCE_LOCALE)).own.get(id);
        if (!message || !english || !sameForm(message, english)) problems.push(`${tag} ${entry}: stale`);
      }
    assert.deepEqual(problems, [], problems.join('\n'));
  });

  it('every locale has a glossary with every term, and uses its term wherever English does', async () => {
    const problems: string[] = [];
    for (const tag of locales.keys()) {
      if (tag === SOURCE_LOCALE) continue;
      const file = join(ROOT, 'i18n/glossary', `${tag}.json`);
      if (!existsSync(file)) {
        problems.push(`${tag}: no i18n/glossary/${tag}.json`);
        continue;
      }
      const glossary = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string[]>;
      for (const term of GLOSSARY_TERMS) {
        const termForms = glossary[term];
        if (
          !Array.isArray(termForms) ||
          termForms.length === 0 ||
          termForms.some((form) => form !== form.toLocaleLowerCase(tag))
        )
          problems.push(`${tag}: glossary term "${term}" missing or not lower case`);
      }
      for (const source of SOURCES) {
        if (!localesOf(source).includes(tag)) continue;
        const english = (await load(source, SOURCE_LOCALE)).own;
        for (const [id, message] of await merged(source, tag)) {
          const englishText = forms(english.get(id) ?? '').map(([, form]) => form).join(' ').toLowerCase(); // prettier-ignore
          for (const term of GLOSSARY_TERMS) {
            if (!new RegExp(`\\b${term}`).test(englishText)) continue;
            const termForms = glossary[term] ?? [];
            for (const [category, form] of forms(message))
              if (!termForms.some((termForm) => form.toLocaleLowerCase(tag).includes(termForm)))
                problems.push(
                  `${tag} ${source.name}:${id} [${category}]: "${term}" without ${JSON.stringify(termForms)}: ${form}`,
                );
          }
        }
      }
    }
    assert.deepEqual(problems, [], problems.join('\n'));
  });

  it('formats {count} messages with 0, 1, 2, 5, 21 and money through Intl, in the language, in the right form', async () => {
    const problems: string[] = [];
    const money = { amount: 123456, currency: 'EUR' };
    for (const tag of locales.keys()) {
      if (tag === SOURCE_LOCALE) continue;
      const rules = new Intl.PluralRules(tag);
      const moneyText = new Intl.NumberFormat(tag, { style: 'currency', currency: 'EUR' }).format(1234.56);
      for (const source of SOURCES.filter((candidate) => candidate.name !== 'guides' && candidate.name !== 'wording')) {
        if (!localesOf(source).includes(tag)) continue;
        const english = (await load(source, SOURCE_LOCALE)).own;
        const catalog = Object.fromEntries(await merged(source, tag)) as Catalog;
        const t = createTranslator(tag, tag, catalog, Object.fromEntries(english) as Catalog);
        const englishT = createTranslator(SOURCE_LOCALE, SOURCE_LOCALE, {}, Object.fromEntries(english) as Catalog);
        for (const [id, message] of Object.entries(catalog) as [MessageKey, Message][]) {
          const names = placeholders(forms(message).map(([, form]) => form).join(' ')); // prettier-ignore
          if (!names.includes('count') && !names.includes('amount')) continue;
          for (const count of [0, 1, 2, 5, 21]) {
            const params = Object.fromEntries(
              names.map((name) => [name, name === 'count' ? count : name === 'amount' ? money : 'X']),
            );
            const text = (t.t as (key: MessageKey, params: object) => string)(id, params);
            const where = `${tag} ${source.name}:${id} (${count})`;
            const form = typeof message === 'string' ? message : message[rules.select(count) as 'other'];
            if (text.includes('{')) problems.push(`${where}: unfilled placeholder in "${text}"`);
            if (form === undefined) problems.push(`${where}: no form for "${rules.select(count)}"`);
            else if (form.includes('{count}') && !text.includes(new Intl.NumberFormat(tag).format(count)))
              problems.push(`${where}: "${text}" is not the "${rules.select(count)}" form`);
            if (names.includes('amount') && !text.includes(moneyText))
              problems.push(`${where}: money not as Intl gives it ("${moneyText}")`);
            if (form !== undefined && !text.startsWith(form.split('{')[0]!))
              problems.push(`${where}: "${text}" is not the "${rules.select(count)}" form`);
            const englishText = (englishT.t as (key: MessageKey, params: object) => string)(id, params);
            const englishForm = forms(english.get(id) ?? '').find(
              ([category]) => category === (typeof message === 'string' ? 'text' : rules.select(count)),
            )?.[1];
            if (
              text === englishText &&
              form === englishForm &&
              !UNTRANSLATED_OK[tag]?.includes(`${source.name}:${id}`) &&
              !locales.get(tag)
            )
              problems.push(`${where}: shows English "${text}"`);
          }
        }
      }
    }
    assert.deepEqual(problems, [], problems.join('\n'));
  });
});

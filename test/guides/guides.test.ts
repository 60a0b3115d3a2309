/**
 * The help assistant's how-to guides as data, and their search (node; the browser test walks the view):
 * every supported locale has every guide and every word of the guide view, with English's
 * placeholders and nothing left in English; the tokeniser splits scripts without spaces into words;
 * search folds case and diacritics, ranks, finds each guide by its own title in every locale, and
 * finds nothing for words no guide has.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { AVAILABLE_LOCALES } from '@txassist/sdk/i18n';
import { fold, searchGuides, tokenize } from '../../packages/elements/src/help-assistant/guide-search.js';
import { guideLoaders } from '../../packages/elements/src/help-assistant/guides/loaders.js';
import { GUIDE_IDS, type GuideModule } from '../../packages/elements/src/help-assistant/guides/types.js';

/** Words a language really shares with English (`guides:<path>` in i18n/untranslated-ok.json, the catalogs' list too). */
const UNTRANSLATED_OK: Readonly<Record<string, readonly string[]>> = JSON.parse(
  readFileSync(new URL('../../i18n/untranslated-ok.json', import.meta.url), 'utf8'),
);

/** Every text of a locale's guide chunk, by a stable path (`track_parcel.steps.2`, `words.yes`). */
function texts(module: GuideModule): Map<string, string> {
  const found = new Map<string, string>();
  for (const id of GUIDE_IDS) {
    const guide = module.default[id];
    found.set(`${id}.title`, guide?.title);
    found.set(`${id}.keywords`, guide?.keywords);
    guide?.steps.forEach((step, index) => found.set(`${id}.steps.${index}`, step));
  }
  for (const [key, value] of Object.entries(module.words)) found.set(`words.${key}`, value);
  return found;
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

const load = async (locale: string) => (await guideLoaders[locale]!()) as GuideModule;

describe('guides as data', () => {
  it('every supported locale has a guide chunk, and no chunk is for a locale the catalogs lack', () => {
    assert.deepEqual(Object.keys(guideLoaders).sort(), [...AVAILABLE_LOCALES].sort());
  });

  it('every locale has every guide (title, keywords, steps) and every word, with English’s placeholders', async () => {
    const english = texts(await load('en'));
    const problems: string[] = [];
    for (const locale of AVAILABLE_LOCALES) {
      const module = await load(locale);
      for (const id of GUIDE_IDS) {
        const guide = module.default[id];
        if (!guide) problems.push(`${locale}: guide ${id} missing`);
        else if (guide.steps.length === 0) problems.push(`${locale}: ${id} has no steps`);
      }
      const found = texts(module);
      for (const key of english.keys())
        if (!key.includes('.steps.') && !found.has(key)) problems.push(`${locale}: ${key} missing`);
      for (const [key, text] of found) {
        if (typeof text !== 'string' || text.trim() === '' || text !== text.trim())
          problems.push(`${locale}: ${key} empty or padded`);
        else if (key.startsWith('words.') && placeholders(text).join() !== placeholders(english.get(key)!).join())
          problems.push(`${locale}: ${key} placeholders {${placeholders(text).join('}, {')}}`);
      }
    }
    assert.deepEqual(problems, []);
  });

  it('nothing is left in English in another locale', async () => {
    const english = texts(await load('en'));
    const untranslated: string[] = [];
    // English's regional variants (en-GB) read the English guides.
    for (const locale of AVAILABLE_LOCALES.filter((tag) => tag.split('-')[0] !== 'en')) {
      for (const [key, text] of texts(await load(locale)))
        if (text === english.get(key) && !UNTRANSLATED_OK[locale]?.includes(`guides:${key}`))
          untranslated.push(`${locale}: ${key}`);
    }
    assert.deepEqual(untranslated, []);
  });
});

describe('guide search', () => {
  it('tokenises scripts without spaces into words (Intl.Segmenter)', () => {
    assert.deepEqual(tokenize('荷物を追跡する', 'ja'), ['荷物', 'を', '追跡', 'する']);
    assert.deepEqual(tokenize('追踪包裹', 'zh-Hans'), ['追踪', '包裹']);
    assert.deepEqual(tokenize('ติดตามพัสดุ', 'th'), ['ติดตาม', 'พัสดุ']);
    assert.deepEqual(tokenize('Track a parcel, please!', 'en'), ['track', 'a', 'parcel', 'please']);
  });

  it('folds case, diacritics and full-width forms (but keeps Thai marks)', () => {
    assert.equal(fold('RÜCKERSTATTUNG', 'de'), 'ruckerstattung');
    assert.equal(fold('Reembolsó', 'es'), 'reembolso');
    assert.equal(fold('ＴｘＰａｙ', 'en'), 'txpay');
    assert.equal(fold('พัสดุ', 'th'), 'พัสดุ');
    assert.equal(fold('İade', 'tr'), 'iade');
  });

  it('ranks the best guide first, prefixes and folded words included', async () => {
    const en = (await load('en')).default;
    assert.equal(searchGuides(en, 'refund money back', 'en')[0]?.id, 'request_refund');
    assert.equal(searchGuides(en, 'where is my parcel', 'en')[0]?.id, 'track_parcel');
    assert.equal(searchGuides(en, 'refu', 'en')[0]?.id, 'request_refund');
    assert.equal(searchGuides(en, 'how do I change my card', 'en')[0]?.id, 'payment_method');
    assert.equal(searchGuides(en, 'DELETE account', 'en')[0]?.id, 'your_data');
    assert.equal(searchGuides((await load('de')).default, 'ruckerstattung', 'de')[0]?.id, 'request_refund');
    assert.equal(searchGuides((await load('ja')).default, '荷物の追跡', 'ja')[0]?.id, 'track_parcel');
    assert.equal(searchGuides((await load('zh-Hans')).default, '我的包裹在哪里', 'zh-Hans')[0]?.id, 'track_parcel');
    assert.equal(searchGuides((await load('th')).default, 'ติดตามพัสดุของฉัน', 'th')[0]?.id, 'track_parcel');
  });

  it('finds every guide first by its own title, in every locale', async () => {
    const misses: string[] = [];
    for (const locale of AVAILABLE_LOCALES) {
      const book = (await load(locale)).default;
      for (const id of GUIDE_IDS) {
        const first = searchGuides(book, book[id].title, locale)[0]?.id;
        if (first !== id) misses.push(`${locale}: "${book[id].title}" → ${first}`);
      }
    }
    assert.deepEqual(misses, []);
  });

  it('finds nothing for words no guide has, or for no words', async () => {
    const en = (await load('en')).default;
    assert.deepEqual(searchGuides(en, 'xylophone lessons', 'en'), []);
    assert.deepEqual(searchGuides(en, '  ?! ', 'en'), []);
  });
});

import {
  cachedCatalog,
  createTranslator,
  en,
  loadCatalog,
  matchLocale,
  type Message,
} from '../../packages/elements/src/i18n/index.js';
import { assert, deepEqual, equal } from '../browser-support/assert.js';
import { collapseWhitespace } from '../browser-support/dom.js';

function placeholders(message: Message): string[] {
  const forms = typeof message === 'string' ? [message] : Object.values(message);
  return [...new Set(forms.flatMap((form) => [...form.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!)))].sort();
}

describe('i18n', () => {
  it('loads non-English catalogs lazily, once', async () => {
    equal(cachedCatalog('es'), undefined, 'Spanish is not in memory before it is asked for');
    assert(cachedCatalog('en'), 'English is always in memory');
    const first = await loadCatalog('es');
    equal(first['status.delivered.label'], 'Entregado', 'Spanish text');
    equal(await loadCatalog('es'), first, 'the second load returns the cached catalog');
    equal(cachedCatalog('es'), first, 'now cached');
  });

  it('ships complete locales whose placeholders match English key by key', async () => {
    const es = await loadCatalog('es');
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      const translated = es[key];
      assert(translated !== undefined, `es is missing "${key}"`);
      deepEqual(placeholders(translated), placeholders(en[key]), `placeholders of "${key}"`);
    }
    deepEqual(Object.keys(es).sort(), Object.keys(en).sort(), 'es has no keys English lacks');
  });

  it('picks plural forms through Intl.PluralRules', async () => {
    const english = createTranslator('en', 'en', {});
    equal(english.t('tracker.items_heading', { count: 1 }), '1 item', 'one');
    equal(english.t('tracker.items_heading', { count: 3 }), '3 items', 'other');
    equal(english.t('tracker.items_heading', { count: 1200 }), '1,200 items', 'count formatted with the locale');
    const spanish = createTranslator('es', 'es', await loadCatalog('es'));
    equal(spanish.t('tracker.items_heading', { count: 1 }), '1 artículo', 'es one');
    equal(spanish.t('tracker.items_heading', { count: 2 }), '2 artículos', 'es other');
  });

  it('formats money with the currency’s own minor unit, and dates, through Intl', () => {
    const english = createTranslator('en-US', 'en', {});
    equal(english.t('tracker.unit_price', { price: { amount: 1999, currency: 'USD' } }), '$19.99 each', 'USD');
    equal(collapseWhitespace(english.money({ amount: 3600, currency: 'JPY' })), '¥3,600', 'JPY has no decimals');
    equal(collapseWhitespace(english.money({ amount: 5, currency: 'KWD' })), 'KWD 0.005', 'KWD has three decimals');
    equal(
      english.t('tracker.placed', { date: new Date(2026, 10, 20, 12) }),
      'Placed on November 20, 2026',
      'long date',
    );
  });

  it('falls back to English text, key by key, and keeps unknown placeholders visible', () => {
    const partial = createTranslator('de', 'de', { 'tracker.total': 'Gesamt' });
    equal(partial.t('tracker.total'), 'Gesamt', 'translated key');
    equal(partial.t('tracker.subtotal'), 'Subtotal', 'missing key falls back to English');
  });

  it('matches requested locales to available catalogs', () => {
    deepEqual(
      matchLocale(['es-MX']),
      { catalogLocale: 'es', formatLocale: 'es-MX' },
      'region falls back to its language',
    );
    deepEqual(
      matchLocale(['fr-FR', 'es']),
      { catalogLocale: 'es', formatLocale: 'es' },
      'first available preference wins',
    );
    deepEqual(matchLocale(['fr']), { catalogLocale: 'en', formatLocale: 'en' }, 'nothing available: English');
    deepEqual(
      matchLocale(['not a tag!', undefined, '', 'es']),
      { catalogLocale: 'es', formatLocale: 'es' },
      'malformed tags skipped',
    );
    deepEqual(matchLocale([]), { catalogLocale: 'en', formatLocale: 'en' }, 'no preference: English');
  });
});

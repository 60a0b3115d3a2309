/**
 * Every namespace in every shipped locale: loadable, the same keys as English, the same placeholders
 * in every plural branch, exactly the plural categories the language's Intl.PluralRules uses.
 */
import {
  AVAILABLE_LOCALES,
  en,
  importCatalog,
  MESSAGE_BUNDLES,
  namespaceOf,
  NAMESPACES,
  SOURCE_LOCALE,
  type Catalog,
  type Message,
  type MessageKey,
  type Namespace,
} from '@txassist/elements/i18n';
import { assert, deepEqual, equal } from '../browser-support/assert.js';

const TRANSLATED = AVAILABLE_LOCALES.filter((locale) => locale !== SOURCE_LOCALE);

/** The launch set from issue 3; a locale dropped from the registry fails here. */
const LAUNCH_LOCALES = [
  'en', 'es', 'es-MX', 'pt-BR', 'fr', 'de', 'it', 'id', 'ms', 'th', 'vi', 'fil', 'ja', 'ko', 'zh-Hans', 'zh-Hant', 'ar', 'he',
  'sv', 'da', 'nb', 'fi', 'cs', // issue 18: locales-b
  'hi', 'ur',
  'fa',
  'bn',
  'ca',
  'hr',
  'bg',
]; // prettier-ignore

const englishKeys = (namespace: Namespace) =>
  (Object.keys(en) as MessageKey[]).filter((key) => namespaceOf(key) === namespace).sort();

function placeholders(form: string): string[] {
  return [...new Set([...form.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!))].sort();
}

function forms(message: Message): [string, string][] {
  return typeof message === 'string' ? [['text', message]] : Object.entries(message);
}

/** Integers in 0…1000 that `category` covers in `locale`: `zero`, `one`, `two` in Arabic cover exactly one each. */
function integersIn(locale: string, category: string): number[] {
  const rules = new Intl.PluralRules(locale);
  return Array.from({ length: 1001 }, (_, n) => n).filter((n) => rules.select(n) === category);
}

/**
 * The problems with one message against English: different placeholders in any form, text where
 * English has plurals (or the reverse), plural categories other than the language's. A plural form
 * may leave `{count}` out only where its category stands for one number ("منتجان", exactly two).
 */
export function messageProblems(locale: string, key: string, message: Message, english: Message): string[] {
  const problems: string[] = [];
  if (typeof message !== typeof english)
    return [`${locale} ${key}: ${typeof english === 'string' ? 'text' : 'plural forms'} expected`];
  const expected = placeholders(
    forms(english)
      .map(([, form]) => form)
      .join(' '),
  );
  for (const [category, form] of forms(message)) {
    if (form.trim() === '' || form !== form.trim()) problems.push(`${locale} ${key} [${category}]: empty or padded`);
    const found = placeholders(form);
    const optionalCount = typeof message !== 'string' && integersIn(locale, category).length === 1;
    const wanted = optionalCount && !found.includes('count') ? expected.filter((name) => name !== 'count') : expected;
    if (found.join() !== wanted.join()) {
      problems.push(
        `${locale} ${key} [${category}]: placeholders {${found.join('}, {')}} instead of {${wanted.join('}, {')}}`,
      );
    }
  }
  if (typeof message !== 'string') {
    const needed = [...new Intl.PluralRules(locale).resolvedOptions().pluralCategories].sort();
    const given = Object.keys(message).sort();
    if (given.join() !== needed.join()) {
      problems.push(
        `${locale} ${key}: plural categories [${given.join(', ')}], Intl.PluralRules("${locale}") uses [${needed.join(', ')}]`,
      );
    }
  }
  return problems;
}

/** Missing and extra keys of a namespace catalog, and every message's problems. */
export function catalogProblems(locale: string, namespace: Namespace, catalog: Catalog): string[] {
  const expected = englishKeys(namespace);
  const given = Object.keys(catalog).sort();
  const problems = [
    ...expected.filter((key) => !given.includes(key)).map((key) => `${locale}/${namespace}: missing "${key}"`),
    ...given
      .filter((key) => !expected.includes(key as MessageKey))
      .map((key) => `${locale}/${namespace}: extra key "${key}"`),
  ];
  for (const key of expected) {
    const message = catalog[key];
    if (message !== undefined) problems.push(...messageProblems(locale, key, message, en[key]));
  }
  return problems;
}

describe('message catalogs', () => {
  it('ship every launch locale', () => {
    // Locales added since launch come and go with their files (test/i18n/catalog-quality.test.ts checks them).
    deepEqual(
      LAUNCH_LOCALES.filter((locale) => !AVAILABLE_LOCALES.includes(locale)),
      [],
      'launch locales missing',
    );
  });

  it('English uses exactly the plural categories of English', () => {
    const problems = NAMESPACES.flatMap((namespace) =>
      englishKeys(namespace).flatMap((key) => messageProblems('en', key, en[key], en[key])),
    );
    deepEqual(problems, [], 'English problems');
  });

  it('list every namespace, the SDK’s and the elements’, once', () => {
    deepEqual([...NAMESPACES].sort(), [
      'assistant',
      'checkout',
      'compat',
      'core',
      'display',
      'dispute',
      'erasure',
      'errors',
      'export',
      'feedback',
      'guest',
      'hub',
      'inbox',
      'mediation',
      'order',
      'outcome',
      'payments',
      'privacy',
      'refund',
      'support',
      'tracker',
      'trouble',
      'unpaid',
    ]);
  });

  for (const bundle of MESSAGE_BUNDLES) {
    const { namespace } = bundle;
    describe(`namespace "${namespace}"`, () => {
      it('has English messages', () => assert(englishKeys(namespace).length > 0, `${namespace} has keys`));

      // Loaders are generated from each namespace's folder: a locale file missing here, or one no other
      // namespace has, shows as a difference (available locales are those of `core`).
      it('has a loader for exactly the available locales', () => {
        deepEqual(Object.keys(bundle.locales).sort(), [...TRANSLATED].sort(), `${namespace} locales`);
      });

      for (const locale of TRANSLATED) {
        it(`${locale}: loads, and matches English key by key, placeholder by placeholder, plural by plural`, async () => {
          let catalog: Catalog;
          try {
            catalog = await importCatalog(locale, bundle);
          } catch (error) {
            throw new Error(`${locale}/${namespace} is not loadable: ${String(error)}`);
          }
          // English's own variants (en-GB) fill their gaps from English, which is bundled, not imported.
          if (locale.split('-')[0] === SOURCE_LOCALE) catalog = { ...bundle.english, ...catalog };
          deepEqual(catalogProblems(locale, namespace, catalog), [], `${locale}/${namespace}`);
        });
      }
    });
  }

  describe('the checks themselves', () => {
    // Each check must be able to fail: feed it broken catalogs.
    it('catch a missing key, an extra key and a changed placeholder', () => {
      const good = Object.fromEntries(englishKeys('tracker').map((key) => [key, en[key]])) as Catalog;
      equal(catalogProblems('en', 'tracker', good).length, 0, 'English against itself');
      const { ['tracker.total']: _dropped, ...missing } = good as Record<string, Message>;
      deepEqual(
        catalogProblems('en', 'tracker', missing as Catalog),
        ['en/tracker: missing "tracker.total"'],
        'missing',
      );
      const extra = { ...good, 'tracker.bogus': 'x' } as Catalog;
      deepEqual(catalogProblems('en', 'tracker', extra), ['en/tracker: extra key "tracker.bogus"'], 'extra');
      const renamed = { ...good, 'tracker.heading': 'Order {id}' } as Catalog;
      equal(catalogProblems('en', 'tracker', renamed).length, 1, 'renamed placeholder');
    });

    it('catch a plural form without {count}, a missing category and an extra one', () => {
      const english = en['tracker.items_heading'];
      equal(messageProblems('ar', 'k', { zero: 'لا شيء', one: 'واحد', two: 'اثنان', few: '{count}', many: '{count}', other: '{count}' }, english).length, 0, 'ar may drop {count} for zero, one, two'); // prettier-ignore
      equal(messageProblems('fr', 'k', { one: 'un article', many: '{count}', other: '{count}' }, english).length, 1, 'fr "one" covers 0 and 1: {count} needed'); // prettier-ignore
      equal(messageProblems('ar', 'k', { one: '{count}', other: '{count}' }, english).length, 1, 'ar lacking zero, two, few, many'); // prettier-ignore
      equal(messageProblems('ja', 'k', { one: '{count}', other: '{count}' }, english).length, 1, 'ja has no "one"');
      equal(messageProblems('en', 'k', 'text', english).length, 1, 'text instead of plural forms');
    });
  });
});

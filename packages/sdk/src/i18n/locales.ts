import type { Catalog } from './catalog.js';
import type { MessageBundle, Namespace } from './namespaces.js';

/** The locale the catalog is written in: complete, bundled, and the last fallback for every key. */
export const SOURCE_LOCALE = 'en';

/** What a locale module of one namespace exports: its messages, and the locale it fills gaps from (English when absent). */
export interface LocaleModule {
  readonly default: Catalog;
  readonly parent?: string;
}

type Loaders = Readonly<Record<string, () => Promise<LocaleModule>>>;

/**
 * Every namespace × locale is its own module, imported on first use, so a page downloads only its
 * language and only its elements' words (each becomes its own chunk in a bundle). Literal `import()`
 * calls, so bundlers can see and split them. Add a locale: write `catalogs/<namespace>/<tag>.ts`
 * (typed `CompleteCatalog<namespace>`, or `Catalog<namespace>` plus `parent` for a regional variant)
 * for every namespace and list it here. A namespace without translations yet has an empty table: its
 * English shows, and the catalog test fails until it is translated.
 */
const LOADERS: Readonly<Record<Namespace, Loaders>> = {
  core: {
    es: () => import('./catalogs/core/es.js'),
    'es-MX': () => import('./catalogs/core/es-MX.js'),
    'pt-BR': () => import('./catalogs/core/pt-BR.js'),
    fr: () => import('./catalogs/core/fr.js'),
    de: () => import('./catalogs/core/de.js'),
    it: () => import('./catalogs/core/it.js'),
    id: () => import('./catalogs/core/id.js'),
    ms: () => import('./catalogs/core/ms.js'),
    th: () => import('./catalogs/core/th.js'),
    vi: () => import('./catalogs/core/vi.js'),
    fil: () => import('./catalogs/core/fil.js'),
    ja: () => import('./catalogs/core/ja.js'),
    ko: () => import('./catalogs/core/ko.js'),
    'zh-Hans': () => import('./catalogs/core/zh-Hans.js'),
    'zh-Hant': () => import('./catalogs/core/zh-Hant.js'),
    ar: () => import('./catalogs/core/ar.js'),
    he: () => import('./catalogs/core/he.js'),
  },
  tracker: {
    es: () => import('./catalogs/tracker/es.js'),
    'es-MX': () => import('./catalogs/tracker/es-MX.js'),
    'pt-BR': () => import('./catalogs/tracker/pt-BR.js'),
    fr: () => import('./catalogs/tracker/fr.js'),
    de: () => import('./catalogs/tracker/de.js'),
    it: () => import('./catalogs/tracker/it.js'),
    id: () => import('./catalogs/tracker/id.js'),
    ms: () => import('./catalogs/tracker/ms.js'),
    th: () => import('./catalogs/tracker/th.js'),
    vi: () => import('./catalogs/tracker/vi.js'),
    fil: () => import('./catalogs/tracker/fil.js'),
    ja: () => import('./catalogs/tracker/ja.js'),
    ko: () => import('./catalogs/tracker/ko.js'),
    'zh-Hans': () => import('./catalogs/tracker/zh-Hans.js'),
    'zh-Hant': () => import('./catalogs/tracker/zh-Hant.js'),
    ar: () => import('./catalogs/tracker/ar.js'),
    he: () => import('./catalogs/tracker/he.js'),
  },
  privacy: {
    es: () => import('./catalogs/privacy/es.js'),
    'es-MX': () => import('./catalogs/privacy/es-MX.js'),
    'pt-BR': () => import('./catalogs/privacy/pt-BR.js'),
    fr: () => import('./catalogs/privacy/fr.js'),
    de: () => import('./catalogs/privacy/de.js'),
    it: () => import('./catalogs/privacy/it.js'),
    id: () => import('./catalogs/privacy/id.js'),
    ms: () => import('./catalogs/privacy/ms.js'),
    th: () => import('./catalogs/privacy/th.js'),
    vi: () => import('./catalogs/privacy/vi.js'),
    fil: () => import('./catalogs/privacy/fil.js'),
    ja: () => import('./catalogs/privacy/ja.js'),
    ko: () => import('./catalogs/privacy/ko.js'),
    'zh-Hans': () => import('./catalogs/privacy/zh-Hans.js'),
    'zh-Hant': () => import('./catalogs/privacy/zh-Hant.js'),
    ar: () => import('./catalogs/privacy/ar.js'),
    he: () => import('./catalogs/privacy/he.js'),
  },
  hub: {
    es: () => import('./catalogs/hub/es.js'),
    'es-MX': () => import('./catalogs/hub/es-MX.js'),
    'pt-BR': () => import('./catalogs/hub/pt-BR.js'),
    fr: () => import('./catalogs/hub/fr.js'),
    de: () => import('./catalogs/hub/de.js'),
    it: () => import('./catalogs/hub/it.js'),
    id: () => import('./catalogs/hub/id.js'),
    ms: () => import('./catalogs/hub/ms.js'),
    th: () => import('./catalogs/hub/th.js'),
    vi: () => import('./catalogs/hub/vi.js'),
    fil: () => import('./catalogs/hub/fil.js'),
    ja: () => import('./catalogs/hub/ja.js'),
    ko: () => import('./catalogs/hub/ko.js'),
    'zh-Hans': () => import('./catalogs/hub/zh-Hans.js'),
    'zh-Hant': () => import('./catalogs/hub/zh-Hant.js'),
    ar: () => import('./catalogs/hub/ar.js'),
    he: () => import('./catalogs/hub/he.js'),
  },
  checkout: {
    es: () => import('./catalogs/checkout/es.js'),
    'es-MX': () => import('./catalogs/checkout/es-MX.js'),
    'pt-BR': () => import('./catalogs/checkout/pt-BR.js'),
    fr: () => import('./catalogs/checkout/fr.js'),
    de: () => import('./catalogs/checkout/de.js'),
    it: () => import('./catalogs/checkout/it.js'),
    id: () => import('./catalogs/checkout/id.js'),
    ms: () => import('./catalogs/checkout/ms.js'),
    th: () => import('./catalogs/checkout/th.js'),
    vi: () => import('./catalogs/checkout/vi.js'),
    fil: () => import('./catalogs/checkout/fil.js'),
    ja: () => import('./catalogs/checkout/ja.js'),
    ko: () => import('./catalogs/checkout/ko.js'),
    'zh-Hans': () => import('./catalogs/checkout/zh-Hans.js'),
    'zh-Hant': () => import('./catalogs/checkout/zh-Hant.js'),
    ar: () => import('./catalogs/checkout/ar.js'),
    he: () => import('./catalogs/checkout/he.js'),
  },
  payments: {
    es: () => import('./catalogs/payments/es.js'),
    'es-MX': () => import('./catalogs/payments/es-MX.js'),
    'pt-BR': () => import('./catalogs/payments/pt-BR.js'),
    fr: () => import('./catalogs/payments/fr.js'),
    de: () => import('./catalogs/payments/de.js'),
    it: () => import('./catalogs/payments/it.js'),
    id: () => import('./catalogs/payments/id.js'),
    ms: () => import('./catalogs/payments/ms.js'),
    th: () => import('./catalogs/payments/th.js'),
    vi: () => import('./catalogs/payments/vi.js'),
    fil: () => import('./catalogs/payments/fil.js'),
    ja: () => import('./catalogs/payments/ja.js'),
    ko: () => import('./catalogs/payments/ko.js'),
    'zh-Hans': () => import('./catalogs/payments/zh-Hans.js'),
    'zh-Hant': () => import('./catalogs/payments/zh-Hant.js'),
    ar: () => import('./catalogs/payments/ar.js'),
    he: () => import('./catalogs/payments/he.js'),
  },
  dispute: {
    es: () => import('./catalogs/dispute/es.js'),
    'es-MX': () => import('./catalogs/dispute/es-MX.js'),
    'pt-BR': () => import('./catalogs/dispute/pt-BR.js'),
    fr: () => import('./catalogs/dispute/fr.js'),
    de: () => import('./catalogs/dispute/de.js'),
    it: () => import('./catalogs/dispute/it.js'),
    id: () => import('./catalogs/dispute/id.js'),
    ms: () => import('./catalogs/dispute/ms.js'),
    th: () => import('./catalogs/dispute/th.js'),
    vi: () => import('./catalogs/dispute/vi.js'),
    fil: () => import('./catalogs/dispute/fil.js'),
    ja: () => import('./catalogs/dispute/ja.js'),
    ko: () => import('./catalogs/dispute/ko.js'),
    'zh-Hans': () => import('./catalogs/dispute/zh-Hans.js'),
    'zh-Hant': () => import('./catalogs/dispute/zh-Hant.js'),
    ar: () => import('./catalogs/dispute/ar.js'),
    he: () => import('./catalogs/dispute/he.js'),
  },
  refund: {
    es: () => import('./catalogs/refund/es.js'),
    'es-MX': () => import('./catalogs/refund/es-MX.js'),
    'pt-BR': () => import('./catalogs/refund/pt-BR.js'),
    fr: () => import('./catalogs/refund/fr.js'),
    de: () => import('./catalogs/refund/de.js'),
    it: () => import('./catalogs/refund/it.js'),
    id: () => import('./catalogs/refund/id.js'),
    ms: () => import('./catalogs/refund/ms.js'),
    th: () => import('./catalogs/refund/th.js'),
    vi: () => import('./catalogs/refund/vi.js'),
    fil: () => import('./catalogs/refund/fil.js'),
    ja: () => import('./catalogs/refund/ja.js'),
    ko: () => import('./catalogs/refund/ko.js'),
    'zh-Hans': () => import('./catalogs/refund/zh-Hans.js'),
    'zh-Hant': () => import('./catalogs/refund/zh-Hant.js'),
    ar: () => import('./catalogs/refund/ar.js'),
    he: () => import('./catalogs/refund/he.js'),
  },
  assistant: {
    es: () => import('./catalogs/assistant/es.js'),
    'es-MX': () => import('./catalogs/assistant/es-MX.js'),
    'pt-BR': () => import('./catalogs/assistant/pt-BR.js'),
    fr: () => import('./catalogs/assistant/fr.js'),
    de: () => import('./catalogs/assistant/de.js'),
    it: () => import('./catalogs/assistant/it.js'),
    id: () => import('./catalogs/assistant/id.js'),
    ms: () => import('./catalogs/assistant/ms.js'),
    th: () => import('./catalogs/assistant/th.js'),
    vi: () => import('./catalogs/assistant/vi.js'),
    fil: () => import('./catalogs/assistant/fil.js'),
    ja: () => import('./catalogs/assistant/ja.js'),
    ko: () => import('./catalogs/assistant/ko.js'),
    'zh-Hans': () => import('./catalogs/assistant/zh-Hans.js'),
    'zh-Hant': () => import('./catalogs/assistant/zh-Hant.js'),
    ar: () => import('./catalogs/assistant/ar.js'),
    he: () => import('./catalogs/assistant/he.js'),
  },
};

/** Locales with a catalog, English first: the union over namespaces (a locale must cover all of them; a test checks). */
export const AVAILABLE_LOCALES: readonly string[] = [
  SOURCE_LOCALE,
  ...new Set(Object.values(LOADERS).flatMap((loaders) => Object.keys(loaders))),
];

/** Scripts written right to left, by ISO 15924 code (what `Intl.Locale#maximize` gives). */
const RTL_SCRIPTS = new Set(['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Rohg', 'Mand', 'Samr']);

/** Old or alternative language codes that `Intl` keeps as they are. */
const LANGUAGE_ALIASES: Readonly<Record<string, string>> = { tl: 'fil', iw: 'he', in: 'id', ji: 'yi', zsm: 'ms' };

export type Direction = 'ltr' | 'rtl';

function parse(tag: string): Intl.Locale | undefined {
  try {
    const locale = new Intl.Locale(Intl.getCanonicalLocales(tag)[0] ?? '');
    const alias = LANGUAGE_ALIASES[locale.language];
    return alias ? new Intl.Locale(alias, { script: locale.script, region: locale.region }) : locale;
  } catch {
    return undefined; // not a well-formed BCP 47 tag: ignore it rather than break the element
  }
}

/** Text direction of a locale's script: `rtl` for Arabic, Hebrew, …; `ltr` for anything unknown. */
export function localeDirection(tag: string): Direction {
  const locale = parse(tag);
  return locale && RTL_SCRIPTS.has(locale.maximize().script ?? '') ? 'rtl' : 'ltr';
}

const AVAILABLE_BY_LOWER_CASE = new Map(AVAILABLE_LOCALES.map((tag) => [tag.toLowerCase(), tag]));

/**
 * The catalog for one requested tag, or undefined: exact tag, then language-script (zh-TW → zh-Hant),
 * then language-region of the likely subtags (pt → pt-BR), then the language (es-AR → es), then any
 * catalog of the same language (pt-PT → pt-BR).
 */
function catalogFor(locale: Intl.Locale): string | undefined {
  const likely = locale.maximize();
  const candidates = [
    locale.toString(),
    `${locale.language}-${likely.script}`,
    `${locale.language}-${likely.region}`,
    locale.language,
  ];
  for (const candidate of candidates) {
    const hit = AVAILABLE_BY_LOWER_CASE.get(candidate.toLowerCase());
    if (hit) return hit;
  }
  return AVAILABLE_LOCALES.find((tag) => tag.split('-')[0] === locale.language);
}

export interface LocaleMatch {
  /** The catalog to use, one of `AVAILABLE_LOCALES`. */
  readonly catalogLocale: string;
  /** The tag for Intl (money, dates, plurals): the requested tag when it is the catalog's language, e.g. `es-AR`. */
  readonly formatLocale: string;
  /** Text direction of the catalog's language. */
  readonly dir: Direction;
}

/** Picks the first requested locale we have a catalog for (best match, see `catalogFor`), else English. */
export function matchLocale(requested: readonly (string | null | undefined)[]): LocaleMatch {
  for (const raw of requested) {
    if (!raw) continue;
    const locale = parse(raw);
    if (!locale) continue;
    const catalogLocale = catalogFor(locale);
    if (catalogLocale) return { catalogLocale, formatLocale: locale.toString(), dir: localeDirection(catalogLocale) };
  }
  return { catalogLocale: SOURCE_LOCALE, formatLocale: SOURCE_LOCALE, dir: 'ltr' };
}

const parents = new Map<string, string>();
/** Merged catalogs (parents filled in) by `namespace:locale`. */
const loaded = new Map<string, Catalog>();
const loading = new Map<string, Promise<Catalog>>();

/**
 * The fallback chain of a locale, most specific first, English last: `es-MX` → `es` → `en`.
 * Known once one of the locale's modules has loaded (modules name their parent).
 */
export function fallbackChain(locale: string): readonly string[] {
  const chain: string[] = [];
  for (let tag: string | undefined = locale; tag && !chain.includes(tag); tag = parents.get(tag)) chain.push(tag);
  if (!chain.includes(SOURCE_LOCALE)) chain.push(SOURCE_LOCALE);
  return chain;
}

/**
 * Imports one namespace of a locale, and its parents, and returns the merged messages; rejects when a
 * module is missing or cannot be loaded. Elements use `loadCatalog`, which never rejects; tests use
 * this to prove that every namespace loads in every locale.
 */
export async function importCatalog(locale: string, namespace: Namespace): Promise<Catalog> {
  if (locale === SOURCE_LOCALE) return {};
  const id = `${namespace}:${locale}`;
  const hit = loaded.get(id);
  if (hit) return hit;
  const loader = LOADERS[namespace][locale];
  if (!loader) throw new Error(`No "${namespace}" messages for locale "${locale}"`);
  const module = await loader();
  const parent = module.parent ?? SOURCE_LOCALE;
  parents.set(locale, parent);
  const inherited = parent === SOURCE_LOCALE ? {} : await importCatalog(parent, namespace);
  const catalog: Catalog = { ...inherited, ...module.default };
  loaded.set(id, catalog);
  return catalog;
}

type NamespacesOrBundles = readonly (Namespace | MessageBundle)[];
const names = (namespaces: NamespacesOrBundles): Namespace[] =>
  namespaces.map((entry) => (typeof entry === 'string' ? entry : entry.namespace));

/** The merged catalog of `namespaces` in `locale` if all of them are in memory already (English always is, as `{}`). */
export function cachedCatalog(locale: string, namespaces: NamespacesOrBundles): Catalog | undefined {
  if (locale === SOURCE_LOCALE) return {};
  const parts = names(namespaces).map((namespace) => loaded.get(`${namespace}:${locale}`));
  return parts.every((part) => part !== undefined) ? Object.assign({}, ...parts) : undefined;
}

/**
 * Loads `namespaces` of `locale` (in parallel, each once) and returns their merged messages. A namespace
 * that fails (offline, missing chunk, not translated yet) gives English instead of failing the element,
 * and may be tried again later.
 */
export async function loadCatalog(locale: string, namespaces: NamespacesOrBundles): Promise<Catalog> {
  const parts = await Promise.all(
    names(namespaces).map((namespace) => {
      const id = `${namespace}:${locale}`;
      let pending = loading.get(id);
      if (!pending) {
        pending = importCatalog(locale, namespace).catch(() => {
          loading.delete(id);
          return {};
        });
        loading.set(id, pending);
      }
      return pending;
    }),
  );
  return Object.assign({}, ...parts) as Catalog;
}

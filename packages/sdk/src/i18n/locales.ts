import type { Catalog } from './catalog.js';
import { coreLoaders } from './catalogs/core/loaders.js';
import type { MessageBundle, Namespace } from './namespaces.js';

/** The locale the catalog is written in: complete, bundled, and the last fallback for every key. */
export const SOURCE_LOCALE = 'en';

/** What a locale module of one namespace exports: its messages, and the locale it fills gaps from (English when absent). */
export interface LocaleModule {
  readonly default: Catalog;
  readonly parent?: string;
}

/** One `import()` per locale of a namespace (English is bundled and has none), keyed by locale tag. */
export type LocaleLoaders = Readonly<Record<string, () => Promise<LocaleModule>>>;

/**
 * Locales with a catalog, English first: those of `core`, which every element shows (each namespace
 * has the same locales; the catalog test checks). Every namespace × locale is its own module, imported
 * on first use through the loaders its bundle carries (`catalogs/<namespace>/loaders.ts`, generated
 * from the folder by `scripts/generate-locale-loaders.mjs`), so a page downloads only its language and
 * only its elements' words. Add a locale: write `catalogs/<namespace>/<tag>.ts` (typed
 * `CompleteCatalog<namespace>`, or `Catalog<namespace>` plus `parent` for a regional variant) for every
 * namespace, in the SDK and in the elements, and build.
 */
export const AVAILABLE_LOCALES: readonly string[] = [SOURCE_LOCALE, ...Object.keys(coreLoaders)];

/** Scripts written right to left, by ISO 15924 code (what `Intl.Locale#maximize` gives). */
const RTL_SCRIPTS = new Set(['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Rohg', 'Mand', 'Samr']);

/** Old or alternative language codes that `Intl` keeps as they are. */
const LANGUAGE_ALIASES: Readonly<Record<string, string>> = {
  tl: 'fil',
  iw: 'he',
  in: 'id',
  ji: 'yi',
  zsm: 'ms',
  no: 'nb', // Norwegian (macrolanguage, what many browsers send) reads Bokmål
};

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
 * catalog of the same language (pt-AO → pt-BR).
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
export async function importCatalog(locale: string, bundle: MessageBundle): Promise<Catalog> {
  if (locale === SOURCE_LOCALE) return {};
  const id = `${bundle.namespace}:${locale}`;
  const hit = loaded.get(id);
  if (hit) return hit;
  const loader = Object.hasOwn(bundle.locales, locale) ? bundle.locales[locale] : undefined;
  if (!loader) throw new Error(`No "${bundle.namespace}" messages for locale "${locale}"`);
  const module = await loader();
  const parent = module.parent ?? SOURCE_LOCALE;
  parents.set(locale, parent);
  const inherited = parent === SOURCE_LOCALE ? {} : await importCatalog(parent, bundle);
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
 * Loads `bundles` in `locale` (in parallel, each once) and returns their merged messages. A namespace
 * that fails (offline, missing chunk, not translated yet) gives English instead of failing the element,
 * and may be tried again later.
 */
export async function loadCatalog(locale: string, bundles: readonly MessageBundle[]): Promise<Catalog> {
  const parts = await Promise.all(
    bundles.map((bundle) => {
      const id = `${bundle.namespace}:${locale}`;
      let pending = loading.get(id);
      if (!pending) {
        pending = importCatalog(locale, bundle).catch(() => {
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

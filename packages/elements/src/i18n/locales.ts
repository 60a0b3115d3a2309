import type { Catalog } from './catalog.js';

/** The locale the catalog is written in; complete, bundled, and the fallback for every key. */
export const SOURCE_LOCALE = 'en';

/**
 * Every other locale is its own module, imported on first use, so a page only downloads its language.
 * Add a locale: write `locales/<tag>.ts` (typed `CompleteCatalog`) and list it here.
 */
const LOADERS: Readonly<Record<string, () => Promise<{ default: Catalog }>>> = {
  es: () => import('./locales/es.js'),
};

export const AVAILABLE_LOCALES: readonly string[] = [SOURCE_LOCALE, ...Object.keys(LOADERS)];

const loaded = new Map<string, Catalog>([[SOURCE_LOCALE, {}]]);
const loading = new Map<string, Promise<Catalog>>();

function canonical(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined; // not a well-formed BCP 47 tag: ignore it rather than break the element
  }
}

export interface LocaleMatch {
  /** The catalog to use, one of `AVAILABLE_LOCALES`. */
  readonly catalogLocale: string;
  /** The tag for Intl (money, dates, plurals): the requested tag when it is the catalog's language, e.g. `es-MX`. */
  readonly formatLocale: string;
}

/** Picks the first requested locale we have a catalog for (exact tag, then its language), else English. */
export function matchLocale(requested: readonly (string | null | undefined)[]): LocaleMatch {
  for (const raw of requested) {
    if (!raw) continue;
    const tag = canonical(raw);
    if (!tag) continue;
    const exact = AVAILABLE_LOCALES.find((available) => available.toLowerCase() === tag.toLowerCase());
    if (exact) return { catalogLocale: exact, formatLocale: tag };
    const language = new Intl.Locale(tag).language;
    if (AVAILABLE_LOCALES.includes(language)) return { catalogLocale: language, formatLocale: tag };
  }
  return { catalogLocale: SOURCE_LOCALE, formatLocale: SOURCE_LOCALE };
}

/** The catalog if it is already in memory (English always is). */
export function cachedCatalog(locale: string): Catalog | undefined {
  return loaded.get(locale);
}

/** Loads a catalog once; a failed load (offline, missing chunk) falls back to English instead of failing the element. */
export function loadCatalog(locale: string): Promise<Catalog> {
  const hit = loaded.get(locale);
  if (hit) return Promise.resolve(hit);
  const loader = LOADERS[locale];
  if (!loader) return Promise.resolve({});
  let pending = loading.get(locale);
  if (!pending) {
    pending = loader().then(
      (module) => {
        loaded.set(locale, module.default);
        return module.default;
      },
      () => {
        loading.delete(locale); // allow a later attempt
        return {};
      },
    );
    loading.set(locale, pending);
  }
  return pending;
}

import {
  cachedCatalog,
  createTranslator,
  loadCatalog,
  matchLocale,
  SOURCE_LOCALE,
  type MessageBundle,
  type Translator,
} from '@txassist/sdk/i18n';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The locale controllers of each element, so the code that words a problem can add the `errors` namespace to them. */
const controllers = new WeakMap<HTMLElement, LocaleController[]>();

/** The locale controllers `host` made (one per namespace set it shows: the element's own, a view's). */
export const controllersOf = (host: HTMLElement): readonly LocaleController[] => controllers.get(host) ?? [];

/**
 * Gives an element the translator for the locale it asks for, loading that catalog on first use, and
 * keeps the host's `dir` in step with the language shown. Until a catalog arrives the element keeps
 * the translator it had (English at first), so text never flashes through a half-translated state.
 */
export class LocaleController implements ReactiveController {
  protected current: Translator;
  protected wanted = '';
  /** The `dir` this controller last put on the host; any other value was set by the page and is kept. */
  #appliedDir: string | undefined;
  protected readonly host: ReactiveControllerHost & HTMLElement;
  protected readonly requested: () => readonly (string | null | undefined)[];
  protected bundles: readonly MessageBundle[];

  /**
   * `requested`: locale tags in order of preference, called before every update.
   * `bundles`: the namespaces the element shows (e.g. `[CORE, TRACKER]`); their English is the fallback.
   */
  constructor(
    host: ReactiveControllerHost & HTMLElement,
    requested: () => readonly (string | null | undefined)[],
    bundles: readonly MessageBundle[],
  ) {
    this.host = host;
    this.requested = requested;
    this.bundles = bundles;
    this.current = createTranslator(SOURCE_LOCALE, SOURCE_LOCALE, {}, bundles);
    host.addController(this);
    controllers.set(host, [...controllersOf(host), this]);
  }

  get translator(): Translator {
    return this.current;
  }

  /**
   * Adds `bundles` (a view loaded with `import()` brings the namespaces only it shows: the checkout's decline
   * words come with its notices; a problem brings `errors`); resolves once they are there in the language
   * shown (English at once), so the view that needs them never shows a word in the wrong language. A
   * namespace that fails to load reads in English, as at first render. `undefined` when there is nothing to add.
   */
  add(bundles: readonly MessageBundle[]): Promise<void> | undefined {
    const fresh = bundles.filter((bundle) => !this.bundles.includes(bundle));
    if (fresh.length === 0) return undefined;
    this.bundles = [...this.bundles, ...fresh];
    const { catalogLocale, formatLocale } = matchLocale(this.requested());
    const wanted = `${catalogLocale}|${formatLocale}`;
    return loadCatalog(catalogLocale, this.bundles).then((catalog) => {
      // Another language was asked for meanwhile (or none yet): that load (with these namespaces) brings the words.
      if (this.wanted !== wanted) return;
      this.current = createTranslator(formatLocale, catalogLocale, catalog, this.bundles);
      this.host.requestUpdate();
    });
  }

  hostUpdate(): void {
    const { catalogLocale, formatLocale } = matchLocale(this.requested());
    const wanted = `${catalogLocale}|${formatLocale}`;
    if (wanted !== this.wanted) {
      this.wanted = wanted;
      const cached = cachedCatalog(catalogLocale, this.bundles);
      if (cached) {
        this.current = createTranslator(formatLocale, catalogLocale, cached, this.bundles);
      } else {
        void loadCatalog(catalogLocale, this.bundles).then((catalog) => {
          if (this.wanted !== wanted) return; // the element asked for another locale meanwhile
          this.current = createTranslator(formatLocale, catalogLocale, catalog, this.bundles);
          this.host.requestUpdate();
        });
      }
    }
    this.#applyDir();
  }

  /** `dir` follows the language actually shown, unless the page set `dir` on the element itself. */
  #applyDir(): void {
    const host = this.host;
    if (typeof host.getAttribute !== 'function') return; // server-side rendering without a DOM shim
    const current = host.getAttribute('dir');
    if (current !== null && current !== this.#appliedDir) return;
    const dir = this.current.dir;
    if (current !== dir) host.setAttribute('dir', dir);
    this.#appliedDir = dir;
  }
}

/**
 * The nearest `lang` attribute at or above `element`, crossing shadow roots (`closest('[lang]')`
 * stops at them), then the document's.
 */
export function inheritedLang(element: Element): string | undefined {
  let node: Element | null = element;
  while (node) {
    const lang = node.getAttribute('lang');
    if (lang) return lang;
    const parent: Element | null = node.parentElement;
    node = parent ?? (node.getRootNode() as ShadowRoot).host ?? null;
  }
  return undefined;
}

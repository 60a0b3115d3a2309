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

/**
 * Gives an element the translator for the locale it asks for, loading that catalog on first use, and
 * keeps the host's `dir` in step with the language shown. Until a catalog arrives the element keeps
 * the translator it had (English at first), so text never flashes through a half-translated state.
 */
export class LocaleController implements ReactiveController {
  #translator: Translator;
  #wanted = '';
  /** The `dir` this controller last put on the host; any other value was set by the page and is kept. */
  #appliedDir: string | undefined;
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #requested: () => readonly (string | null | undefined)[];
  readonly #bundles: readonly MessageBundle[];

  /**
   * `requested`: locale tags in order of preference, called before every update.
   * `bundles`: the namespaces the element shows (e.g. `[CORE, TRACKER]`); their English is the fallback.
   */
  constructor(
    host: ReactiveControllerHost & HTMLElement,
    requested: () => readonly (string | null | undefined)[],
    bundles: readonly MessageBundle[],
  ) {
    this.#host = host;
    this.#requested = requested;
    this.#bundles = bundles;
    this.#translator = createTranslator(SOURCE_LOCALE, SOURCE_LOCALE, {}, bundles);
    host.addController(this);
  }

  get translator(): Translator {
    return this.#translator;
  }

  hostUpdate(): void {
    const { catalogLocale, formatLocale } = matchLocale(this.#requested());
    const wanted = `${catalogLocale}|${formatLocale}`;
    if (wanted !== this.#wanted) {
      this.#wanted = wanted;
      const cached = cachedCatalog(catalogLocale, this.#bundles);
      if (cached) {
        this.#translator = createTranslator(formatLocale, catalogLocale, cached, this.#bundles);
      } else {
        void loadCatalog(catalogLocale, this.#bundles).then((catalog) => {
          if (this.#wanted !== wanted) return; // the element asked for another locale meanwhile
          this.#translator = createTranslator(formatLocale, catalogLocale, catalog, this.#bundles);
          this.#host.requestUpdate();
        });
      }
    }
    this.#applyDir();
  }

  /** `dir` follows the language actually shown, unless the page set `dir` on the element itself. */
  #applyDir(): void {
    const host = this.#host;
    if (typeof host.getAttribute !== 'function') return; // server-side rendering without a DOM shim
    const current = host.getAttribute('dir');
    if (current !== null && current !== this.#appliedDir) return;
    const dir = this.#translator.dir;
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

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { cachedCatalog, loadCatalog, matchLocale, SOURCE_LOCALE } from './locales.js';
import { createTranslator, type Translator } from './translator.js';

const english = createTranslator(SOURCE_LOCALE, SOURCE_LOCALE, {});

/**
 * Gives an element the translator for the locale it asks for, loading that catalog on first use.
 * Until a catalog arrives the element keeps the translator it had (English at first), so text
 * never flashes through a half-translated state.
 */
export class LocaleController implements ReactiveController {
  #translator: Translator = english;
  #wanted = '';
  readonly #host: ReactiveControllerHost;
  readonly #requested: () => readonly (string | null | undefined)[];

  /** `requested`: locale tags in order of preference, called before every update. */
  constructor(host: ReactiveControllerHost, requested: () => readonly (string | null | undefined)[]) {
    this.#host = host;
    this.#requested = requested;
    host.addController(this);
  }

  get translator(): Translator {
    return this.#translator;
  }

  hostUpdate(): void {
    const { catalogLocale, formatLocale } = matchLocale(this.#requested());
    const wanted = `${catalogLocale}|${formatLocale}`;
    if (wanted === this.#wanted) return;
    this.#wanted = wanted;
    const cached = cachedCatalog(catalogLocale);
    if (cached) {
      this.#translator = createTranslator(formatLocale, catalogLocale, cached);
      return;
    }
    void loadCatalog(catalogLocale).then((catalog) => {
      if (this.#wanted !== wanted) return; // the element asked for another locale meanwhile
      this.#translator = createTranslator(formatLocale, catalogLocale, catalog);
      this.#host.requestUpdate();
    });
  }
}

/** The nearest `lang` attribute above `element`, crossing shadow roots (`closest` stops at them). */
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

/** The browser's preferred languages; empty outside browsers (SSR). */
export function browserLanguages(): readonly string[] {
  return globalThis.navigator?.languages ?? [];
}

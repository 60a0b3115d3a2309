import type { MessageBundle } from '@txassist/sdk/i18n';

/** An element's catalog (its `LocaleController`), which a lazily loaded view's namespace joins (`add`). */
export interface ViewWords {
  add(bundles: readonly MessageBundle[]): Promise<void> | undefined;
}

/** A view in a chunk of its own that brings its own words (see `viewWithWords`). */
export interface WordedView<View> {
  /** Imports the chunk (once for the page) and adds its words to `words`: resolves once both are there. */
  load(words: ViewWords): Promise<View>;
  /** The view, once its chunk and its words are there for the element of `words`; else `undefined`. */
  ready(words: ViewWords): View | undefined;
}

/**
 * A rare view loaded with `import()` together with the words only it shows (a namespace of its own), in
 * the language the element shows, so the first render carries neither and a view never shows a key or
 * flashes English. A chunk that failed to load (offline) is tried again on the next `load`.
 */
export function viewWithWords<View>(
  importer: () => Promise<View>,
  wordsOf: (view: View) => MessageBundle,
): WordedView<View> {
  let view: View | undefined;
  let loading: Promise<View> | undefined;
  /** The element catalogs that have the view's words, or are getting them. */
  const adding = new WeakMap<ViewWords, Promise<void>>();
  const added = new WeakSet<ViewWords>();
  return {
    load(words) {
      loading ??= importer().then(
        (loaded) => (view = loaded),
        (error: unknown) => {
          loading = undefined;
          throw error;
        },
      );
      return loading.then(async (loaded) => {
        let wordsIn = adding.get(words);
        if (!wordsIn) {
          wordsIn = Promise.resolve(words.add([wordsOf(loaded)])).then(() => void added.add(words));
          adding.set(words, wordsIn);
        }
        await wordsIn;
        return loaded;
      });
    },
    ready: (words) => (view && added.has(words) ? view : undefined),
  };
}

import { namespaceOf, type ErrorMessage, type MessageBundle } from '@txassist/sdk/i18n';
import { controllersOf } from './locale-controller.js';

/**
 * The `errors` namespace (every error message but the few a first render may need, which stay in `core`)
 * loads with `import()` when an element first words a problem, and before it renders it: the code that maps
 * what failed to message keys calls `wantErrorWords`, and `TxElement` holds its next update until
 * `errorWordsFor` has added the words to each of its locale controllers, in the language shown. So the
 * first render carries none of them, and a problem never shows a key or flashes English.
 */
let errors: MessageBundle | undefined;
let loading: Promise<MessageBundle | undefined> | undefined;
let describe: ((error: unknown) => ErrorMessage) | undefined;

/** Starts loading the `errors` namespace when `key` (a problem's title) is one of its words; always without `key`. */
export function wantErrorWords(key?: string): void {
  if (loading || (key !== undefined && namespaceOf(key) !== 'errors')) return;
  loading = import('./errors-bundle.js').then(
    (module) => ((describe = module.errorMessage), (errors = module.ERRORS)),
    // Offline or a missing chunk: render anyway (the key shows), and try again with the next problem.
    () => (loading = undefined),
  );
}

/** The SDK's `errorMessage` for `error`, once the chunk that has its table is here (see `describeFailure`). */
export const loadedErrorMessage = (error: unknown): ErrorMessage | undefined => describe?.(error);

/** What `host` must wait for before it renders: the `errors` words once wanted and not yet in its controllers. */
export function errorWordsFor(host: HTMLElement): Promise<unknown> | undefined {
  if (!loading) return undefined;
  const bundle = errors;
  if (bundle) {
    const adding = controllersOf(host).map((controller) => controller.add([bundle]));
    return adding.some(Boolean) ? Promise.all(adding) : undefined;
  }
  return loading.then(() => errorWordsFor(host));
}

import type { MessageKey, ParamValue, Translator } from '@txassist/sdk/i18n';

/**
 * The words for a value the API sends (a status, tag, reason, kind, code…): the message at `key`, or,
 * for a value a newer API added after this version was built, the neutral `fallback` message (nothing
 * without one: an explanation this version cannot give is left out). The
 * translator shows a key it has no message for as the key itself, which is how an unknown value is told.
 *
 * ```ts
 * wordsFor(t, `status.${order.status}.label`, 'tracker.other') // "Status: updating"
 * ```
 */
export function wordsFor(
  t: Translator['t'],
  key: string,
  fallback?: MessageKey,
  params?: Readonly<Record<string, ParamValue>>,
): string {
  const translate = t as (key: string, params?: Readonly<Record<string, ParamValue>>) => string;
  if (hasWords(t, key)) return translate(key, params);
  return fallback ? translate(fallback, params) : '';
}

/** Whether this version has words for `key`: a value a newer API added has none. */
export const hasWords = (t: Translator['t'], key: string): boolean => (t as (key: string) => string)(key) !== key;

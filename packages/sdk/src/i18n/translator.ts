import { formatMoney } from '@txassist/contract/values';
import type { Money } from '@txassist/contract/types';
import type { Catalog } from './catalog.js';
import { localeDirection, type Direction } from './locales.js';
import type { Message, ParamsOf, ParamValue, PluralCategory } from './message.js';
import type { EnglishCatalog, MessageBundle, MessageKey } from './namespaces.js';

/** `t('key')` for messages without placeholders, `t('key', { … })` for the rest; both checked by the compiler. */
export type MessageArgs<Key extends MessageKey> = keyof ParamsOf<EnglishCatalog[Key]> extends never
  ? []
  : [params: ParamsOf<EnglishCatalog[Key]>];

export interface Translator {
  /** BCP 47 tag used for Intl formatting, e.g. `es-AR`. */
  readonly locale: string;
  /** The catalog the text comes from (`en` when the requested language has none), e.g. `es`. */
  readonly catalogLocale: string;
  /** Direction of the catalog's script; put it on the element showing the text. */
  readonly dir: Direction;
  t<Key extends MessageKey>(key: Key, ...args: MessageArgs<Key>): string;
  money(value: Money): string;
  date(value: Date | string, options?: Intl.DateTimeFormatOptions): string;
  number(value: number): string;
  /** "2 days ago", "in 3 hours", "tomorrow": the largest unit that fits, through `Intl.RelativeTimeFormat`. */
  relativeTime(value: Date | string, now?: Date): string;
}

function isMoney(value: ParamValue): value is Money {
  return typeof value === 'object' && !(value instanceof Date) && 'amount' in value && 'currency' in value;
}

const RELATIVE_UNITS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

/**
 * A translator for one locale. `catalog`: the merged messages of `catalogLocale` (see `loadCatalog`);
 * `english`: the bundles (or the full `en`) that any key missing from it falls back to. A key in
 * neither shows as itself, so a gap is visible rather than blank. Numbers, money, dates, relative
 * times and plural forms follow `formatLocale` through `Intl`.
 */
export function createTranslator(
  formatLocale: string,
  catalogLocale: string,
  catalog: Catalog,
  english: readonly MessageBundle[] | Catalog,
): Translator {
  const plurals = new Intl.PluralRules(formatLocale);
  const numbers = new Intl.NumberFormat(formatLocale);
  const relative = new Intl.RelativeTimeFormat(formatLocale, { numeric: 'auto' });
  const fallback: Catalog = Array.isArray(english)
    ? Object.assign({}, ...english.map((bundle: MessageBundle) => bundle.english))
    : (english as Catalog);

  const toDate = (value: Date | string) => (typeof value === 'string' ? new Date(value) : value);
  const date = (value: Date | string, options: Intl.DateTimeFormatOptions = { dateStyle: 'long' }) =>
    new Intl.DateTimeFormat(formatLocale, options).format(toDate(value));
  const money = (value: Money) => formatMoney(value, formatLocale);

  const relativeTime = (value: Date | string, now: Date = new Date()) => {
    const seconds = Math.round((toDate(value).getTime() - now.getTime()) / 1000);
    const [unit, size] = RELATIVE_UNITS.find(([, length]) => Math.abs(seconds) >= length) ?? ['second', 1];
    return relative.format(Math.round(seconds / size), unit);
  };

  const format = (value: ParamValue): string => {
    if (typeof value === 'number') return numbers.format(value);
    if (typeof value === 'string') return value;
    if (value instanceof Date) return date(value);
    if (isMoney(value)) return money(value);
    return String(value);
  };

  const pick = (message: Message, count: number | undefined): string => {
    if (typeof message === 'string') return message;
    const category = plurals.select(count ?? 0) as PluralCategory;
    return message[category] ?? message.other;
  };

  function t<Key extends MessageKey>(key: Key, ...args: MessageArgs<Key>): string {
    const params = (args[0] ?? {}) as Readonly<Record<string, ParamValue>>;
    const message: Message | undefined = catalog[key] ?? fallback[key];
    if (message === undefined) return key;
    const count = typeof params.count === 'number' ? params.count : undefined;
    return pick(message, count).replace(/\{(\w+)\}/g, (placeholder, name: string) => {
      const value = params[name];
      return value === undefined ? placeholder : format(value);
    });
  }

  return {
    locale: formatLocale,
    catalogLocale,
    dir: localeDirection(catalogLocale),
    t,
    money,
    date,
    number: (value) => numbers.format(value),
    relativeTime,
  };
}

import { formatMoney, type Money } from '@txassist/contract';
import type { Catalog } from './catalog.js';
import { en, type EnglishCatalog, type MessageKey } from './en.js';
import type { Message, ParamsOf, ParamValue, PluralMessage } from './message.js';

/** `t('key')` for messages without placeholders, `t('key', { … })` for the rest; both checked by the compiler. */
export type MessageArgs<Key extends MessageKey> = keyof ParamsOf<EnglishCatalog[Key]> extends never
  ? []
  : [params: ParamsOf<EnglishCatalog[Key]>];

export interface Translator {
  /** BCP 47 tag used for Intl formatting. */
  readonly locale: string;
  /** The catalog the text comes from (`en` when the requested language has none). */
  readonly catalogLocale: string;
  t<Key extends MessageKey>(key: Key, ...args: MessageArgs<Key>): string;
  money(value: Money): string;
  date(value: Date | string, options?: Intl.DateTimeFormatOptions): string;
  number(value: number): string;
}

function isMoney(value: ParamValue): value is Money {
  return typeof value === 'object' && !(value instanceof Date) && 'amount' in value && 'currency' in value;
}

export function createTranslator(formatLocale: string, catalogLocale: string, catalog: Catalog): Translator {
  const plurals = new Intl.PluralRules(formatLocale);
  const numbers = new Intl.NumberFormat(formatLocale);

  const date = (value: Date | string, options: Intl.DateTimeFormatOptions = { dateStyle: 'long' }) =>
    new Intl.DateTimeFormat(formatLocale, options).format(typeof value === 'string' ? new Date(value) : value);
  const money = (value: Money) => formatMoney(value, formatLocale);

  const format = (value: ParamValue): string => {
    if (typeof value === 'number') return numbers.format(value);
    if (typeof value === 'string') return value;
    if (value instanceof Date) return date(value);
    if (isMoney(value)) return money(value);
    return String(value);
  };

  const pick = (message: Message, count: number | undefined): string => {
    if (typeof message === 'string') return message;
    const category = plurals.select(count ?? 0) as keyof PluralMessage;
    return message[category] ?? message.other;
  };

  function t<Key extends MessageKey>(key: Key, ...args: MessageArgs<Key>): string {
    const params = (args[0] ?? {}) as Readonly<Record<string, ParamValue>>;
    const message: Message = catalog[key] ?? en[key];
    const count = typeof params.count === 'number' ? params.count : undefined;
    return pick(message, count).replace(/\{(\w+)\}/g, (placeholder, name: string) => {
      const value = params[name];
      return value === undefined ? placeholder : format(value);
    });
  }

  return { locale: formatLocale, catalogLocale, t, money, date, number: (value) => numbers.format(value) };
}

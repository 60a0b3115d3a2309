// Money values and arithmetic without zod (browser bundles import these; money.ts adds the schemas).

/** Money: an integer amount in the currency's minor unit. Never a float. (Same shape as the `Money` schema.) */
export interface Money {
  amount: number;
  currency: CurrencyCode;
}

/**
 * ISO 4217 minor-unit exponents for currencies that do not use 2 decimals.
 * Everything else in `CURRENCIES` uses 2. (Kept as a table: `prettier-ignore`.)
 */
// prettier-ignore
const EXPONENT_EXCEPTIONS: Readonly<Record<string, number>> = {
  BIF: 0, CLP: 0, DJF: 0, GNF: 0, ISK: 0, JPY: 0, KMF: 0, KRW: 0, PYG: 0, RWF: 0, UGX: 0, UYI: 0,
  VND: 0, VUV: 0, XAF: 0, XOF: 0, XPF: 0,
  BHD: 3, IQD: 3, JOD: 3, KWD: 3, LYD: 3, OMR: 3, TND: 3,
  CLF: 4, UYW: 4,
};

/** Currencies the platform accepts (ISO 4217, active, the markets social commerce sells in and more). */
// prettier-ignore
export const CURRENCIES = [
  'AED', 'ARS', 'AUD', 'BDT', 'BHD', 'BRL', 'CAD', 'CHF', 'CLP', 'CNY', 'COP', 'CZK', 'DKK', 'EGP',
  'EUR', 'GBP', 'HKD', 'HUF', 'IDR', 'ILS', 'INR', 'ISK', 'JOD', 'JPY', 'KES', 'KRW', 'KWD', 'MAD',
  'MXN', 'MYR', 'NGN', 'NOK', 'NZD', 'OMR', 'PEN', 'PHP', 'PKR', 'PLN', 'QAR', 'RON', 'SAR', 'SEK',
  'SGD', 'THB', 'TND', 'TRY', 'TWD', 'UAH', 'USD', 'VND', 'XAF', 'XOF', 'ZAR',
] as const;

export type CurrencyCode = (typeof CURRENCIES)[number];

/** Number of decimal places of the currency's minor unit: JPY 0, USD 2, KWD 3. */
export function currencyExponent(currency: CurrencyCode): number {
  return EXPONENT_EXCEPTIONS[currency] ?? 2;
}

export class CurrencyMismatchError extends Error {
  constructor(a: CurrencyCode, b: CurrencyCode) {
    super(`Cannot combine ${a} with ${b}`);
    this.name = 'CurrencyMismatchError';
  }
}

export function money(amount: number, currency: CurrencyCode): Money {
  if (!Number.isSafeInteger(amount))
    throw new RangeError(`Money amount must be an integer of minor units, got ${amount}`);
  return { amount, currency };
}

export function zero(currency: CurrencyCode): Money {
  return { amount: 0, currency };
}

export function addMoney(a: Money, b: Money): Money {
  if (a.currency !== b.currency) throw new CurrencyMismatchError(a.currency, b.currency);
  return money(a.amount + b.amount, a.currency);
}

export function subtractMoney(a: Money, b: Money): Money {
  if (a.currency !== b.currency) throw new CurrencyMismatchError(a.currency, b.currency);
  return money(a.amount - b.amount, a.currency);
}

export function multiplyMoney(a: Money, quantity: number): Money {
  if (!Number.isSafeInteger(quantity)) throw new RangeError('quantity must be an integer');
  return money(a.amount * quantity, a.currency);
}

export function sumMoney(items: readonly Money[], currency: CurrencyCode): Money {
  return items.reduce<Money>((total, item) => addMoney(total, item), zero(currency));
}

/** Major units as a decimal string without float rounding: 1999 USD → "19.99", 5 KWD → "0.005". */
export function toDecimalString(value: Money): string {
  const exponent = currencyExponent(value.currency);
  const negative = value.amount < 0;
  const digits = Math.abs(value.amount)
    .toString()
    .padStart(exponent + 1, '0');
  const whole = exponent === 0 ? digits : digits.slice(0, -exponent);
  const fraction = exponent === 0 ? '' : `.${digits.slice(-exponent)}`;
  return `${negative ? '-' : ''}${whole}${fraction}`;
}

/** Parses a decimal string in major units ("19.99") into minor units, refusing extra precision. */
export function parseDecimal(value: string, currency: CurrencyCode): Money {
  const exponent = currencyExponent(currency);
  const match = /^(-)?(\d+)(?:\.(\d+))?$/.exec(value.trim());
  if (!match) throw new RangeError(`"${value}" is not a decimal amount`);
  const [, sign, whole = '0', fraction = ''] = match;
  if (fraction.length > exponent) throw new RangeError(`${currency} has ${exponent} decimal places`);
  const amount = Number(whole + fraction.padEnd(exponent, '0'));
  // "-0.00" is zero, not negative zero.
  return money(sign && amount !== 0 ? -amount : amount, currency);
}

const formatters = new Map<string, Intl.NumberFormat>();

/** Formats through Intl with the currency's own exponent (Intl's defaults are not always ISO's). */
export function formatMoney(value: Money, locale: string | readonly string[] = 'en'): string {
  const exponent = currencyExponent(value.currency);
  // Building an Intl.NumberFormat costs ~100× a format call; lists format many amounts.
  const key = `${String(locale)}|${value.currency}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale as string | string[], {
      style: 'currency',
      currency: value.currency,
      minimumFractionDigits: exponent,
      maximumFractionDigits: exponent,
    });
    if (formatters.size > 200) formatters.clear();
    formatters.set(key, format);
  }
  // Intl accepts decimal strings (ES2023) so large amounts keep their precision.
  return format.format(toDecimalString(value) as unknown as number);
}

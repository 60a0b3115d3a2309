// The run-time values (currencies, arithmetic, formatting) live zod-free in values/money.ts so browser
// bundles can use them without the schemas; re-exported here so every import keeps working.
import * as z from 'zod/mini';
import { CURRENCIES } from './values/money.js';
import type { CurrencyCode as CurrencyCodeValue } from './values/money.js';

export {
  CURRENCIES,
  currencyExponent,
  CurrencyMismatchError,
  money,
  zero,
  addMoney,
  subtractMoney,
  multiplyMoney,
  sumMoney,
  toDecimalString,
  parseDecimal,
  formatMoney,
} from './values/money.js';

export type CurrencyCode = CurrencyCodeValue;
export const CurrencyCode = z.enum(CURRENCIES);

/** Money: an integer amount in the currency's minor unit. Never a float. */
export const Money = z.object({
  amount: z.int(),
  currency: CurrencyCode,
});
export type Money = z.infer<typeof Money>;

/** Money that may not be negative (prices, totals). */
export const NonNegativeMoney = z.object({
  amount: z.int().check(z.nonnegative()),
  currency: CurrencyCode,
});

// Money in the case's currency, through Intl: amounts arrive in minor units (cents, pence, yen) and are
// shown and typed in major units ("72.50"); the digits after the separator follow the currency.

const lang = () => document.documentElement.lang || 'en';

/** How many digits a currency has after the decimal separator (2 for USD, 0 for JPY, 3 for KWD). */
export const fractionDigits = (currency) =>
  new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;

export const formatMoney = ({ amount, currency }) =>
  new Intl.NumberFormat(lang(), { style: 'currency', currency }).format(amount / 10 ** fractionDigits(currency));

/** The amount as the refund field shows it: major units, no grouping, "." as separator ("72.50"). */
export function moneyInputValue({ amount, currency }) {
  const digits = fractionDigits(currency);
  return digits ? (amount / 10 ** digits).toFixed(digits) : String(amount);
}

/** An example of what the field accepts, e.g. "12.50" (or "1250" for a currency without minor units). */
export const moneyExample = (currency) => moneyInputValue({ amount: 1250, currency });

/**
 * What the agent typed, in minor units; or `{ code }` when it is not an amount: `amount_invalid`
 * (not a number with at most the currency's digits after "." or ","), `amount_zero`.
 * Parsed as text, never through floats, so "19.99" is exactly 1999.
 */
export function minorUnitsOf(text, currency) {
  const digits = fractionDigits(currency);
  const match = /^\s*(\d{1,9})(?:[.,](\d+))?\s*$/.exec(text);
  if (!match || (match[2] ?? '').length > digits) return { code: 'amount_invalid' };
  const minor = Number(match[1]) * 10 ** digits + Number((match[2] ?? '').padEnd(digits, '0') || 0);
  return minor > 0 ? minor : { code: 'amount_zero' };
}

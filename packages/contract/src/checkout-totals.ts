import { money, type CurrencyCode } from './money.js';
import type { PriceBreakdown } from './order.js';

/**
 * Checkout arithmetic: integers (minor units) only, multiplied as BigInt so no step can lose
 * precision, and one explicit rounding rule: **half-even** ("banker's rounding") to the currency's
 * minor unit, for percentage discounts and for tax. Amounts are already minor units, so JPY rounds
 * to whole yen and KWD to fils without any special case.
 *
 * Order of operations (fixed, documented in the README):
 *   subtotal = Σ unit_amount × quantity
 *   discount = min(subtotal, round(subtotal × discount_bps / 10 000))
 *   tax      = round((subtotal − discount + shipping) × tax_rate_bps / 10 000)
 *   total    = subtotal − discount + shipping + tax
 */
export interface TotalsInput {
  currency: CurrencyCode;
  lines: readonly { unit_amount: number; quantity: number }[];
  shipping_amount: number;
  /** Percentage discount in basis points (1000 = 10 %). */
  discount_bps: number;
  /** Tax rate in basis points (2000 = 20 %). */
  tax_rate_bps: number;
}

/** `numerator / denominator` rounded half to even; both non-negative. */
export function divideRoundHalfEven(numerator: bigint, denominator: bigint): bigint {
  if (numerator < 0n || denominator <= 0n) throw new RangeError('divideRoundHalfEven takes non-negative values');
  const quotient = numerator / denominator;
  const twiceRemainder = (numerator % denominator) * 2n;
  if (twiceRemainder > denominator) return quotient + 1n;
  if (twiceRemainder < denominator) return quotient;
  return quotient % 2n === 0n ? quotient : quotient + 1n;
}

const BPS = 10_000n;

function toSafe(value: bigint): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new RangeError('amount too large');
  return Number(value);
}

function checkInteger(name: string, value: number, max = Number.MAX_SAFE_INTEGER): bigint {
  if (!Number.isSafeInteger(value) || value < 0 || value > max)
    throw new RangeError(`${name} must be a non-negative integer`);
  return BigInt(value);
}

export function computeCheckoutTotals(input: TotalsInput): { lineTotals: number[]; amounts: PriceBreakdown } {
  const lineTotals = input.lines.map(
    (line) => checkInteger('unit_amount', line.unit_amount) * checkInteger('quantity', line.quantity),
  );
  const subtotal = lineTotals.reduce((sum, line) => sum + line, 0n);
  const shipping = checkInteger('shipping_amount', input.shipping_amount);
  const discountRaw = divideRoundHalfEven(subtotal * checkInteger('discount_bps', input.discount_bps, 10_000), BPS);
  const discount = discountRaw > subtotal ? subtotal : discountRaw;
  const taxable = subtotal - discount + shipping;
  const tax = divideRoundHalfEven(taxable * checkInteger('tax_rate_bps', input.tax_rate_bps, 10_000), BPS);
  const total = taxable + tax;
  const m = (value: bigint) => money(toSafe(value), input.currency);
  return {
    lineTotals: lineTotals.map(toSafe),
    amounts: { subtotal: m(subtotal), shipping: m(shipping), tax: m(tax), discount: m(discount), total: m(total) },
  };
}

import {
  money,
  multiplyMoney,
  sumMoney,
  type CurrencyCode,
  type LineItemInput,
  type PriceBreakdown,
} from '@txassist/contract';

/** Totals are computed here only; whatever prices a page sends are ignored. Tax is not yet modelled (0). */
export function computeTotals(
  currency: CurrencyCode,
  items: readonly LineItemInput[],
  shippingAmount: number,
  discountAmount: number,
): { lineTotals: number[]; amounts: PriceBreakdown } {
  const lineTotals = items.map((item) => multiplyMoney(money(item.unit_amount, currency), item.quantity).amount);
  const subtotal = sumMoney(
    lineTotals.map((amount) => money(amount, currency)),
    currency,
  );
  const shipping = money(shippingAmount, currency);
  const tax = money(0, currency);
  // A discount never makes the total negative.
  const discount = money(Math.min(discountAmount, subtotal.amount + shipping.amount), currency);
  const total = money(subtotal.amount + shipping.amount + tax.amount - discount.amount, currency);
  return { lineTotals, amounts: { subtotal, shipping, tax, discount, total } };
}

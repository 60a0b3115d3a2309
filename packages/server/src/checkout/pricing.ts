import {
  computeCheckoutTotals,
  currencyExponent,
  parseDecimal,
  type CurrencyCode,
  type PriceBreakdown,
  type ShippingOption,
  type ShippingOptionId,
} from '@txassist/contract';

/**
 * The reference server's price rules: flat shipping per option, a tax rate per destination
 * country, and percentage discount codes. Prices are written as decimal strings in major units per
 * currency exponent and parsed exactly (no float); amounts are minor units from there on.
 */
const SHIPPING: Record<ShippingOptionId, { byExponent: Record<number, string>; min_days: number; max_days: number }> = {
  standard: { byExponent: { 0: '500', 2: '4.99', 3: '1.500', 4: '1.5000' }, min_days: 3, max_days: 5 },
  express: { byExponent: { 0: '1500', 2: '12.99', 3: '4.000', 4: '4.0000' }, min_days: 1, max_days: 2 },
};

export function shippingOptions(currency: CurrencyCode): ShippingOption[] {
  const exponent = currencyExponent(currency);
  return (Object.keys(SHIPPING) as ShippingOptionId[]).map((id) => ({
    id,
    amount: parseDecimal(SHIPPING[id].byExponent[exponent] ?? '5', currency),
    min_days: SHIPPING[id].min_days,
    max_days: SHIPPING[id].max_days,
  }));
}

/** VAT/GST/sales tax by destination country, basis points (a flat demo table, not tax advice). */
// prettier-ignore
export const TAX_RATES_BPS: Readonly<Record<string, number>> = {
  GB: 2000, DE: 1900, FR: 2000, IT: 2200, ES: 2100, NL: 2100, PT: 2300, PL: 2300, SE: 2500,
  JP: 1000, KR: 1000, AU: 1000, SG: 900, MY: 800, TH: 700, ID: 1100, PH: 1200, VN: 1000,
  MX: 1600, BR: 0, US: 0, CA: 500, KW: 0, SA: 1500, AE: 500, IL: 1700, IN: 1800, TW: 500,
};

export function taxRateFor(country: string | undefined): number {
  return country ? (TAX_RATES_BPS[country] ?? 0) : 0;
}

/** Discount codes (case-insensitive), percentage in basis points. */
export const DISCOUNT_CODES: Readonly<Record<string, number>> = { WELCOME10: 1000, GLOW15: 1500 };

export function discountBpsFor(code: string | null): number | undefined {
  return code === null ? 0 : DISCOUNT_CODES[code.trim().toUpperCase()];
}

export function priceCart(input: {
  currency: CurrencyCode;
  lines: readonly { unit_amount: number; quantity: number }[];
  shippingOption: ShippingOptionId;
  discountCode: string | null;
  country: string | undefined;
}): { lineTotals: number[]; amounts: PriceBreakdown; taxRateBps: number; options: ShippingOption[] } {
  const options = shippingOptions(input.currency);
  const shipping = options.find((option) => option.id === input.shippingOption) ?? options[0]!;
  const taxRateBps = taxRateFor(input.country);
  const { lineTotals, amounts } = computeCheckoutTotals({
    currency: input.currency,
    lines: input.lines,
    shipping_amount: shipping.amount.amount,
    discount_bps: discountBpsFor(input.discountCode) ?? 0,
    tax_rate_bps: taxRateBps,
  });
  return { lineTotals, amounts, taxRateBps, options };
}

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  computeCheckoutTotals,
  currencyExponent,
  divideRoundHalfEven,
  parseDecimal,
  toDecimalString,
  type CurrencyCode,
  type TotalsInput,
} from '@txassist/contract';

/** Seeded PRNG (mulberry32): the same seed gives the same carts, so a failure can be replayed. */
function generator(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)]!;
  return { int, pick };
}

const CURRENCIES: readonly CurrencyCode[] = ['USD', 'EUR', 'JPY', 'KRW', 'KWD', 'BHD', 'GBP', 'IDR'];
const SEED = Number(process.env.MONEY_SEED ?? 20261126);

function randomCart(random: ReturnType<typeof generator>): TotalsInput {
  const currency = random.pick(CURRENCIES);
  const scale = 10 ** currencyExponent(currency);
  return {
    currency,
    lines: Array.from({ length: random.int(1, 12) }, () => ({
      // Up to 20 000 major units a piece, any minor-unit value (odd amounts exercise rounding).
      unit_amount: random.int(0, 20_000 * scale),
      quantity: random.int(1, 99),
    })),
    shipping_amount: random.int(0, 50 * scale),
    discount_bps: random.pick([0, 0, 500, 1000, 1234, 1500, 3333, 10_000]),
    tax_rate_bps: random.pick([0, 500, 725, 800, 1000, 1750, 1900, 2000, 2500]),
  };
}

/** Oracle for "x × bps / 10 000, half-even", written independently: exact decimal digits, then the rule. */
function oracleRound(amount: bigint, bps: number): bigint {
  const scaled = (amount * BigInt(bps)).toString().padStart(5, '0');
  const whole = BigInt(scaled.slice(0, -4));
  const fraction = Number(scaled.slice(-4));
  if (fraction > 5000) return whole + 1n;
  if (fraction < 5000) return whole;
  return whole % 2n === 0n ? whole : whole + 1n;
}

describe('checkout totals (property-based, seeded)', () => {
  it(`hold their invariants over 2 000 random carts (seed ${SEED})`, () => {
    const random = generator(SEED);
    for (let run = 0; run < 2000; run++) {
      const cart = randomCart(random);
      const { amounts, lineTotals } = computeCheckoutTotals(cart);
      const context = `run ${run}: ${JSON.stringify(cart)}`;
      for (const value of Object.values(amounts)) {
        assert.ok(Number.isSafeInteger(value.amount) && value.amount >= 0, context);
        assert.equal(value.currency, cart.currency, context);
      }
      const subtotal = cart.lines.reduce((sum, line) => sum + BigInt(line.unit_amount) * BigInt(line.quantity), 0n);
      assert.equal(BigInt(amounts.subtotal.amount), subtotal, context);
      assert.deepEqual(
        lineTotals,
        cart.lines.map((line) => line.unit_amount * line.quantity),
        context,
      );
      assert.equal(BigInt(amounts.discount.amount), oracleRound(subtotal, cart.discount_bps), context);
      assert.ok(amounts.discount.amount <= amounts.subtotal.amount, context);
      const taxable = subtotal - BigInt(amounts.discount.amount) + BigInt(cart.shipping_amount);
      assert.equal(BigInt(amounts.tax.amount), oracleRound(taxable, cart.tax_rate_bps), context);
      // Rounded to the nearest minor unit: never off by more than half of one.
      assert.ok((BigInt(amounts.tax.amount) * 10_000n - taxable * BigInt(cart.tax_rate_bps)) * 2n <= 10_000n, context);
      assert.equal(
        amounts.total.amount,
        amounts.subtotal.amount - amounts.discount.amount + amounts.shipping.amount + amounts.tax.amount,
        context,
      );
      // The currency's exponent: the total prints with exactly that many decimals and parses back.
      const printed = toDecimalString(amounts.total);
      const exponent = currencyExponent(cart.currency);
      assert.equal(printed.includes('.') ? printed.split('.')[1]!.length : 0, exponent, context);
      assert.deepEqual(parseDecimal(printed, cart.currency), amounts.total, context);
      // The order of the lines never changes the result.
      const shuffled = { ...cart, lines: [...cart.lines].reverse() };
      assert.deepEqual(computeCheckoutTotals(shuffled).amounts, amounts, context);
    }
  });

  it('rounds half to even, in JPY (whole yen) and KWD (fils) alike', () => {
    assert.equal(divideRoundHalfEven(5n, 10n), 0n);
    assert.equal(divideRoundHalfEven(15n, 10n), 2n);
    assert.equal(divideRoundHalfEven(25n, 10n), 2n);
    assert.equal(divideRoundHalfEven(26n, 10n), 3n);
    // ¥125 at 10 % is ¥12.5 → ¥12 (even); ¥135 → ¥13.5 → ¥14.
    const jpy = (unit: number) =>
      computeCheckoutTotals({
        currency: 'JPY',
        lines: [{ unit_amount: unit, quantity: 1 }],
        shipping_amount: 0,
        discount_bps: 0,
        tax_rate_bps: 1000,
      }).amounts;
    assert.equal(jpy(125).tax.amount, 12);
    assert.equal(jpy(135).tax.amount, 14);
    // 0.125 KWD (125 fils) at 10 % = 12.5 fils → 12 fils; total 0.137 KWD.
    const kwd = computeCheckoutTotals({
      currency: 'KWD',
      lines: [{ unit_amount: 125, quantity: 1 }],
      shipping_amount: 0,
      discount_bps: 0,
      tax_rate_bps: 1000,
    }).amounts;
    assert.equal(kwd.tax.amount, 12);
    assert.equal(toDecimalString(kwd.total), '0.137');
  });

  it('refuses anything that is not a non-negative integer (no float enters the money path)', () => {
    const base: TotalsInput = {
      currency: 'USD',
      lines: [{ unit_amount: 100, quantity: 1 }],
      shipping_amount: 0,
      discount_bps: 0,
      tax_rate_bps: 0,
    };
    assert.throws(() => computeCheckoutTotals({ ...base, lines: [{ unit_amount: 19.99, quantity: 1 }] }), RangeError);
    assert.throws(() => computeCheckoutTotals({ ...base, lines: [{ unit_amount: 100, quantity: 1.5 }] }), RangeError);
    assert.throws(() => computeCheckoutTotals({ ...base, shipping_amount: -1 }), RangeError);
    assert.throws(() => computeCheckoutTotals({ ...base, tax_rate_bps: 0.5 }), RangeError);
    assert.throws(
      () => computeCheckoutTotals({ ...base, lines: [{ unit_amount: Number.MAX_SAFE_INTEGER, quantity: 2 }] }),
      RangeError,
    );
  });
});

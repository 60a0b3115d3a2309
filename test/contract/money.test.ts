import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  addMoney,
  CURRENCIES,
  currencyExponent,
  CurrencyMismatchError,
  formatMoney,
  money,
  Money,
  multiplyMoney,
  NonNegativeMoney,
  parseDecimal,
  subtractMoney,
  sumMoney,
  toDecimalString,
  type CurrencyCode,
} from '@txassist/contract';

/** Digits after the locale's decimal separator (0 when there is none), in any numbering system. */
function fractionDigits(formatted: string, locale: string): number {
  const decimal = new Intl.NumberFormat(locale).formatToParts(1.5).find((part) => part.type === 'decimal')?.value;
  assert.ok(decimal, `no decimal separator for ${locale}`);
  const at = formatted.lastIndexOf(decimal);
  if (at === -1) return 0;
  return /^\p{Nd}*/u.exec(formatted.slice(at + decimal.length))?.[0].length ?? 0;
}

/** The number in `formatted` with ASCII digits and `.` (whatever digits and separator the locale uses). */
function asciiNumber(formatted: string, locale: string): string {
  const plain = new Intl.NumberFormat(locale, { useGrouping: false });
  const digits = new Map(Array.from({ length: 10 }, (_, digit) => [plain.format(digit), String(digit)]));
  const decimal = plain.formatToParts(1.5).find((part) => part.type === 'decimal')?.value ?? '.';
  let out = '';
  for (const char of formatted) out += char === decimal ? '.' : (digits.get(char) ?? '');
  return out;
}

describe('currency exponents (ISO 4217 minor units)', () => {
  test('JPY 0, USD 2, KWD 3', () => {
    assert.equal(currencyExponent('JPY'), 0);
    assert.equal(currencyExponent('USD'), 2);
    assert.equal(currencyExponent('KWD'), 3);
  });

  test('other well-known exceptions', () => {
    for (const code of ['KRW', 'VND', 'CLP', 'ISK', 'XOF'] as const) assert.equal(currencyExponent(code), 0, code);
    for (const code of ['BHD', 'JOD', 'OMR', 'TND'] as const) assert.equal(currencyExponent(code), 3, code);
    for (const code of ['EUR', 'GBP', 'INR', 'BRL', 'IDR'] as const) assert.equal(currencyExponent(code), 2, code);
  });

  test('every accepted currency is a unique ISO code with a 0–4 exponent', () => {
    assert.equal(new Set(CURRENCIES).size, CURRENCIES.length);
    for (const code of CURRENCIES) {
      assert.match(code, /^[A-Z]{3}$/);
      assert.ok([0, 2, 3, 4].includes(currencyExponent(code)), code);
      // Intl knows the code (it throws a RangeError for malformed ones and names real ones).
      assert.notEqual(new Intl.DisplayNames('en', { type: 'currency' }).of(code), undefined);
    }
  });
});

describe('toDecimalString', () => {
  const cases: [number, CurrencyCode, string][] = [
    [1999, 'USD', '19.99'],
    [100, 'USD', '1.00'],
    [5, 'USD', '0.05'],
    [0, 'USD', '0.00'],
    [-1, 'USD', '-0.01'],
    [-1999, 'USD', '-19.99'],
    [1234, 'JPY', '1234'],
    [-1234, 'JPY', '-1234'],
    [0, 'JPY', '0'],
    [5, 'KWD', '0.005'],
    [-5, 'KWD', '-0.005'],
    [1234567, 'KWD', '1234.567'],
    [Number.MAX_SAFE_INTEGER, 'USD', '90071992547409.91'],
  ];
  for (const [amount, currency, expected] of cases) {
    test(`${amount} ${currency} → "${expected}"`, () => {
      assert.equal(toDecimalString({ amount, currency }), expected);
    });
  }
});

describe('parseDecimal', () => {
  test('reads major units into minor units', () => {
    assert.deepEqual(parseDecimal('19.99', 'USD'), { amount: 1999, currency: 'USD' });
    assert.deepEqual(parseDecimal('12', 'USD'), { amount: 1200, currency: 'USD' });
    assert.deepEqual(parseDecimal('1.5', 'USD'), { amount: 150, currency: 'USD' });
    assert.deepEqual(parseDecimal('-1.5', 'USD'), { amount: -150, currency: 'USD' });
    assert.deepEqual(parseDecimal('1234', 'JPY'), { amount: 1234, currency: 'JPY' });
    assert.deepEqual(parseDecimal('0.005', 'KWD'), { amount: 5, currency: 'KWD' });
    assert.deepEqual(parseDecimal('1.2', 'KWD'), { amount: 1200, currency: 'KWD' });
    assert.deepEqual(parseDecimal('-1234.567', 'KWD'), { amount: -1234567, currency: 'KWD' });
    assert.deepEqual(parseDecimal(' 19.99 ', 'USD'), { amount: 1999, currency: 'USD' });
  });

  test('refuses more precision than the currency has', () => {
    assert.throws(() => parseDecimal('19.999', 'USD'), RangeError);
    assert.throws(() => parseDecimal('1.5', 'JPY'), RangeError);
    assert.throws(() => parseDecimal('1.0', 'JPY'), RangeError);
    assert.throws(() => parseDecimal('0.0001', 'KWD'), RangeError);
  });

  test('refuses what is not a plain decimal', () => {
    for (const input of ['', ' ', 'abc', '1e3', '1,000', '.5', '5.', '+1', '--1', '1.2.3', '0x10', 'NaN', 'Infinity']) {
      assert.throws(() => parseDecimal(input, 'USD'), RangeError, JSON.stringify(input));
    }
  });

  test('refuses amounts beyond the safe integer range', () => {
    assert.throws(() => parseDecimal('90071992547409.92', 'USD'), RangeError);
  });

  test('round-trips with toDecimalString, negatives and 3-decimal currencies included', () => {
    const amounts = [0, 1, -1, 5, -5, 99, 100, 101, 1999, -1999, 1_000_000, -123_456_789, Number.MAX_SAFE_INTEGER];
    for (const currency of ['USD', 'JPY', 'KWD', 'EUR', 'BHD', 'CLP'] as const) {
      for (const amount of amounts) {
        const value = { amount, currency };
        assert.deepEqual(parseDecimal(toDecimalString(value), currency), value, `${amount} ${currency}`);
      }
    }
  });
});

describe('money arithmetic', () => {
  test('refuses floats and unsafe integers', () => {
    assert.throws(() => money(19.99, 'USD'), RangeError);
    assert.throws(() => money(0.1, 'JPY'), RangeError);
    assert.throws(() => money(Number.NaN, 'USD'), RangeError);
    assert.throws(() => money(Number.POSITIVE_INFINITY, 'USD'), RangeError);
    assert.throws(() => money(2 ** 53, 'USD'), RangeError);
    assert.deepEqual(money(-5, 'KWD'), { amount: -5, currency: 'KWD' });
  });

  test('adds, subtracts, multiplies and sums in one currency', () => {
    assert.deepEqual(addMoney(money(1999, 'USD'), money(1, 'USD')), money(2000, 'USD'));
    assert.deepEqual(subtractMoney(money(500, 'KWD'), money(1500, 'KWD')), money(-1000, 'KWD'));
    assert.deepEqual(multiplyMoney(money(1250, 'USD'), 3), money(3750, 'USD'));
    assert.deepEqual(sumMoney([money(1, 'JPY'), money(2, 'JPY'), money(3, 'JPY')], 'JPY'), money(6, 'JPY'));
    assert.deepEqual(sumMoney([], 'EUR'), money(0, 'EUR'));
  });

  test('refuses fractional quantities and overflow', () => {
    assert.throws(() => multiplyMoney(money(100, 'USD'), 1.5), RangeError);
    assert.throws(() => multiplyMoney(money(Number.MAX_SAFE_INTEGER, 'USD'), 2), RangeError);
  });

  test('throws on currency mismatch', () => {
    assert.throws(() => addMoney(money(1, 'USD'), money(1, 'EUR')), CurrencyMismatchError);
    assert.throws(() => subtractMoney(money(1, 'JPY'), money(1, 'KWD')), CurrencyMismatchError);
    assert.throws(() => sumMoney([money(1, 'USD'), money(1, 'EUR')], 'USD'), CurrencyMismatchError);
    assert.throws(() => sumMoney([money(1, 'EUR')], 'USD'), { name: 'CurrencyMismatchError', message: /USD.*EUR/ });
  });
});

describe('Money schemas', () => {
  test('accept integer minor units in a known currency', () => {
    assert.deepEqual(Money.parse({ amount: -150, currency: 'USD' }), { amount: -150, currency: 'USD' });
    assert.deepEqual(NonNegativeMoney.parse({ amount: 0, currency: 'JPY' }), { amount: 0, currency: 'JPY' });
  });

  test('refuse floats, strings, unknown currencies and negatives where not allowed', () => {
    assert.equal(Money.safeParse({ amount: 19.99, currency: 'USD' }).success, false);
    assert.equal(Money.safeParse({ amount: '1999', currency: 'USD' }).success, false);
    assert.equal(Money.safeParse({ amount: 1999, currency: 'XXX' }).success, false);
    assert.equal(Money.safeParse({ amount: 1999, currency: 'usd' }).success, false);
    assert.equal(Money.safeParse({ amount: 1999 }).success, false);
    assert.equal(NonNegativeMoney.safeParse({ amount: -1, currency: 'USD' }).success, false);
  });
});

describe('formatMoney (Intl) uses the ISO exponent', () => {
  const cases: { value: Money; locale: string; digits: number; number: string }[] = [
    { value: { amount: 1999, currency: 'USD' }, locale: 'en', digits: 2, number: '19.99' },
    { value: { amount: 1234, currency: 'JPY' }, locale: 'en', digits: 0, number: '1234' },
    { value: { amount: 1234567, currency: 'KWD' }, locale: 'en', digits: 3, number: '1234.567' },
    { value: { amount: 1999, currency: 'USD' }, locale: 'ja', digits: 2, number: '19.99' },
    { value: { amount: 1234, currency: 'JPY' }, locale: 'ja', digits: 0, number: '1234' },
    { value: { amount: 1234567, currency: 'KWD' }, locale: 'ja', digits: 3, number: '1234.567' },
    { value: { amount: 1999, currency: 'USD' }, locale: 'ar-KW', digits: 2, number: '19.99' },
    { value: { amount: 1234, currency: 'JPY' }, locale: 'ar-KW', digits: 0, number: '1234' },
    { value: { amount: 1234567, currency: 'KWD' }, locale: 'ar-KW', digits: 3, number: '1234.567' },
    { value: { amount: 5, currency: 'KWD' }, locale: 'ar-KW', digits: 3, number: '0.005' },
  ];
  for (const { value, locale, digits, number } of cases) {
    test(`${value.amount} ${value.currency} in ${locale}`, () => {
      const formatted = formatMoney(value, locale);
      assert.equal(fractionDigits(formatted, locale), digits, formatted);
      assert.equal(asciiNumber(formatted, locale), number, formatted);
    });
  }

  test('exact English output, including the sign', () => {
    assert.equal(formatMoney({ amount: 1999, currency: 'USD' }, 'en'), '$19.99');
    assert.equal(formatMoney({ amount: -1999, currency: 'USD' }, 'en'), '-$19.99');
    assert.equal(formatMoney({ amount: 1234, currency: 'JPY' }, 'en'), '¥1,234');
    // ICU separates the code with a no-break space.
    assert.match(formatMoney({ amount: 1234567, currency: 'KWD' }, 'en-US'), /^KWD\s1,234\.567$/);
  });

  test('keeps the precision of large amounts (formats the decimal string, not a float)', () => {
    assert.equal(formatMoney({ amount: Number.MAX_SAFE_INTEGER, currency: 'USD' }, 'en'), '$90,071,992,547,409.91');
  });

  test('defaults to English and accepts a locale list', () => {
    assert.equal(formatMoney({ amount: 1999, currency: 'USD' }), '$19.99');
    assert.equal(formatMoney({ amount: 1999, currency: 'USD' }, ['xx', 'en']), '$19.99');
  });
});

describe('parseDecimal edge cases', () => {
  test('parses "-0.00" as zero, not negative zero', () => {
    assert.ok(Object.is(parseDecimal('-0.00', 'USD').amount, 0));
  });
});

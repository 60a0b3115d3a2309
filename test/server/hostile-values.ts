/** Hostile values for the hostile-input property: control characters, unpaired surrogates, huge numbers, broken JSON. */
import fc from 'fast-check';

const controlCharacter = fc.oneof(
  fc.integer({ min: 0, max: 0x1f }).map((code) => String.fromCharCode(code)),
  fc.constantFrom('\u007f', '\u0085', '\u00a0', '\u200b', '\u200e', '\u2028', '\u202e', '\ufeff', '\uffff'),
);
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));
const nastyCharacter = fc.oneof(controlCharacter, loneSurrogate, fc.string({ unit: 'binary', maxLength: 1 }));

/** Hostile text up to `longest` characters (URLs stay under Node's 16 KB request-head limit). */
export const hostileTextUpTo = (longest: number): fc.Arbitrary<string> =>
  fc.oneof(
    fc.string({ unit: nastyCharacter, maxLength: 40 }),
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.constantFrom(
      '',
      ' ',
      '.',
      '..',
      '../../etc/passwd',
      '%00',
      "'; drop table orders; --",
      '<script>alert(1)</script>',
      'ord_demoOrder0001\u0000',
      '\u0000',
      '\ud800',
      '\udfff',
      '🏳️‍🌈',
      'NaN',
      '-1',
      '9'.repeat(400),
    ),
    // Very long: past every documented maximum (in bodies, some past the body limit too).
    fc
      .tuple(
        fc.string({ unit: nastyCharacter, minLength: 1, maxLength: 3 }),
        fc.oneof(
          { weight: 3, arbitrary: fc.integer({ min: 100, max: Math.min(longest, 2000) }) },
          fc.integer({ min: 100, max: longest }),
        ),
      )
      .map(([unit, length]) => unit.repeat(length).slice(0, length)),
  );
export const hostileText = hostileTextUpTo(70_000);

/** Ordinary text with U+0000 or an unpaired surrogate inside: what PostgreSQL cannot store. */
export const unstorableText = fc
  .tuple(fc.string({ maxLength: 6 }), fc.oneof(fc.constant('\u0000'), loneSurrogate), fc.string({ maxLength: 6 }))
  .map((parts) => parts.join(''));
export const urlText = hostileTextUpTo(500);

export const hostileNumber = fc.oneof(
  fc.constantFrom(
    0,
    -0,
    -1,
    0.5,
    -0.000001,
    2 ** 31,
    2 ** 31 - 1,
    -(2 ** 31),
    2 ** 53,
    -(2 ** 53),
    Number.MAX_SAFE_INTEGER,
    Number.MAX_VALUE,
    -Number.MAX_VALUE,
    Number.MIN_VALUE,
    1e21,
    9.223372036854776e18,
  ),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

export const hostileJson: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    hostileText,
    hostileNumber,
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(hostileText, tie('value'), { maxKeys: 4 }),
  ),
})).value;

/** Request bodies JSON.stringify cannot write: numbers past float range, deep nesting, broken syntax. */
export const hostileRawJson = fc.oneof(
  fc.integer({ min: 1, max: 20_000 }).map((depth) => `${'['.repeat(depth)}${']'.repeat(depth)}`),
  fc.integer({ min: 1, max: 12_000 }).map((depth) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`),
  fc.constantFrom(
    '{"amount": 1e400}',
    '{"quantity": -1e400, "unit_amount": 1e-400}',
    '[1e999]',
    '{"__proto__": {"admin": true}}',
    '{"constructor": {"prototype": {"x": 1}}}',
    '{"a": 1, "a": "\\u0000"}',
    '"\\ud800"',
    '{"x": "\\udc00\\ud800"}',
    '{',
    '\u0000',
    '\ufeff{}',
    '',
  ),
);

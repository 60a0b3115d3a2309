import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { hasPrefix, ID_PREFIXES, idSchema, newId, OrderId, type IdPrefix } from '@txassist/contract';

const PREFIXES = Object.values(ID_PREFIXES) as IdPrefix[];

describe('id prefixes', () => {
  test('are unique lowercase words', () => {
    assert.equal(new Set(PREFIXES).size, PREFIXES.length);
    for (const prefix of PREFIXES) assert.match(prefix, /^[a-z]{2,4}$/);
  });

  test('no prefix is another prefix followed by "_"', () => {
    // `pi_…` must never be read as a `pay_…` or the other way round.
    for (const a of PREFIXES) for (const b of PREFIXES) if (a !== b) assert.ok(!`${a}_`.startsWith(`${b}_`));
  });
});

describe('newId', () => {
  test('has the prefix, an underscore and 20 alphanumerics by default', () => {
    for (const prefix of PREFIXES) assert.match(newId(prefix), new RegExp(`^${prefix}_[A-Za-z0-9]{20}$`));
  });

  test('honours the length', () => {
    assert.match(newId('ord', 32), /^ord_[A-Za-z0-9]{32}$/);
    assert.match(newId('evt', 8), /^evt_[A-Za-z0-9]{8}$/);
  });

  test('is unique over many draws and uses the whole alphabet', () => {
    const ids = Array.from({ length: 10_000 }, () => newId('ord'));
    assert.equal(new Set(ids).size, ids.length);
    const characters = new Set(ids.join('').replaceAll('ord_', ''));
    assert.ok(characters.size >= 60, `only ${characters.size} distinct characters`);
  });

  test('passes its own schema and no other', () => {
    for (const prefix of PREFIXES) {
      const id = newId(prefix);
      for (const other of PREFIXES) {
        assert.equal(idSchema(other).safeParse(id).success, other === prefix, `${id} vs ${other}`);
        assert.equal(hasPrefix(id, other), other === prefix, `hasPrefix(${id}, ${other})`);
      }
    }
  });
});

describe('id schemas', () => {
  test('accept a well-formed id', () => {
    assert.equal(OrderId.parse('ord_4f9aQ2xT7kLm3Np8Rs1V'), 'ord_4f9aQ2xT7kLm3Np8Rs1V');
    assert.equal(OrderId.safeParse(`ord_${'a'.repeat(8)}`).success, true);
    assert.equal(OrderId.safeParse(`ord_${'a'.repeat(64)}`).success, true);
  });

  test('refuse wrong prefixes, shapes and lengths', () => {
    const bad = [
      'byr_4f9aQ2xT7kLm3Np8Rs1V',
      'ORD_4f9aQ2xT7kLm3Np8Rs1V',
      'ord-4f9aQ2xT7kLm3Np8Rs1V',
      'ord4f9aQ2xT7kLm3Np8Rs1V',
      'ord_',
      `ord_${'a'.repeat(7)}`,
      `ord_${'a'.repeat(65)}`,
      'ord_4f9aQ2xT/kLm3Np8Rs1V',
      'ord_4f9aQ2xT kLm3Np8Rs1V',
      ' ord_4f9aQ2xT7kLm3Np8Rs1V',
      'ord_4f9aQ2xT7kLm3Np8Rs1V\n',
      'xord_4f9aQ2xT7kLm3Np8Rs1V',
      '',
    ];
    for (const value of bad) {
      assert.equal(OrderId.safeParse(value).success, false, JSON.stringify(value));
      assert.equal(hasPrefix(value, 'ord'), false, JSON.stringify(value));
    }
    assert.equal(OrderId.safeParse(42).success, false);
    assert.equal(OrderId.safeParse(null).success, false);
  });

  test('give a message that names the prefix', () => {
    const result = OrderId.safeParse('byr_4f9aQ2xT7kLm3Np8Rs1V');
    assert.equal(result.success, false);
    assert.match(result.error?.issues[0]?.message ?? '', /"ord_"/);
  });
});

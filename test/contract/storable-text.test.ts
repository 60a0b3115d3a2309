import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as z from 'zod/mini';
import { checkRequestPart, isStorableText, toStorableText, unstorableTextErrors } from '@txassist/contract';

describe('storable text', () => {
  it('refuses U+0000 and unpaired surrogates, keeps every other character', () => {
    for (const text of ['\u0000', 'a\u0000', '\ud800', 'x\udc00', '\udc00\ud800', '\ud83d']) {
      assert.equal(isStorableText(text), false, JSON.stringify(text));
    }
    for (const text of ['', 'plain', '\u0001\u001f\u007f', '\ufeff\uffff', '🏳️‍🌈', '\ud83d\ude00', 'é']) {
      assert.equal(isStorableText(text), true, JSON.stringify(text));
    }
    assert.equal(toStorableText('a\u0000b\ud800c\ud83d\ude00'), 'a\ufffdb\ufffdc\ud83d\ude00');
  });

  it('names every unstorable string and key by its path, keys shown storably, at most 20', () => {
    const errors = unstorableTextErrors({
      buyer: { external_id: 'x\u0000', name: 'fine' },
      line_items: [{ title: 'ok' }, { title: '\udc00' }],
      'bad\u0000key': 'anything',
    });
    assert.deepEqual(
      errors.map((error) => [error.path, error.code]),
      [
        ['buyer.external_id', 'unstorable_text'],
        ['line_items.1.title', 'unstorable_text'],
        ['bad\ufffdkey', 'unstorable_text'],
      ],
    );
    assert.equal(unstorableTextErrors('\u0000')[0]!.path, '(body)');
    assert.equal(unstorableTextErrors(Array.from({ length: 500 }, () => '\u0000')).length, 20);
  });

  it('walks any depth without recursion', () => {
    let deep: unknown = '\u0000';
    for (let level = 0; level < 200_000; level++) deep = [deep];
    assert.equal(unstorableTextErrors(deep).length, 1);
  });

  it('checks the text rule before the schema, then the schema', () => {
    const schema = z.object({ name: z.string().check(z.maxLength(3)) });
    assert.deepEqual(checkRequestPart(schema, { name: 'ab' }), { success: true, data: { name: 'ab' } });
    const unstorable = checkRequestPart(schema, { name: 'toolong\u0000' });
    assert.equal(unstorable.success, false);
    assert.deepEqual(!unstorable.success && unstorable.errors.map((error) => error.code), ['unstorable_text']);
    const invalid = checkRequestPart(schema, { name: 'toolong' });
    assert.deepEqual(!invalid.success && invalid.errors.map((error) => error.path), ['name']);
  });
});

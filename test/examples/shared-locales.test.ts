/**
 * The list of locales the example apps share (examples/shared/locales.js: the agent console's picker,
 * the creator page's form) is the storefront's (its twin, `LOCALES` in page-text.js), names every
 * locale the elements have words for, and writes right to left exactly the ones the SDK does.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { AVAILABLE_LOCALES, matchLocale } from '@txassist/sdk/i18n';
import { directionOf, LOCALES } from '../../examples/shared/locales.js';
import { ROOT } from '../i18n/locale-texts.js';

describe('the example apps’ shared list of locales', () => {
  it('is the storefront’s list, in its order, and every locale the elements support', async () => {
    const storefront = (await import(pathToFileURL(join(ROOT, 'examples/storefront/public/page-text.js')).href)) as {
      LOCALES: unknown;
    };
    assert.deepEqual(LOCALES, storefront.LOCALES);
    assert.deepEqual(LOCALES.map(([tag]) => tag).sort(), [...AVAILABLE_LOCALES].sort());
  });

  it('writes right to left exactly the locales the SDK does', () => {
    for (const [tag] of LOCALES) assert.equal(directionOf(tag), matchLocale([tag]).dir, tag);
  });
});

// `@txassist/sdk/server` holds the seller's secret-key calls: it must never end up in a browser bundle.
// package.json exports it under the `node` condition only, so a bundler resolving for browsers fails loudly.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { rollup } from 'rollup';
// @ts-expect-error: the rollup config is plain JavaScript without types
import { CDN_DIR, onwarn, resolvePlugins } from '../../rollup.config.mjs';

const root = join(import.meta.dirname, '../..');

/** Bundles one in-memory module the way the CDN bundle is built (browser conditions). */
async function bundleForBrowser(source: string) {
  const entry = '\0entry.js';
  const bundle = await rollup({
    input: entry,
    onwarn,
    plugins: [
      {
        name: 'entry',
        resolveId: (id: string) => (id === entry ? id : null),
        load: (id: string) => (id === entry ? source : null),
      },
      ...resolvePlugins(),
    ],
  });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  return output.map((chunk) => ('code' in chunk ? chunk.code : '')).join('\n');
}

describe('the server SDK stays out of browser bundles', { timeout: 120_000 }, () => {
  test('a browser build that imports @txassist/sdk/server fails', async () => {
    await assert.rejects(
      bundleForBrowser("import { createServerClient } from '@txassist/sdk/server'; console.log(createServerClient);"),
      /UNRESOLVED_IMPORT|Could not resolve|not exported|@txassist\/sdk\/server/,
    );
  });

  test('the browser SDK still bundles (the check above is not a broken resolver)', async () => {
    const code = await bundleForBrowser("import { createClient } from '@txassist/sdk'; console.log(createClient);");
    assert.match(code, /TxAssist-Version/);
    assert.doesNotMatch(code, /createServerClient|Tx-Signature/);
  });

  test('no file of the CDN build holds server SDK code', () => {
    const dir = join(root, CDN_DIR);
    assert.ok(existsSync(dir), 'build the CDN bundle first (npm run bundle)');
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.js'));
    assert.ok(files.length > 0);
    for (const file of files) {
      const code = readFileSync(join(dir, file), 'utf8');
      assert.doesNotMatch(code, /createServerClient|Tx-Signature|signature_mismatch/, file);
    }
  });
});

// The copy-paste CDN snippet (docs/cdn.md) in headless Chromium with integrity checks on: the pinned
// all-in-one and its chunks load when every byte matches the manifest, and a tampered entry, static chunk or
// lazy (locale) chunk is refused by the browser.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';
// @ts-expect-error: plain JavaScript without types
import { CDN_DIR_ABSOLUTE, INTEGRITY_FILE, snippetFor, staticImports } from '../../scripts/cdn-integrity.mjs';

interface Manifest {
  version: string;
  files: Record<string, string>;
}

const manifestFile = join(CDN_DIR_ABSOLUTE, INTEGRITY_FILE);
let manifest: Manifest;
let server: Server;
let origin: string;
let browser: Browser;

/** Serves cdn/ under `/<mode>/npm/@txassist/elements@<version>/cdn/`; `tamper` names files served altered. */
function startCdn(): Promise<void> {
  server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://cdn.invalid');
    const [, mode, ...rest] = url.pathname.split('/');
    if (rest.at(-1) === 'page.html') {
      const base = `${origin}/${mode}/npm/@txassist/elements@${manifest.version}/cdn/`;
      const page = `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>CDN snippet</title>
${snippetFor(manifest, base)}</head><body><tx-order-tracker order-id="ord_cdnsnippet01"></tx-order-tracker></body></html>`;
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(page);
      return;
    }
    const prefix = `npm/@txassist/elements@${manifest.version}/cdn/`;
    const path = rest.join('/');
    if (!path.startsWith(prefix)) return void response.writeHead(404).end();
    const file = path.slice(prefix.length);
    if (!(file in manifest.files)) return void response.writeHead(404).end();
    let body = readFileSync(join(CDN_DIR_ABSOLUTE, file), 'utf8');
    const tampered =
      (mode === 'entry' && file === 'txassist.js') ||
      (mode === 'static' && staticImports(CDN_DIR_ABSOLUTE, 'txassist.js').includes(file)) ||
      (mode === 'lazy' && /^chunks\/i18n\/[a-z]+\/de\.js$/.test(file));
    if (tampered) body += '\n;globalThis.tampered = true;';
    response
      .writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Access-Control-Allow-Origin': '*' })
      .end(body);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      resolve();
    }),
  );
}

/** Opens the snippet page served in `mode`; what loaded, what the console said, whether the element works. */
async function open(mode: 'genuine' | 'entry' | 'static' | 'lazy') {
  const page = await browser.newPage();
  const messages: string[] = [];
  const loaded: string[] = [];
  page.on('console', (message) => messages.push(message.text()));
  page.on('pageerror', (error) => messages.push(error.message));
  page.on('requestfinished', (request) => loaded.push(new URL(request.url()).pathname.split('/cdn/')[1] ?? ''));
  await page.goto(`${origin}/${mode}/page.html`);
  // Defined and rendered (the German words come from a lazy locale chunk), or given up on.
  await page
    .waitForFunction(
      () => {
        const tracker = document.querySelector('tx-order-tracker');
        return (customElements.get('tx-order-tracker') && tracker?.shadowRoot?.textContent?.trim()) || undefined;
      },
      undefined,
      { timeout: 15_000 },
    )
    .catch(() => undefined);
  await page.waitForLoadState('networkidle');
  const state = await page.evaluate(() => ({
    defined: customElements.get('tx-order-tracker') !== undefined,
    tampered: (globalThis as { tampered?: boolean }).tampered === true,
  }));
  await page.close();
  const refused = messages.filter((text) => /integrity|digest/i.test(text));
  return { ...state, messages, refused, loaded };
}

describe('CDN snippet with integrity (Chromium)', { timeout: 120_000 }, () => {
  before(async () => {
    assert.ok(existsSync(manifestFile), `${manifestFile} is missing: run \`npm run bundle\` first`);
    manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest;
    await startCdn();
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
  });
  after(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  it('the manifest lists every emitted file, entries and chunks, with sha384', () => {
    for (const entry of ['txassist.js', 'order-tracker.js', 'provider.js']) assert.ok(manifest.files[entry], entry);
    assert.ok(Object.keys(manifest.files).some((file) => /^chunks\/i18n\/[a-z]+\/de\.js$/.test(file)));
    for (const hash of Object.values(manifest.files)) assert.match(hash, /^sha384-[A-Za-z0-9+/]{64}$/);
  });

  it('loads the pinned all-in-one, its static chunk and a lazy locale chunk when every file matches', async () => {
    const result = await open('genuine');
    assert.deepEqual(result.refused, [], result.messages.join('\n'));
    assert.equal(result.defined, true);
    assert.ok(result.loaded.includes('txassist.js'));
    for (const file of staticImports(CDN_DIR_ABSOLUTE, 'txassist.js')) assert.ok(result.loaded.includes(file), file);
    assert.ok(
      result.loaded.some((file) => /^chunks\/i18n\/[a-z]+\/de\.js$/.test(file)),
      `a German chunk was loaded lazily: ${result.loaded.join(', ')}`,
    );
  });

  for (const mode of ['entry', 'static', 'lazy'] as const) {
    it(`refuses a tampered ${mode === 'entry' ? 'entry file' : `${mode} chunk`}`, async () => {
      const result = await open(mode);
      assert.equal(result.tampered, false, 'the altered code never ran');
      assert.ok(result.refused.length > 0, `Chromium reported an integrity failure:\n${result.messages.join('\n')}`);
      if (mode !== 'lazy') assert.equal(result.defined, false);
    });
  }
});

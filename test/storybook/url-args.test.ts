// Step `storybook`, after the static build: a story opened with `&args=theme:dark` in its URL renders the element
// dark (Storybook parses the URL, the preview's decorator sets the property), in the built site in Chromium.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';

const SITE = join(import.meta.dirname, '../../storybook-static');
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
};
const STORY = 'elements-tx-order-tracker--in-transit';
let server: Server | undefined;
let browser: Browser | undefined;
let origin = '';

/** The `data-theme` the story's tracker renders, and its `theme` property, once the story has rendered. */
async function themeOf(query: string): Promise<{ property: unknown; rendered: string | null }> {
  const page = await browser!.newPage();
  try {
    await page.goto(`${origin}/iframe.html?id=${STORY}&viewMode=story${query}`);
    const base = page.locator('tx-order-tracker [part="base"]').first();
    await base.waitFor();
    await page.locator('tx-order-tracker [part="status-message"]').first().waitFor({ state: 'attached' });
    return await page.evaluate(async () => {
      const tracker = document.querySelector('tx-order-tracker') as HTMLElement & {
        theme?: unknown;
        updateComplete: Promise<unknown>;
      };
      await tracker.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 0)); // the decorator applies args in a microtask
      await tracker.updateComplete;
      return {
        property: tracker.theme,
        rendered: tracker.shadowRoot!.querySelector('[part="base"]')!.getAttribute('data-theme'),
      };
    });
  } finally {
    await page.close();
  }
}

describe('Storybook URL args (built site, Chromium)', { timeout: 120_000 }, () => {
  before(async () => {
    assert.ok(existsSync(join(SITE, 'iframe.html')), `${SITE} is missing: run \`npm run build-storybook\` first`);
    server = createServer((request, response) => {
      const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(
        /^(\.\.[/\\])+/,
        '',
      );
      const file = join(SITE, path.endsWith('/') ? `${path}index.html` : path);
      if (!file.startsWith(SITE) || !existsSync(file)) return void response.writeHead(404).end();
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      response.end(readFileSync(file));
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
  });
  after(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  it('the story without URL args renders in the automatic theme', async () => {
    const { rendered } = await themeOf('');
    assert.equal(rendered, 'auto');
  });

  it('&args=theme:dark sets the element property and renders it dark', async () => {
    const { property, rendered } = await themeOf('&args=theme:dark');
    assert.equal(property, 'dark');
    assert.equal(rendered, 'dark');
  });
});

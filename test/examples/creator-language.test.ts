/**
 * The creator's pages in every locale, on the real reference server and the creator's back end, in
 * headless Chromium at 320 px with the keyboard alone: `?lang=<tag>` picks the language (a creator
 * links to the page in it), else the browser's, else English; the page's words, `lang` and `dir`, and
 * the txassist elements on it follow. Every locale's pages are served whole (no `%t:` place left), a
 * mistyped `lang` is passed over, the small language form works without a script, and axe finds
 * nothing in Japanese and Arabic.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { DEMO_FIXTURES, DEMO_KEYS } from '@txassist/server';
import type { Browser, Page } from 'playwright-core';
import { startCreatorVideo } from '../../examples/creator-video/server.js';
import { wordsOf } from '../../examples/creator-video/page-language.js';
import { directionOf, LOCALES } from '../../examples/shared/locales.js';
import * as pages from '../browser-support/example-pages.js';
import { ROOT } from '../i18n/locale-texts.js';
import { startTestServer, type TestServer } from '../support/server.js';

let api: TestServer;
let creator: { url: string; close(): Promise<void> };
let browser: Browser;

/** The checkout helper's own heading in `tag`, from the elements' catalog. */
async function checkoutHeading(tag: string): Promise<string> {
  const file = join(ROOT, 'packages/elements/src/i18n/catalogs/checkout', `${tag}.ts`);
  const module = (await import(pathToFileURL(file).href)) as Record<string, Record<string, string>>;
  return (tag === 'en' ? module['checkoutMessages'] : module['default'])!['checkout.heading']!;
}

async function open(path: string, locale = 'en-US'): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ viewport: { width: 320, height: 640 }, locale });
  const problems = pages.watchConsole(page);
  await page.goto(`${creator.url}${path}`);
  return { page, problems };
}

const language = (page: Page) =>
  page.evaluate(() => [document.documentElement.lang, document.documentElement.dir, document.title]);

/**
 * Waits until the checkout helper's heading reads `expected` (it shows English until its catalog for the
 * page's language has loaded), and fails naming what it read instead.
 */
async function expectCheckoutHeading(page: Page, expected: string): Promise<void> {
  const heading = page.locator('tx-checkout-helper #checkout-heading');
  await heading.waitFor();
  await page
    .waitForFunction(
      (wanted) =>
        document
          .querySelector('tx-checkout-helper')
          ?.shadowRoot?.querySelector('#checkout-heading')
          ?.textContent?.trim() === wanted,
      expected,
      { timeout: 10_000 },
    )
    .catch(() => undefined);
  assert.equal(await heading.innerText(), expected);
}

describe('creator pages in every language (Chromium, 320 px, keyboard only)', () => {
  before(async () => {
    pages.assertCdnBundle();
    const port = await pages.freePort();
    api = await startTestServer({ config: { allowedOrigins: [`http://127.0.0.1:${port}`] } });
    creator = await startCreatorVideo({
      apiBase: api.url,
      port,
      secretKey: DEMO_KEYS.secretKey,
      publishableKey: DEMO_KEYS.publishableKey,
      buyerId: DEMO_FIXTURES.buyers[0].id,
    });
    browser = await pages.launchChromium();
  });

  after(async () => {
    await browser?.close();
    await creator?.close();
    await api?.close();
  });

  it('serves each page whole in every locale: its words, lang and dir, the language form on it', async () => {
    const problems: string[] = [];
    for (const [tag] of LOCALES) {
      const words = await wordsOf(tag);
      for (const [path, heading] of [
        ['/', 'index.heading'],
        ['/buy.html', 'buy.heading'],
        ['/track.html', 'track.heading'],
      ] as const) {
        const answer = await fetch(`${creator.url}${path}?lang=${tag}`);
        const html = await answer.text();
        if (!html.includes(`<html lang="${tag}" dir="${directionOf(tag)}">`)) problems.push(`${tag} ${path}: lang/dir`);
        if (!html.includes(`<h1>${words[heading]!.replaceAll("'", '&#39;')}</h1>`)) problems.push(`${tag} ${path}: h1`);
        if (/%t:|%LANG/.test(html)) problems.push(`${tag} ${path}: a place left unfilled`);
        if (answer.headers.get('content-language') !== tag) problems.push(`${tag} ${path}: Content-Language`);
        if (path !== '/track.html' && !html.includes(`<option value="${tag}" lang="${tag}" selected>`))
          problems.push(`${tag} ${path}: the form does not show the page's language`);
        if (path === '/buy.html' && !html.includes(`order-url="/track.html?lang=${tag}"`))
          problems.push(`${tag} ${path}: the order link does not keep the language`);
      }
    }
    assert.deepEqual(problems, []);
  });

  it('buy.html?lang=ja: the page and the one-tag checkout in Japanese (a browser in English)', async () => {
    const words = await wordsOf('ja');
    const { page, problems } = await open('/buy.html?lang=ja');
    assert.deepEqual(await language(page), ['ja', 'ltr', words['buy.title']]);
    assert.equal(await page.locator('h1').innerText(), words['buy.heading']);
    assert.equal(await page.locator('main > p').innerText(), words['buy.intro']);
    await expectCheckoutHeading(page, await checkoutHeading('ja'));
    assert.equal(await page.locator('label[for="lang"]').innerText(), words['language']);
    await pages.expectNoAxeViolations(page, 'on buy.html in Japanese');
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('the video page at ?lang=ar: right to left, its words, the checkout dialog in Arabic by keyboard', async () => {
    const words = await wordsOf('ar');
    const { page, problems } = await open('/?lang=ar');
    assert.deepEqual(await language(page), ['ar', 'rtl', words['index.title']]);
    assert.equal(await page.locator('h1').innerText(), words['index.heading']);
    assert.equal(await page.locator('.player').getAttribute('aria-label'), words['index.video']);
    await pages.expectNoAxeViolations(page, 'on the video page in Arabic');

    await pages.tabTo(page, 'the Buy button', (seen) => seen.id === 'buy', 20);
    assert.equal((await pages.focused(page)).text, words['index.buy']);
    await page.keyboard.press('Enter');
    await expectCheckoutHeading(page, await checkoutHeading('ar'));
    assert.equal(await page.locator('tx-checkout-helper').getAttribute('dir'), 'rtl');
    assert.equal(await page.locator('#close').innerText(), words['close']);
    await pages.expectNoAxeViolations(page, 'on the checkout dialog in Arabic');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.activeElement?.id === 'buy');
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('without ?lang the browser’s language (best match), a mistyped one passed over, else English', async () => {
    const german = await wordsOf('de');
    const { page } = await open('/track.html', 'de-AT');
    assert.equal(await page.locator('h1').innerText(), german['track.heading']);
    assert.deepEqual((await language(page)).slice(0, 2), ['de', 'ltr']);
    await page.goto(`${creator.url}/track.html?lang=xx-nonsense`);
    assert.deepEqual((await language(page)).slice(0, 2), ['de', 'ltr'], 'an unknown lang reads as the browser’s');
    await page.goto(`${creator.url}/track.html?lang=ja-JP`);
    assert.deepEqual((await language(page)).slice(0, 2), ['ja', 'ltr'], 'ja-JP reads as ja');
    await page.close();

    const { page: english } = await open('/track.html', 'sw-KE');
    assert.deepEqual((await language(english)).slice(0, 2), ['en', 'ltr'], 'a language we do not have: English');
    assert.equal(await english.locator('h1').innerText(), (await wordsOf('en'))['track.heading']);
    await english.close();
  });

  it('the language form by keyboard: choose Deutsch and show the page; track.html?lang= keeps the language in its link', async () => {
    const [english, german] = [await wordsOf('en'), await wordsOf('de')];
    const { page, problems } = await open('/buy.html');
    await pages.tabTo(page, 'the language list', (seen) => seen.id === 'lang', 60);
    await page.keyboard.type('Deutsch');
    await pages.tabTo(page, 'the show button', (seen) => seen.text === english['language.show'], 5);
    await Promise.all([page.waitForURL(/\?lang=de$/), page.keyboard.press('Enter')]);
    assert.equal(await page.locator('h1').innerText(), german['buy.heading']);
    assert.equal(await page.locator('#lang').inputValue(), 'de');

    await page.goto(`${creator.url}/track.html?lang=ja`);
    assert.equal(await page.locator('main a').getAttribute('href'), '/buy.html?lang=ja');
    await pages.expectNoAxeViolations(page, 'on track.html in Japanese');
    assert.deepEqual(problems, []);
    await page.close();
  });
});

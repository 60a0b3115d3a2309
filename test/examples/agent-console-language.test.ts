/**
 * The example agent console in every language, in headless Chromium at 320 px with the keyboard alone,
 * on the real reference server (demo data) and the console's own back end. The header's picker offers
 * every supported locale; choosing one words the page in place (focus stays on the picker), sets `lang`
 * and `dir`, and is remembered across a reload; signed in, an amount and a date read as that locale
 * formats them and the order tracker follows; back in English the open case is redrawn in place.
 *
 * The locale tried is read from the files on disk: a right-to-left one when there is one (Arabic
 * first), else any other, else English — the translations arrive in their own commits.
 */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { AVAILABLE_LOCALES } from '@txassist/sdk/i18n';
import type { Browser, Page } from 'playwright-core';
import { demoAgent, startAgentConsole, type RunningAgentConsole } from '../../examples/agent-console/server.js';
import { directionOf } from '../../examples/shared/locales.js';
import * as pages from '../browser-support/example-pages.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { consoleSessionCookie } from './console-session.js';

type Words = Record<string, string | Record<string, string>>;
const TEXT_DIR = fileURLToPath(new URL('../../examples/agent-console/public/text/', import.meta.url));
const PRESENT = readdirSync(TEXT_DIR)
  .map((name) => /^(.+)\.js$/.exec(name)?.[1])
  .filter((tag): tag is string => tag !== undefined);
const TRIED =
  ['ar', ...PRESENT].find((tag) => PRESENT.includes(tag) && directionOf(tag) === 'rtl') ??
  PRESENT.find((tag) => tag !== 'en') ??
  'en';

/** A locale's words as the page reads them: English, then its parent's, then its own. */
async function wordsOf(tag: string): Promise<Record<string, string>> {
  const load = async (name: string) =>
    (await import(pathToFileURL(`${TEXT_DIR}${name}.js`).href)) as { default: Words; parent?: string };
  const own = await load(tag);
  const parent = own.parent && own.parent !== 'en' ? (await load(own.parent)).default : {};
  return { ...(await load('en')).default, ...parent, ...own.default } as Record<string, string>;
}

let api: TestServer;
let agentConsole: RunningAgentConsole;
let browser: Browser;
let page: Page;
let problems: string[];

const text = (selector: string) => page.locator(selector).innerText();
const tabTo = (description: string, matches: (seen: pages.Focused) => boolean) =>
  pages.tabTo(page, description, matches, 400);

async function expectNoAxeViolations(step: string): Promise<void> {
  await pages.expectNoAxeViolations(page, step);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 320, `nothing scrolls sideways at 320 px ${step} (page is ${width} px wide)`);
}

/**
 * Chooses `tag` with the keyboard: Tab to the picker, open its list (Alt+↓), arrow to the language and
 * press Enter (typing the name works for Latin letters only); waits until `selector` reads `heading`.
 */
async function chooseLanguage(tag: string, heading: string, selector: string): Promise<void> {
  await tabTo('the language picker', (seen) => seen.id === 'language');
  const [from, to] = await page
    .locator('#language')
    .evaluate(
      (picker: HTMLSelectElement, wanted) => [
        picker.selectedIndex,
        [...picker.options].findIndex((option) => option.value === wanted),
      ],
      tag,
    );
  await page.keyboard.press('Alt+ArrowDown');
  for (let step = 0; step < Math.abs(to! - from!); step++)
    await page.keyboard.press(to! > from! ? 'ArrowDown' : 'ArrowUp');
  await page.keyboard.press('Enter');
  await page.waitForFunction(
    ([wanted, where]) => document.querySelector(where!)?.textContent === wanted,
    [heading, selector],
  );
}

describe(`example agent console in another language (${TRIED}; Chromium, 320 px, keyboard only)`, () => {
  before(async () => {
    pages.assertCdnBundle();
    api = await startTestServer();
    agentConsole = await startAgentConsole({ apiBase: api.url, port: 0 });
    browser = await pages.launchChromium();
    page = await browser.newPage({ viewport: { width: 320, height: 720 }, locale: 'en-US' });
    problems = pages.watchConsole(page);
  });

  after(async () => {
    await browser?.close();
    await agentConsole?.close();
    await api?.close();
  });

  it('offers every locale in its own language; choosing one words the page in place, focus on the picker', async () => {
    const [english, tried] = [await wordsOf('en'), await wordsOf(TRIED)];
    await page.goto(agentConsole.url);
    await page.locator('#password-form').waitFor();
    assert.equal(await text('#sign-in-heading'), english['signIn.heading']);
    const offered = await page
      .locator('#language option')
      .evaluateAll((options) => (options as HTMLOptionElement[]).map((option) => [option.value, option.lang] as const));
    assert.deepEqual(offered.map(([tag]) => tag).sort(), [...AVAILABLE_LOCALES].sort(), 'every supported locale');
    assert.ok(
      offered.every(([tag, lang]) => tag === lang),
      'each name is marked as its own language',
    );
    assert.equal(await page.locator('label[for="language"]').innerText(), english['language']);

    await chooseLanguage(TRIED, tried['signIn.heading']!, '#sign-in-heading');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'language', 'focus stays on the picker');
    assert.equal(await page.locator('#language').inputValue(), TRIED);
    assert.deepEqual(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]), [
      TRIED,
      directionOf(TRIED),
    ]);
    assert.equal(await page.title(), tried['page.title']);
    assert.equal(await page.locator('label[for="language"]').innerText(), tried['language']);
    assert.equal(await page.locator('#password-form button[type="submit"]').innerText(), tried['signIn.continue']);
    await expectNoAxeViolations(`on the sign-in screen in ${TRIED}`);
  });

  it('remembers the choice across a reload; signed in, amounts, dates and the tracker follow it', async () => {
    const [english, tried] = [await wordsOf('en'), await wordsOf(TRIED)];
    const agent = await demoAgent();
    const [name, value] = (await consoleSessionCookie(agentConsole.url, agent)).split('=') as [string, string];
    await page.context().addCookies([{ name, value, url: agentConsole.url }]);
    await page.reload();
    await page.locator('#queue li button').first().waitFor();
    assert.equal(await page.locator('#language').inputValue(), TRIED, 'the picker shows the remembered choice');
    assert.equal(await text('#queue-heading'), tried['queue.heading']);
    assert.equal(await page.evaluate(() => document.documentElement.dir), directionOf(TRIED));

    // Every amount in the queue as this locale writes it (Intl in the same browser, from the API's data).
    const queue = (await page.evaluate(() => fetch('/api/queue').then((answer) => answer.json()))) as {
      data: { dispute_id: string; order_number: string; amount: { amount: number; currency: string } }[];
    };
    assert.ok(queue.data.length > 0, 'the demo data has an escalated case');
    const amountIn = (locale: string, money: { amount: number; currency: string }) =>
      page.evaluate(
        ([tag, { amount, currency }]) => {
          const format = new Intl.NumberFormat(tag as string, { style: 'currency', currency });
          return format.format(amount / 10 ** (format.resolvedOptions().maximumFractionDigits ?? 2));
        },
        [locale, money] as const,
      );
    const shownQueue = await text('#queue');
    for (const entry of queue.data) assert.ok(shownQueue.includes(await amountIn(TRIED, entry.amount)), shownQueue);

    // Open one case by keyboard: its amount, a message's date and the tracker are in the locale.
    const entry = queue.data[0]!;
    await tabTo(`the case ${entry.order_number}`, (seen) => seen.text.startsWith(entry.order_number));
    await page.keyboard.press('Enter');
    await page.locator('#case-heading:focus').waitFor();
    assert.equal(await text('#case-heading'), tried['case.heading']!.replace('{number}', entry.order_number));
    assert.ok((await text('#case-facts')).includes(await amountIn(TRIED, entry.amount)));
    const file = (await page.evaluate(
      (id) => fetch(`/api/cases/${id}`).then((answer) => answer.json()),
      entry.dispute_id,
    )) as { dispute: { messages: { created_at: string }[] } };
    const sent = file.dispute.messages[0]!.created_at;
    const dateIn = (locale: string) =>
      page.evaluate(
        ([tag, iso]) =>
          new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso!)),
        [locale, sent],
      );
    assert.ok((await text('#case-thread')).includes(await dateIn(TRIED)), 'the message date in the locale');
    await page.waitForFunction(
      (dir) => document.querySelector('#case-order')?.getAttribute('dir') === dir,
      directionOf(TRIED),
    );
    assert.equal(
      await page.locator('#case-order').evaluate((tracker) => (tracker as HTMLElement & { locale: string }).locale),
      TRIED,
    );
    await expectNoAxeViolations(`on the open case in ${TRIED}`);

    // Back to English from the keyboard: the open case is redrawn in place, nothing fetched again.
    await chooseLanguage('en', english['case.heading']!.replace('{number}', entry.order_number), '#case-heading');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'language', 'focus stays on the picker');
    assert.ok((await text('#case-facts')).includes(await amountIn('en', entry.amount)));
    assert.ok((await text('#case-thread')).includes(await dateIn('en')));
    assert.deepEqual(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]), [
      'en',
      'ltr',
    ]);
    await page.waitForFunction(() => document.querySelector('#case-order')?.getAttribute('dir') === 'ltr');
    await expectNoAxeViolations('on the open case back in English');
    assert.deepEqual(problems, [], 'the browser console stayed clean');
  });
});

/**
 * ARIA snapshots as reviewed expectation files: `tx-aria-snapshot` takes Playwright's
 * `locator.ariaSnapshot()` (roles, names, states and text as assistive technology gets them, shadow
 * roots included) of an element on the test page and compares it with
 * test/aria-snapshots/<name>.yml. With `TX_UPDATE_SNAPSHOTS=1` the file is (re)written instead, so
 * a structural change shows up in review as a diff of that file.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Dates and relative times are masked: some stories date their data from the clock (a reply due in
 * three days), and a snapshot is about structure and words, not the day it was taken.
 */
const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?';
const MASKS = [
  [
    new RegExp(
      `(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*, )?${MONTH} \\d{1,2}(?:, \\d{4})?(?:,? (?:at )?\\d{1,2}:\\d{2}(?: [AP]M)?)?`,
      'g',
    ),
    '<date>',
  ],
  [
    /\b(?:\d+|an?) (?:second|minute|hour|day|week|month|year)s? ago\b|\b(?:yesterday|today|tomorrow)\b|\blast (?:week|month|year)\b/gi,
    '<relative time>',
  ],
  [/\bin \d+ (?:second|minute|hour|day|week|month|year)s?\b/g, 'in <relative time>'],
];
export const maskSnapshot = (text) => MASKS.reduce((masked, [pattern, mask]) => masked.replace(pattern, mask), text);

const folder = fileURLToPath(new URL('../../aria-snapshots/', import.meta.url));
const NAME = /^[a-z0-9-]+$/;

/** `{ selector, name }` on the page of `session` → `{ actual, expected, updated }` (`expected: null` if no file yet). */
export async function ariaSnapshot(session, { selector, name }) {
  if (typeof name !== 'string' || !NAME.test(name)) throw new Error(`Snapshot name must match ${NAME}: ${name}`);
  if (typeof session?.browser?.getPage !== 'function') throw new Error('ARIA snapshots need the Playwright launcher');
  const page = session.browser.getPage(session.id);
  const actual = `${maskSnapshot(await page.locator(selector).first().ariaSnapshot({ timeout: 30_000 }))}\n`;
  const file = `${folder}${name}.yml`;
  if (process.env.TX_UPDATE_SNAPSHOTS === '1') {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, actual);
    return { actual, expected: actual, updated: true };
  }
  const expected = await readFile(file, 'utf8').catch((error) =>
    error.code === 'ENOENT' ? null : Promise.reject(error),
  );
  return { actual, expected, updated: false };
}

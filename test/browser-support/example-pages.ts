/**
 * What the example-page tests (test/examples/*, Node's test runner driving headless Chromium through
 * playwright-core) share: the CDN bundle they load, a free port for a page's origin, the browser,
 * the console watch, the focused element through shadow roots, Tab until something is focused, and
 * axe-core on the whole page. Each test keeps its own assertions; these only find and report.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';

export const CDN_BUNDLE = fileURLToPath(new URL('../../packages/elements/cdn/txassist.js', import.meta.url));
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Fails with the next step when the elements' CDN bundle (what the example pages load) is not built. */
export function assertCdnBundle(): void {
  assert.ok(existsSync(CDN_BUNDLE), `${CDN_BUNDLE} is missing: run \`npm run bundle\` first`);
}

/** A free loopback port (a page's origin must be known before the API starts, for CORS). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Headless Chromium as the test suite runs it (scripts/chromium.mjs). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
}

/**
 * Collects what the page reports as a problem: uncaught errors, console errors and (unless
 * `warnings: false`) console warnings. The returned list fills as the page runs.
 */
export function watchConsole(page: Page, { warnings = true } = {}): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || (warnings && message.type() === 'warning')) problems.push(message.text());
  });
  return problems;
}

/** The focused element, inside shadow roots too, described by what the tests match on. */
export interface Focused {
  readonly id: string;
  readonly part: string;
  /** Its `data-action`. */
  readonly action: string;
  readonly text: string;
  /** `order-id` of the `tx-order-tracker` it sits in, if any. */
  readonly orderId: string;
}

export function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    let host: Node | null | undefined = active;
    while (host && !(host instanceof HTMLElement && host.localName === 'tx-order-tracker'))
      host = host.parentNode instanceof ShadowRoot ? host.parentNode.host : host.parentNode;
    return {
      id: active?.id ?? '',
      part: active?.getAttribute('part') ?? '',
      action: (active as HTMLElement | null)?.dataset?.action ?? '',
      text: (active?.textContent ?? '').trim(),
      orderId: (host as HTMLElement | null)?.getAttribute('order-id') ?? '',
    };
  });
}

/** Presses Tab (at most `limit` times) until the focused element matches; fails naming `description`. */
export async function tabTo(
  page: Page,
  description: string,
  matches: (seen: Focused) => boolean,
  limit = 400,
): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press('Tab');
    if (matches(await focused(page))) return;
  }
  assert.fail(`Tab never reached ${description}`);
}

/**
 * axe-core on the whole page finds no violation (`step` names where, in the failure). Evaluated, not
 * added as a <script>: the pages' CSP (script-src 'self') refuses inline scripts.
 */
export async function expectNoAxeViolations(page: Page, step: string): Promise<void> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run(): Promise<{ violations: unknown[] }> } }).axe.run();
    return result.violations as { id: string; nodes: { target: unknown }[] }[];
  });
  assert.deepEqual(
    violations.map((violation) => `${violation.id}: ${JSON.stringify(violation.nodes.map((node) => node.target))}`),
    [],
    `axe violations ${step}`,
  );
}

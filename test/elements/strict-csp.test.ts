/**
 * The elements on a page with a strict Content-Security-Policy: nonce-based `script-src` with
 * 'strict-dynamic' (no 'unsafe-inline', no 'unsafe-eval'), `style-src 'self'` (no inline styles),
 * and Trusted Types enforced with only Lit's `lit-html` policy allowed.
 *
 * The test runner's own page cannot carry that policy (it runs inline scripts), so each test frames
 * `/__tx/csp/page`, which the test back end serves with the policy header and a fresh nonce.
 * The framed page (test/browser-support/csp/page.ts) drives all seven elements against the real API —
 * the checkout paid by a card typed into the hosted card fields iframe (the policy allows the API as
 * `frame-src`; the keys come from this test, which the page asks for them) — and posts back every
 * `securitypolicyviolation` it saw; the browser's own violation reports (`report-uri`) are collected
 * by the back end and read back too. The page asks this test to run the back end's server commands for
 * it (sessions, an order), since only the test page can. A control page breaks the policy on purpose, proving that both
 * channels catch violations.
 */
import { sendKeys } from '@web/test-runner-commands';
import type { CspCommandRequest, CspKeysRequest, CspPageResult } from '../browser-support/csp/page.js';
import { assert, deepEqual, equal, includes, notIncludes } from '../browser-support/assert.js';
import { apiConfig, command } from '../browser-support/tx-api.js';

interface Run {
  result: CspPageResult;
  /** Reports the browser POSTed to the policy's `report-uri`. */
  reports: unknown[];
}

const reportsFor = (key: string) => command<unknown[]>('tx-csp-reports', { report: key });

/** Frames the strict page in `mode` and waits for its result, then for the browser's reports to arrive. */
async function runStrictPage(mode: 'elements' | 'control', settleMs: number): Promise<Run> {
  const key = `k${Math.random().toString(36).slice(2)}`;
  const frame = document.createElement('iframe');
  frame.title = `Strict CSP page (${mode})`;
  frame.width = '800';
  frame.height = '900';
  const result = new Promise<CspPageResult>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the ${mode} page did not report within 160 s`)), 160_000);
    window.addEventListener('message', function onMessage(event: MessageEvent) {
      if (event.source !== frame.contentWindow) return;
      const data = event.data as Partial<CspPageResult> | Partial<CspKeysRequest> | Partial<CspCommandRequest> | null;
      const answer = (id: string, result?: unknown) =>
        frame.contentWindow?.postMessage({ type: `${data!.type}-done`, id, result }, location.origin);
      if (data?.type === 'txassist-csp-command') {
        const { id, command: name, payload } = data as CspCommandRequest;
        void command(name, payload).then((result) => answer(id, result));
        return;
      }
      if (data?.type === 'txassist-csp-keys') {
        // Only the test can send key presses; they go to whatever has focus, inside the page's frames too.
        const { id, keys } = data as CspKeysRequest;
        void sendKeys(keys).then(() => answer(id));
        return;
      }
      if (data?.type !== 'txassist-csp-result') return;
      window.removeEventListener('message', onMessage);
      clearTimeout(timer);
      resolve(data as CspPageResult);
    });
  });
  frame.src = `/__tx/csp/page?report=${key}&mode=${mode}`;
  document.body.append(frame);
  try {
    const outcome = await result;
    // Reports are sent in the background; give them time (and return early once the control's are in).
    const deadline = performance.now() + settleMs;
    let reports = await reportsFor(key);
    while (performance.now() < deadline && (mode === 'elements' || reports.length < 3)) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      reports = await reportsFor(key);
    }
    return { result: outcome, reports };
  } finally {
    frame.remove();
  }
}

describe('strict Content-Security-Policy and Trusted Types', () => {
  it('serves the test page with the strict policy', async () => {
    const response = await fetch('/__tx/csp/page?report=header-check', { cache: 'no-store' });
    const policy = response.headers.get('content-security-policy') ?? '';
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
    assert(nonce && nonce.length >= 16, `a nonce in script-src: ${policy}`);
    includes(policy, `script-src 'nonce-${nonce}' 'strict-dynamic'`, 'nonce-based scripts');
    includes(policy, "style-src 'self'", 'styles from this origin only');
    const { apiBase } = await apiConfig();
    includes(policy, `frame-src ${new URL(apiBase).origin};`, 'frames only from the API (the card fields)');
    includes(policy, "require-trusted-types-for 'script'", 'Trusted Types enforced');
    includes(policy, 'trusted-types lit-html;', "only Lit's policy");
    notIncludes(policy, 'unsafe-inline', 'no inline scripts or styles');
    notIncludes(policy, 'unsafe-eval', 'no eval');
    const page = await response.text();
    equal(page.match(/<script\b/g)?.length, 2, 'two scripts on the page');
    // A plain count: a regular expression built from a base64 nonce would misread "+" and "/".
    equal(page.split(`nonce="${nonce}"`).length - 1, 2, 'both carry the nonce of this response');
  });

  it('catches and reports violations (control page: Trusted Types sink, style attribute, eval)', async function () {
    this.timeout(90_000);
    const { result, reports } = await runStrictPage('control', 5_000);
    equal(result.error, undefined, 'the control page ran');
    deepEqual(
      result.steps,
      ['innerHTML refused a string', 'style attribute ignored', 'eval refused'],
      'the browser enforced each rule',
    );
    // With Trusted Types enforced, Chromium reports the string passed to `new Function` as a Trusted Types
    // violation (its first check), before script-src's 'unsafe-eval' would be consulted.
    const seen = result.violations.map(({ directive, sample }) => `${directive}: ${sample}`).sort();
    equal(seen.length, 3, `one violation per break: ${JSON.stringify(result.violations)}`);
    includes(seen[0], 'require-trusted-types-for: ', 'the HTML string or the eval');
    includes(seen[1], 'require-trusted-types-for: ', 'the HTML string or the eval');
    includes(seen.slice(0, 2).join(' | '), '<b>an HTML string', 'the HTML string is reported');
    includes(seen.slice(0, 2).join(' | '), 'return 1', 'the eval is reported');
    includes(seen[2], 'style-src-attr: ', 'the style attribute is reported');
    assert(reports.length >= 3, `the browser sent its reports to report-uri (${JSON.stringify(reports)})`);
  });

  it('runs every element, the checkout paid through the card fields iframe, with zero violations', async function () {
    this.timeout(170_000);
    const { result, reports } = await runStrictPage('elements', 1_500);
    equal(result.error, undefined, `the page finished its flows (after: ${result.steps.join(' → ')})`);
    deepEqual(
      result.steps,
      [
        'tracker loaded',
        'tracker in Spanish',
        'consent saved',
        'preference saved',
        'export ready',
        'export downloaded',
        'data erased',
        'hub listed orders',
        'hub opened an order',
        'refund form used',
        'dispute form used',
        'checkout at payment',
        'card fields shown',
        'card typed',
        'order placed',
      ],
      'every flow completed',
    );
    deepEqual(result.violations, [], 'securitypolicyviolation events');
    deepEqual(reports, [], 'reports sent to report-uri');
  });
});
